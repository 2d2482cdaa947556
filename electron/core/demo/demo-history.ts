/**
 * The demo company's last twelve months, as a table of what happened to whom. Every date is a number of days before
 * the day the demo is loaded (0 is that day), so the history looks the same whatever day it is loaded; money is in
 * yuan. Customers are named by their short name, goods by their spec (both from demo-company.ts), invoices by their
 * deal ('A02' its first invoice, 'A02-2' its second). demo-history-runner.ts drives the real services through it.
 */

/** Who does what: the sales assistant, the dispatch clerk, the purchaser and the manager of the demo company. */
export const DEMO_ACTORS = { sales: 'zhangli', dispatch: 'wangqiang', purchaser: 'lina', manager: 'chenjl' } as const;
export type DemoActor = keyof typeof DEMO_ACTORS;

export type FollowUpWay = 'phone' | 'visit' | 'email' | 'wechat';

export interface QuoteFollowUp {
  ago: number;
  way: FollowUpWay;
  said: string;
  competitor?: string;
  /** The competitor's unit price, as the customer let slip. */
  competitorPrice?: string;
  /** The next follow-up, days ago (0: due today). */
  next?: number;
}

/** Carriers by the start of their name in DEMO_CARRIERS. */
export type CarrierKey = '佳吉' | '德邦' | '天地华宇';

export interface Shipment {
  /** The delivery notice, its note and the loading are all on this day. */
  notice: number;
  /** These goods only; the rest of the order when absent. */
  items?: [spec: string, qty: number][];
  /** A local run with our van, or a consignment with a carrier (weight in kg, packages). */
  by: 'run' | { carrier: CarrierKey; kg: number; packages: number };
  /** Handed over (run back, carrier arrived); absent: still on the road. Absent with `shipped` absent: not loaded. */
  delivered?: number;
  /** For a carrier: handed to it under a waybill (else booked only). Runs leave on the notice day. */
  shipped?: boolean;
  /** The 回单 back, signed; absent: still missing. */
  signed?: number;
  /** What the 回单 says was short: one line. */
  short?: { spec: string; qty: number; note: string };
  /** The manager's reason for letting the notice through a credit block (overdue debt, cash only). */
  release?: string;
  /** The goods came in on this purchase order (DEMO_PURCHASES key) and the notice is the PO forwarded. */
  forwarded?: string;
}

export type SendWay = 'courier' | 'hand' | 'tax_account';

export interface DealInvoice {
  issued: number;
  /** Which shipments (0-based); all delivered ones not yet invoiced when absent. */
  of?: number[];
  /** 数电专票 unless said otherwise. */
  type?: 'digital_normal';
  sent?: [way: SendWay, ago: number];
  /** 回执 back on this day. */
  ack?: number;
}

export interface Deal {
  id: string;
  customer: string;
  quoted: number;
  items: [spec: string, qty: number][];
  /** A discount line and a freight line on the quote, in yuan (tax included). */
  discount?: number;
  freight?: number;
  project?: string;
  followUps?: QuoteFollowUp[];
  /** won: the order on `ordered`; lost on `lost` with `reason`; sent: still open; expired: sent, never answered. */
  outcome: 'won' | 'lost' | 'sent' | 'expired';
  lost?: number;
  reason?: string;
  /** The quote went out on this day, once its costs were asked of suppliers (a draft until then); else on `quoted`. */
  sent?: number;
  ordered?: number;
  po?: string;
  shipments?: Shipment[];
  invoices?: DealInvoice[];
  /** Goods that came back after the first shipment was signed for, and the 销货退回 red-letter for them. */
  returned?: { ago: number; spec: string; qty: number; reason: string; red: number };
  /** A 销售折让 red-letter against the first invoice. */
  allowance?: { ago: number; yuan: number; remarks: string };
  /** A repeat order phoned or faxed in and entered directly on `ordered`: no quote (`quoted` is then not used). */
  direct?: true;
  /** A numbered change (变更) of the order: these goods to these quantities. */
  changed?: { ago: number; items: [spec: string, qty: number][]; reason: string };
  /** Closed short (短交结案): what was not delivered is no longer owed. */
  closedShort?: { ago: number; reason: string };
}

/**
 * The demo's deals, oldest first. 长沙银河 has none: the walkthroughs (e2e) start their own story with it and expect
 * it clean, with no debt and no notes of its own.
 */
export const DEMO_DEALS: Deal[] = [
  {
    id: 'A01',
    customer: '北京华联',
    quoted: 350,
    project: '酒仙桥泵房改造',
    items: [
      ['Q41F-16C DN80', 12],
      ['Z41H-16C DN100', 6],
      ['GL41H-16C DN100', 6],
    ],
    freight: 600,
    outcome: 'won',
    ordered: 345,
    po: 'HL-CG-0317',
    shipments: [{ notice: 340, by: { carrier: '德邦', kg: 620, packages: 8 }, delivered: 336, signed: 330 }],
    invoices: [{ issued: 328, sent: ['courier', 327], ack: 322 }],
  },
  {
    id: 'A02',
    customer: '重钢维修',
    quoted: 335,
    project: '2#高炉冷却水泵更换',
    items: [
      ['CR 10-6 A-F-A-E-HQQE', 4],
      ['FC-102P15K 15kW', 4],
      ['M7N-45', 4],
    ],
    discount: 2000,
    freight: 1200,
    outcome: 'won',
    ordered: 330,
    po: 'CGWX-2025-0412',
    shipments: [
      {
        notice: 325,
        items: [
          ['CR 10-6 A-F-A-E-HQQE', 4],
          ['M7N-45', 4],
        ],
        by: { carrier: '天地华宇', kg: 480, packages: 4 },
        delivered: 320,
        signed: 312,
      },
      { notice: 300, by: { carrier: '天地华宇', kg: 120, packages: 4 }, delivered: 296, signed: 288 },
    ],
    invoices: [
      { issued: 310, of: [0], sent: ['courier', 309], ack: 303 },
      { issued: 286, of: [1], sent: ['courier', 285], ack: 280 },
    ],
  },
  {
    id: 'A03',
    customer: '浦江化工',
    quoted: 320,
    items: [
      ['EJA530E 0-2MPa', 10],
      ['EJA110E', 6],
      ['YN-100 0-4MPa', 40],
    ],
    outcome: 'won',
    ordered: 316,
    po: 'PJHG-SB-2219',
    shipments: [{ notice: 312, by: { carrier: '德邦', kg: 160, packages: 6 }, delivered: 309, signed: 303 }],
    invoices: [{ issued: 300, sent: ['courier', 299], ack: 295 }],
  },
  {
    id: 'A04',
    customer: '西子热电',
    quoted: 310,
    items: [
      ['HX-KZG-15kW 一用一备', 2],
      ['WQ50-15-5.5', 4],
      ['ATS22D88Q', 2],
    ],
    outcome: 'won',
    ordered: 305,
    shipments: [{ notice: 300, by: 'run', delivered: 299, signed: 299 }],
    invoices: [{ issued: 298, sent: ['hand', 298], ack: 296 }],
  },
  {
    id: 'A05',
    customer: '扬子检修',
    quoted: 300,
    project: '常减压装置检修备件',
    items: [
      ['D371X-16 DN300', 10],
      ['Z41H-16C DN150', 8],
      ['DN100 PN16 304+石墨', 200],
      ['GB/T 5783 M16×60 304', 1600],
    ],
    discount: 1500,
    outcome: 'won',
    ordered: 295,
    po: 'YZJX-0925-031',
    shipments: [{ notice: 290, by: { carrier: '德邦', kg: 1650, packages: 18 }, delivered: 287, signed: 280 }],
    invoices: [{ issued: 278, sent: ['courier', 277], ack: 272 }],
  },
  {
    id: 'A06',
    customer: '南沙电安',
    quoted: 290,
    items: [
      ['6ES7 214-1AG40-0XB0', 10],
      ['6ES7 231-4HD32-0XB0', 6],
      ['6AV2 123-2GB03-0AX0 KTP700', 4],
    ],
    outcome: 'won',
    ordered: 286,
    po: 'NSDA-2025-0917',
    shipments: [
      {
        notice: 283,
        by: { carrier: '德邦', kg: 95, packages: 5 },
        delivered: 280,
        signed: 272,
        short: { spec: '6AV2 123-2GB03-0AX0 KTP700', qty: 1, note: '外箱破损，触摸屏少1台' },
      },
    ],
    invoices: [{ issued: 270, sent: ['courier', 269], ack: 265 }],
  },
  {
    id: 'A07',
    customer: '北仑港机',
    quoted: 280,
    items: [
      ['M2BAX 160MLA 4 11kW', 4],
      ['R57 DRN90L4 i=23', 4],
      ['6308-2Z/C3', 20],
    ],
    freight: 800,
    outcome: 'won',
    ordered: 275,
    po: 'BLGJ-2025-088',
    shipments: [{ notice: 270, by: { carrier: '德邦', kg: 980, packages: 8 }, delivered: 268, signed: 262 }],
    invoices: [{ issued: 260, sent: ['courier', 259], ack: 255 }],
    allowance: { ago: 250, yuan: 1500, remarks: '减速机漆面磕碰，协商折让' },
  },
  {
    id: 'L01',
    customer: '滨海热力',
    quoted: 280,
    project: '换热站循环泵',
    items: [
      ['NB 65-160/173', 2],
      ['FC-102P15K 15kW', 2],
    ],
    followUps: [
      {
        ago: 272,
        way: 'phone',
        said: '马工说还在比价，另一家报的是原厂代理价',
        competitor: '天津格瑞机电',
        competitorPrice: '17200',
      },
    ],
    outcome: 'lost',
    lost: 262,
    reason: '价格高于竞争对手（原厂代理直供）',
  },
  {
    id: 'A08',
    customer: '清源水务',
    quoted: 270,
    project: '星港街加压站',
    items: [
      ['HX-HGS-22kW', 2],
      ['CDL32-40', 3],
      ['现场安装调试（人·天）', 6],
    ],
    outcome: 'won',
    ordered: 265,
    po: 'QYSW-2025-045',
    shipments: [{ notice: 255, by: { carrier: '德邦', kg: 760, packages: 5 }, delivered: 253, signed: 248 }],
    invoices: [{ issued: 245, sent: ['courier', 244], ack: 240 }],
  },
  {
    id: 'A09',
    customer: '江淮环保',
    quoted: 260,
    items: [
      ['WQ50-15-5.5', 6],
      ['TD80-30/2', 4],
      ['HX-XL21-8 回路', 2],
    ],
    outcome: 'won',
    ordered: 256,
    shipments: [{ notice: 250, by: { carrier: '佳吉', kg: 540, packages: 12 }, delivered: 247, signed: 240 }],
    invoices: [{ issued: 238, sent: ['courier', 237], ack: 233 }],
  },
  {
    id: 'A10',
    customer: '天府燃气',
    quoted: 250,
    items: [
      ['Q641F-16C DN65', 10],
      ['ZDLP-16C DN50', 6],
    ],
    freight: 1500,
    outcome: 'won',
    ordered: 245,
    po: 'TFRQ-WZ-0711',
    shipments: [{ notice: 240, by: { carrier: '天地华宇', kg: 420, packages: 16 }, delivered: 235, signed: 226 }],
    invoices: [{ issued: 224, sent: ['courier', 223], ack: 218 }],
  },
  {
    id: 'A11',
    customer: '海湾化学',
    quoted: 240,
    items: [
      ['OPTIFLUX 2000 DN80', 4],
      ['LUGB-DN100', 4],
    ],
    outcome: 'won',
    ordered: 236,
    po: 'HWHX-CG-5521',
    shipments: [{ notice: 230, by: { carrier: '德邦', kg: 310, packages: 8 }, delivered: 226, signed: 220 }],
    invoices: [{ issued: 218, sent: ['courier', 217], ack: 212 }],
    returned: { ago: 205, spec: 'OPTIFLUX 2000 DN80', qty: 1, reason: '口径与现场管道不符，退回1台', red: 200 },
  },
  {
    id: 'A12',
    customer: '黄岩模具',
    quoted: 230,
    items: [
      ['FX5U-32MR/ES', 10],
      ['MR-JE-70A', 10],
      ['E2E-X5ME1 2M', 40],
    ],
    outcome: 'won',
    ordered: 226,
    shipments: [{ notice: 222, by: { carrier: '德邦', kg: 140, packages: 6 }, delivered: 220, signed: 214 }],
    invoices: [{ issued: 212, sent: ['courier', 211], ack: 205 }],
  },
  {
    id: 'L02',
    customer: '南沙电安',
    quoted: 210,
    items: [
      ['6ES7 215-1AG40-0XB0', 6],
      ['6ES7 221-1BH32-0XB0', 12],
    ],
    followUps: [{ ago: 203, way: 'wechat', said: '梁工说业主还没定方案' }],
    outcome: 'lost',
    lost: 195,
    reason: '项目延期至明年',
  },
  {
    id: 'A13',
    customer: '柯桥印染',
    quoted: 205,
    project: '动力车间PLC改造',
    items: [
      ['HX-PLC-800 定制', 1],
      ['FC-051P7K5 7.5kW', 6],
      ['现场安装调试（人·天）', 4],
    ],
    outcome: 'won',
    ordered: 200,
    po: 'KQYR-DL-0206',
    shipments: [{ notice: 192, by: 'run', delivered: 190, signed: 190 }],
    invoices: [{ issued: 188, sent: ['hand', 188], ack: 188 }],
  },
  {
    id: 'A14',
    customer: '华光配套',
    quoted: 190,
    items: [
      ['Q41F-16C DN50', 10],
      ['J41H-25 DN50', 10],
      ['H44H-16C DN100', 4],
    ],
    outcome: 'won',
    ordered: 186,
    shipments: [{ notice: 184, by: { carrier: '德邦', kg: 360, packages: 24 }, delivered: 182, signed: 176 }],
    invoices: [{ issued: 176, sent: ['courier', 176], ack: 172 }],
  },
  {
    id: 'A15',
    customer: '杭州地铁',
    quoted: 180,
    project: '九堡车辆段给排水',
    items: [
      ['D371X-16 DN200', 20],
      ['Y-100 0-1.6MPa', 100],
      ['WSS-411 0-150℃', 50],
      ['槽式 200×100 δ1.5', 300],
    ],
    discount: 1500,
    freight: 600,
    outcome: 'won',
    ordered: 175,
    po: 'HZDT-WZ-2025-1130',
    shipments: [
      {
        notice: 170,
        items: [
          ['D371X-16 DN200', 20],
          ['Y-100 0-1.6MPa', 100],
          ['WSS-411 0-150℃', 50],
        ],
        by: 'run',
        delivered: 168,
        signed: 168,
      },
      { notice: 160, by: 'run', delivered: 158, signed: 158 },
    ],
    invoices: [{ issued: 155, sent: ['hand', 155], ack: 153 }],
  },
  {
    id: 'A16',
    customer: '宇通环卫',
    quoted: 175,
    items: [
      ['WQ50-15-5.5', 8],
      ['CDL32-40', 2],
    ],
    outcome: 'won',
    ordered: 170,
    shipments: [{ notice: 160, by: { carrier: '德邦', kg: 690, packages: 10 }, delivered: 157, signed: 150 }],
    invoices: [{ issued: 150, sent: ['courier', 149], ack: 144 }],
  },
  {
    id: 'A17',
    customer: '重钢维修',
    quoted: 170,
    items: [
      ['NB 65-160/173', 2],
      ['ACS580-01-039A-4', 2],
    ],
    outcome: 'won',
    ordered: 165,
    po: 'CGWX-2026-0107',
    shipments: [{ notice: 150, by: { carrier: '天地华宇', kg: 520, packages: 4 }, delivered: 145, signed: 136 }],
    invoices: [{ issued: 135, sent: ['courier', 134], ack: 128 }],
  },
  {
    id: 'L03',
    customer: '重汽配套',
    quoted: 160,
    items: [
      ['M2BAX 160MLA 4 11kW', 6],
      ['6308-2Z/C3', 30],
    ],
    outcome: 'lost',
    lost: 140,
    reason: '客户改为原厂直供',
  },
  {
    id: 'A18',
    customer: '浦江化工',
    quoted: 150,
    items: [
      ['EJA530E 0-2MPa', 6],
      ['YN-100 0-4MPa', 60],
    ],
    outcome: 'won',
    ordered: 146,
    po: 'PJHG-SB-2307',
    shipments: [{ notice: 140, by: { carrier: '德邦', kg: 90, packages: 4 }, delivered: 137, signed: 130 }],
    invoices: [{ issued: 128, sent: ['tax_account', 128], ack: 126 }],
  },
  {
    id: 'A19',
    customer: '北京华联',
    quoted: 140,
    items: [
      ['Q41F-16C DN100', 10],
      ['Z41H-16C DN150', 6],
    ],
    freight: 800,
    outcome: 'won',
    ordered: 135,
    po: 'HL-CG-0588',
    shipments: [{ notice: 130, by: { carrier: '德邦', kg: 860, packages: 10 }, delivered: 126, signed: 118 }],
    invoices: [{ issued: 115, sent: ['courier', 114], ack: 108 }],
  },
  {
    id: 'L04',
    customer: '定海造船',
    quoted: 120,
    items: [['YBX3-132S2-2 7.5kW', 6]],
    followUps: [{ ago: 112, way: 'phone', said: '邵工要求15天到货，我们报的是30天' }],
    outcome: 'lost',
    lost: 100,
    reason: '交期不满足（要求15天到货）',
  },
  {
    id: 'A20',
    customer: '扬子检修',
    quoted: 120,
    items: [
      ['Z41H-16C DN150', 10],
      ['D371X-16 DN300', 8],
      ['GB/T 5783 M20×80 304', 2000],
    ],
    outcome: 'won',
    ordered: 116,
    po: 'YZJX-0126-007',
    shipments: [{ notice: 110, by: { carrier: '德邦', kg: 1420, packages: 14 }, delivered: 107, signed: 100 }],
    invoices: [{ issued: 98, sent: ['courier', 97], ack: 92 }],
  },
  {
    id: 'A21',
    customer: '重汽配套',
    quoted: 110,
    items: [
      ['6ES7 214-1AG40-0XB0', 6],
      ['E3Z-D61 2M', 20],
    ],
    outcome: 'won',
    ordered: 106,
    po: 'ZQPT-CG-2026-031',
    shipments: [{ notice: 100, by: { carrier: '德邦', kg: 30, packages: 2 }, delivered: 97, signed: 90 }],
    invoices: [{ issued: 88, sent: ['courier', 87], ack: 82 }],
  },
  {
    id: 'A24',
    customer: '黄岩模具',
    quoted: 105,
    items: [
      ['NDR-240-24', 20],
      ['FX5U-32MR/ES', 6],
      ['MR-JE-70A', 4],
    ],
    outcome: 'won',
    ordered: 102,
    shipments: [
      {
        notice: 100,
        by: { carrier: '德邦', kg: 85, packages: 4 },
        delivered: 98,
        signed: 92,
        release: '客户承诺本月底前付清前欠货款，老客户，同意先发货',
      },
    ],
    invoices: [{ issued: 92, sent: ['courier', 91], ack: 86 }],
  },
  {
    id: 'A22',
    customer: '秦川水泵',
    quoted: 100,
    items: [
      ['JZ-500/1.0', 2],
      ['M7N-45', 6],
    ],
    outcome: 'won',
    ordered: 96,
    shipments: [{ notice: 94, by: { carrier: '德邦', kg: 260, packages: 3 }, delivered: 90, signed: 83 }],
    invoices: [{ issued: 83, sent: ['courier', 83], ack: 78 }],
  },
  {
    id: 'A25',
    customer: '定海造船',
    quoted: 95,
    items: [
      ['304 φ57×3.5', 300],
      ['20# φ108×4.5', 200],
    ],
    outcome: 'won',
    ordered: 90,
    po: 'DHZC-WZ-2026-033',
    shipments: [{ notice: 85, by: { carrier: '佳吉', kg: 4300, packages: 20 }, delivered: 83, signed: 78 }],
    invoices: [{ issued: 76, sent: ['courier', 75], ack: 70 }],
  },
  {
    id: 'A23',
    customer: '宝安楼宇',
    quoted: 90,
    items: [
      ['HX-KZG-15kW 一用一备', 1],
      ['TD80-30/2', 2],
    ],
    outcome: 'won',
    ordered: 86,
    shipments: [
      {
        notice: 85,
        by: { carrier: '德邦', kg: 380, packages: 3 },
        delivered: 81,
        signed: 75,
        release: '老客户，货到即付，陈经理担保',
      },
    ],
    invoices: [{ issued: 75, sent: ['tax_account', 75], ack: 74 }],
  },
  {
    id: 'E01',
    customer: '翔安供水',
    quoted: 70,
    items: [
      ['D371X-16 DN300', 12],
      ['H44H-16C DN100', 12],
    ],
    followUps: [{ ago: 62, way: 'phone', said: '林工说还在走内部审批', next: 50 }],
    outcome: 'expired',
  },
  {
    id: 'L05',
    customer: '嘉兴码头',
    quoted: 75,
    items: [['Q641F-16C DN65', 16]],
    outcome: 'lost',
    lost: 60,
    reason: '预算削减，项目取消',
  },
  {
    id: 'A26',
    customer: '杭州地铁',
    quoted: 60,
    items: [
      ['ZDLP-16C DN50', 4],
      ['EJA530E 0-2MPa', 4],
    ],
    outcome: 'won',
    ordered: 55,
    po: 'HZDT-WZ-2026-0219',
    shipments: [{ notice: 48, by: 'run', delivered: 47, signed: 47 }],
    invoices: [{ issued: 45, sent: ['hand', 45], ack: 44 }],
  },
  {
    // Bought in: the costs asked of three valve makers (demo-purchasing.ts), bought from the winners once ordered;
    // one PO drop-shipped to the customer, one received and forwarded, one partly received and late.
    id: 'P01',
    customer: '天府燃气',
    quoted: 50,
    project: '城南高中压调压站阀门更换',
    items: [
      ['Z41H-16C DN150', 8],
      ['Q41F-16C DN100', 12],
      ['H44H-16C DN100', 6],
    ],
    freight: 1200,
    sent: 44,
    outcome: 'won',
    ordered: 40,
    po: 'TFRQ-WZ-2026-0108',
    shipments: [
      {
        notice: 23,
        forwarded: 'P01-良工阀门',
        by: { carrier: '天地华宇', kg: 280, packages: 6 },
        delivered: 19,
        signed: 14,
      },
    ],
  },
  {
    id: 'A27',
    customer: '中行杭州',
    quoted: 50,
    items: [
      ['LC1D25M7C', 20],
      ['NXM-125S/3300 100A', 10],
      ['DZ47s C32 3P', 40],
      ['XB2BA31C 绿色', 40],
    ],
    outcome: 'won',
    ordered: 47,
    shipments: [{ notice: 44, by: 'run', delivered: 43, signed: 43 }],
    invoices: [{ issued: 42, type: 'digital_normal', sent: ['hand', 41], ack: 41 }],
  },
  {
    id: 'L06',
    customer: '长江船配',
    quoted: 45,
    items: [['NB 65-160/173', 3]],
    followUps: [
      {
        ago: 38,
        way: 'visit',
        said: '郑经理说对方便宜了8%',
        competitor: '武汉汉江泵业',
        competitorPrice: '17100',
      },
    ],
    outcome: 'lost',
    lost: 30,
    reason: '价格',
  },
  {
    id: 'A28',
    customer: '海湾化学',
    quoted: 45,
    items: [
      ['LUGB-DN100', 6],
      ['UHZ-517 L=2000', 4],
    ],
    outcome: 'won',
    ordered: 42,
    po: 'HWHX-CG-5710',
    shipments: [{ notice: 38, by: { carrier: '德邦', kg: 260, packages: 10 }, delivered: 35, signed: 28 }],
    invoices: [{ issued: 27, sent: ['tax_account', 27] }],
  },
  {
    id: 'E02',
    customer: '南太湖污水',
    quoted: 40,
    items: [
      ['WQ50-15-5.5', 4],
      ['GL41H-16C DN100', 4],
    ],
    outcome: 'expired',
  },
  {
    id: 'A29',
    customer: '柯桥印染',
    quoted: 35,
    items: [
      ['HX-XL21-8 回路', 4],
      ['YJV 3×25+1×16', 500],
    ],
    discount: 1200,
    freight: 500,
    outcome: 'won',
    ordered: 30,
    po: 'KQYR-DL-0311',
    shipments: [{ notice: 25, by: 'run', delivered: 24, signed: 24 }],
    invoices: [{ issued: 22, sent: ['courier', 21] }],
  },
  {
    id: 'A30',
    customer: '滨海热力',
    quoted: 30,
    items: [
      ['FC-051P7K5 7.5kW', 4],
      ['TD80-30/2', 2],
    ],
    outcome: 'won',
    ordered: 26,
    po: 'BHRL-2026-0042',
    shipments: [{ notice: 18, by: { carrier: '德邦', kg: 190, packages: 6 }, delivered: 14, signed: 8 }],
    invoices: [{ issued: 7, sent: ['courier', 6] }],
  },
  {
    id: 'A31',
    customer: '清源水务',
    quoted: 25,
    items: [
      ['CDL32-40', 2],
      ['ZDLP-16C DN50', 2],
    ],
    outcome: 'won',
    ordered: 21,
    po: 'QYSW-2026-012',
    shipments: [{ notice: 12, by: { carrier: '德邦', kg: 240, packages: 4 }, delivered: 9 }],
  },
  {
    id: 'A32',
    customer: '西子热电',
    quoted: 16,
    items: [
      ['M7N-45', 4],
      ['6308-2Z/C3', 12],
    ],
    outcome: 'won',
    ordered: 13,
    shipments: [{ notice: 10, by: 'run', delivered: 10, signed: 10 }],
    invoices: [{ issued: 9, sent: ['hand', 9], ack: 9 }],
  },
  {
    id: 'A33',
    customer: '北仑港机',
    quoted: 10,
    items: [['R57 DRN90L4 i=23', 2]],
    outcome: 'won',
    ordered: 7,
    po: 'BLGJ-2026-019',
    shipments: [{ notice: 3, by: { carrier: '德邦', kg: 240, packages: 2 }, shipped: true }],
  },
  {
    id: 'A34',
    customer: '杭州地铁',
    quoted: 8,
    items: [
      ['D371X-16 DN300', 6],
      ['Y-100 0-2.5MPa', 40],
    ],
    outcome: 'won',
    ordered: 5,
    po: 'HZDT-WZ-2026-0322',
  },
  {
    id: 'D01',
    customer: '浦江化工',
    quoted: 20,
    direct: true,
    items: [['M7N-45', 6]],
    outcome: 'won',
    ordered: 20,
    po: 'PJHG-SB-2611',
    shipments: [{ notice: 18, by: 'run', delivered: 18, signed: 17 }],
    invoices: [{ issued: 16, sent: ['hand', 16] }],
  },
  {
    id: 'D02',
    customer: '扬子检修',
    quoted: 40,
    project: '加氢装置循环水检修',
    items: [
      ['CDL32-40', 4],
      ['Y-100 0-1.6MPa', 20],
    ],
    outcome: 'won',
    ordered: 36,
    po: 'YZJX-0126-031',
    changed: { ago: 33, items: [['Y-100 0-1.6MPa', 24]], reason: '客户来函追加压力表四只' },
    shipments: [
      {
        notice: 30,
        items: [
          ['CDL32-40', 2],
          ['Y-100 0-1.6MPa', 24],
        ],
        by: { carrier: '德邦', kg: 210, packages: 3 },
        shipped: true,
        delivered: 27,
        signed: 25,
      },
    ],
    closedShort: { ago: 15, reason: '客户检修计划调整，余下两台多级泵不再需要' },
    invoices: [{ issued: 14, sent: ['courier', 14] }],
  },
  {
    id: 'D03',
    customer: '杭州地铁',
    quoted: 4,
    direct: true,
    items: [['LC1D25M7C', 40]],
    outcome: 'won',
    ordered: 4,
    po: 'HZDT-WZ-2026-0388',
    shipments: [{ notice: 2, items: [['LC1D25M7C', 20]], by: 'run', delivered: 2 }],
  },
  {
    id: 'S01',
    customer: '婺城建设',
    quoted: 6,
    project: '八一南街商业综合体水泵房',
    items: [
      ['HX-HGS-22kW', 1],
      ['CDL32-40', 2],
    ],
    followUps: [{ ago: 2, way: 'phone', said: '方经理说下周开会定供应商', next: 0 }],
    outcome: 'sent',
  },
  {
    id: 'S02',
    customer: '长安零部件',
    quoted: 3,
    items: [['ACS580-01-039A-4', 3]],
    outcome: 'sent',
  },
  {
    id: 'S03',
    customer: '北京华联',
    quoted: 0,
    items: [['Q41F-16C DN100', 8]],
    outcome: 'sent',
  },
];

/** Deliveries confirmed but not yet on a note: goods the warehouse is about to pick. */
export const DEMO_OPEN_NOTICES: { deal: string; ago: number }[] = [{ deal: 'A34', ago: 2 }];

export type ReceiptMethodKey = 'transfer' | 'bank_bill';

export interface DemoReceipt {
  customer: string;
  ago: number;
  /** The amount: what these invoices still owe, or what this order comes to (款到发货), or a round figure. */
  pays?: string[];
  prepays?: string;
  yuan?: number;
  /** Paid beyond the invoices: left unapplied (预收). */
  extra?: number;
  method?: ReceiptMethodKey;
  payer?: string;
  /** A bank acceptance bill: its number, acceptor and issue day; it matures six months on. */
  bill?: { no: string; acceptor: string; issued: number };
  /** 核销 (FIFO) on this day; the receipt's own day when absent. */
  allocated?: number;
}

export const DEMO_RECEIPTS: DemoReceipt[] = [
  { customer: '北京华联', ago: 300, pays: ['A01'] },
  { customer: '西子热电', ago: 303, prepays: 'A04', allocated: 298 },
  { customer: '浦江化工', ago: 265, pays: ['A03'] },
  { customer: '重钢维修', ago: 250, pays: ['A02'] },
  { customer: '南沙电安', ago: 230, pays: ['A06'] },
  { customer: '重钢维修', ago: 225, pays: ['A02-2'] },
  { customer: '扬子检修', ago: 220, pays: ['A05'] },
  { customer: '清源水务', ago: 212, pays: ['A08'], payer: '苏州工业园区清源华衍水务有限公司' },
  { customer: '北仑港机', ago: 205, pays: ['A07'] },
  { customer: '江淮环保', ago: 200, pays: ['A09'] },
  { customer: '天府燃气', ago: 190, pays: ['A10'] },
  { customer: '华光配套', ago: 185, prepays: 'A14', allocated: 176 },
  { customer: '海湾化学', ago: 150, pays: ['A11'] },
  { customer: '柯桥印染', ago: 130, pays: ['A13'] },
  { customer: '杭州地铁', ago: 120, pays: ['A15'] },
  { customer: '宇通环卫', ago: 100, yuan: 20000 },
  { customer: '浦江化工', ago: 95, pays: ['A18'] },
  { customer: '秦川水泵', ago: 95, prepays: 'A22', allocated: 83 },
  { customer: '重钢维修', ago: 70, pays: ['A17'] },
  { customer: '宝安楼宇', ago: 70, pays: ['A23'] },
  {
    customer: '扬子检修',
    ago: 40,
    pays: ['A20'],
    method: 'bank_bill',
    bill: { no: '130133100002720260114000358612', acceptor: '中国工商银行南京六合支行', issued: 45 },
  },
  { customer: '杭州地铁', ago: 20, pays: ['A26'], extra: 50000 },
  { customer: '中行杭州', ago: 12, pays: ['A27'] },
  { customer: '西子热电', ago: 12, prepays: 'A32', allocated: 9 },
];

export interface DemoCollectionLog {
  customer: string;
  ago: number;
  way: 'phone' | 'visit' | 'wechat' | 'email';
  content: string;
  /** What the customer promised: by which day, how much (yuan). */
  promised?: [ago: number, yuan: number];
  next?: number;
}

export const DEMO_COLLECTION_LOGS: DemoCollectionLog[] = [
  { customer: '黄岩模具', ago: 150, way: 'phone', content: '陶科长说资金紧张，月底先付一部分', promised: [120, 30000] },
  { customer: '黄岩模具', ago: 110, way: 'visit', content: '上门对账，确认欠款无误，承诺春节前付清', next: 60 },
  { customer: '黄岩模具', ago: 60, way: 'phone', content: '仍未付款，已告知暂停发货', promised: [30, 75000], next: 0 },
  { customer: '宇通环卫', ago: 70, way: 'phone', content: '罗工说余款等财务排款', promised: [40, 32000], next: 0 },
  { customer: '北京华联', ago: 30, way: 'wechat', content: '刘经理说发票已交财务，月底安排付款', next: 3 },
];

/** The collection plan (yuan) for the month the demo is loaded in and the next. */
export const DEMO_COLLECTION_PLANS: { customer: string; thisMonth: number; nextMonth: number; note?: string }[] = [
  { customer: '北京华联', thisMonth: 46000, nextMonth: 0 },
  { customer: '黄岩模具', thisMonth: 40000, nextMonth: 75000, note: '分两次，陈经理跟进' },
  { customer: '宇通环卫', thisMonth: 32000, nextMonth: 0 },
  { customer: '重汽配套', thisMonth: 24000, nextMonth: 0 },
  { customer: '定海造船', thisMonth: 0, nextMonth: 55000 },
  { customer: '海湾化学', thisMonth: 0, nextMonth: 58000 },
  { customer: '柯桥印染', thisMonth: 0, nextMonth: 80000 },
];

/** Monthly sales and collection plans (yuan) per salesperson, for the twelve months up to the load's month. */
export const DEMO_SALES_PLANS: { salesperson: string; sales: number; collection: number }[] = [
  { salesperson: '张丽', sales: 180000, collection: 160000 },
  { salesperson: '陈经理', sales: 220000, collection: 200000 },
];

/** How each calendar month (January first) weighs against the plan, in percent: slack around 春节, busy in autumn. */
export const DEMO_SEASON = [90, 60, 100, 100, 110, 110, 90, 90, 110, 120, 120, 100];

/** A customer's reply slip to a statement of account (对账单回执). */
export const DEMO_STATEMENT_REPLIES: { customer: string; from: number; to: number; replied: number }[] = [
  { customer: '重钢维修', from: 340, to: 160, replied: 150 },
];

export const DEMO_DISPATCH = {
  vehicle: '浙A·D8K23 依维柯',
  driver: '刘建华',
  escort: '王强',
  courier: '顺丰速运',
  trackingPrefix: 'SF',
  waybillPrefix: 'DB',
  fromStation: '杭州',
  goods: '机电设备配件',
  /** 数电 invoice numbers: 2-digit year, 33 (浙江), then a running serial. */
  invoiceRegion: '33',
  /** 回款 bank references start so: the bank's voucher prefix. */
  bankRefPrefix: 'ICBC',
  /** The tax system's classification short names by product category. */
  taxClass: {
    阀门: '*阀门*',
    泵: '*泵*',
    仪表: '*仪器仪表*',
    电气: '*输配电控制设备*',
    自动化: '*电子计算机*',
    成套设备: '*输配电控制设备*',
    电缆: '*电线电缆*',
    紧固件: '*金属制品*',
    密封件: '*密封件*',
    传动件: '*通用设备*',
    电机: '*电动机*',
    服务: '*现代服务*',
    管材: '*钢材*',
  } as Record<string, string>,
};

/** The words the demo's documents carry. */
export const DEMO_TERMS = {
  validDays: 15,
  taxStatement: '含13%增值税专用发票',
  leadTime: '合同生效后15个工作日',
  warranty: '质保12个月',
  approval: '同意，按此价格报出',
  discountLine: '商务折让',
  freightLine: '运输费',
  chargeUnit: '项',
  issuer: '张丽',
  taxAccountNote: '已通过电子税务局交付至购买方税务数字账户',
  prepaymentNote: '款到发货预付款',
};
