/**
 * The demo company's buying of bought-in goods (外购), in the same terms as demo-history.ts: days before the load day,
 * suppliers by their short name, goods by their spec. The purchaser keeps the catalogue of who offers what, asks
 * three valve makers for the prices of deal P01's quote, chooses, buys from the winners once the order is in, signs
 * for the goods, forwards them, and registers and pays the suppliers' invoices. demo-purchasing-runner.ts drives the
 * real services through it.
 */

/** A parameter as the supplier states it: 电压 380V, 功率 7.5kW, 口径 DN100. */
export type DemoParam = [name: string, value: string];

/** A price typed in by hand from a supplier's price list or a phone call: day, unit price, whether tax is included. */
export type ManualPrice = [ago: number, unitPrice: string, taxIncluded: boolean];

export interface DemoOffer {
  supplier: string;
  spec: string;
  model: string;
  maker: string;
  params: DemoParam[];
  notes?: string;
  /** Oldest first; the first with the offer on file. */
  prices?: ManualPrice[];
}

const valve = (dn: string, pn = 'PN16', body = 'WCB'): DemoParam[] => [
  ['口径', dn],
  ['压力', pn],
  ['阀体材质', body],
  ['连接方式', '法兰'],
];
const pump = (flow: string, head: string, kw: string): DemoParam[] => [
  ['流量', flow],
  ['扬程', head],
  ['功率', kw],
  ['电压', '380V'],
];
const gauge = (range: string): DemoParam[] => [
  ['表盘', 'φ100mm'],
  ['量程', range],
  ['精度', '1.6级'],
  ['接口', 'M20×1.5'],
];

/** The catalogue as the purchaser keeps it: offers set up on `DEMO_CATALOGUE_DAY`, manual prices on their days. */
export const DEMO_CATALOGUE_DAY = 330;

export const DEMO_OFFERS: DemoOffer[] = [
  {
    supplier: '中核苏阀',
    spec: 'Z41H-16C DN100',
    model: 'Z41H-16C DN100',
    maker: '中核苏阀',
    params: valve('DN100'),
    prices: [
      [330, '1380', true],
      [150, '1420', true],
    ],
  },
  {
    supplier: '中核苏阀',
    spec: 'Z41H-16C DN150',
    model: 'Z41H-16C DN150',
    maker: '中核苏阀',
    params: valve('DN150'),
    prices: [[330, '2350', true]],
  },
  { supplier: '中核苏阀', spec: 'Q41F-16C DN50', model: 'Q41F-16C DN50', maker: '苏阀', params: valve('DN50') },
  { supplier: '中核苏阀', spec: 'Q41F-16C DN80', model: 'Q41F-16C DN80', maker: '苏阀', params: valve('DN80') },
  {
    supplier: '纽威阀门',
    spec: 'Q41F-16C DN80',
    model: 'NQ41F-16C-80',
    maker: '纽威',
    params: [...valve('DN80'), ['密封', 'PTFE']],
    notes: '苏阀同规格替代，可直发现场',
    prices: [[200, '1150', false]],
  },
  {
    supplier: '纽威阀门',
    spec: 'Q41F-16C DN100',
    model: 'NQ41F-16C-100',
    maker: '纽威',
    params: [...valve('DN100'), ['密封', 'PTFE']],
  },
  { supplier: '纽威阀门', spec: 'Z41H-16C DN150', model: 'NZ41H-16C-150', maker: '纽威', params: valve('DN150') },
  {
    supplier: '良工阀门',
    spec: 'J41H-25 DN50',
    model: 'J41H-25 DN50',
    maker: '良工',
    params: valve('DN50', 'PN25'),
    prices: [[330, '690', true]],
  },
  {
    supplier: '良工阀门',
    spec: 'H44H-16C DN100',
    model: 'H44H-16C DN100',
    maker: '良工',
    params: valve('DN100'),
    prices: [
      [330, '1100', true],
      [120, '1150', true],
    ],
  },
  {
    supplier: '格兰富',
    spec: 'CR 10-6 A-F-A-E-HQQE',
    model: 'CR10-6',
    maker: 'Grundfos 格兰富',
    params: [...pump('10m³/h', '54m', '3kW'), ['口径', 'DN40']],
    prices: [[330, '9800', true]],
  },
  {
    supplier: '格兰富',
    spec: 'NB 65-160/173',
    model: 'NB 65-160/173',
    maker: 'Grundfos 格兰富',
    params: [...pump('50m³/h', '32m', '7.5kW'), ['口径', 'DN65']],
    notes: '原厂代理价，批量5台以上另议',
    prices: [
      [330, '12560', false],
      [90, '12900', false],
    ],
  },
  {
    supplier: '南方泵业',
    spec: 'CDL32-40',
    model: 'CDL32-40-2',
    maker: '南方泵业',
    params: [...pump('32m³/h', '40m', '5.5kW'), ['口径', 'DN65']],
    prices: [[330, '7200', true]],
  },
  {
    supplier: '南方泵业',
    spec: 'TD80-30/2',
    model: 'TD80-30/2',
    maker: '南方泵业',
    params: [...pump('50m³/h', '30m', '7.5kW'), ['口径', 'DN80']],
  },
  { supplier: '布莱迪', spec: 'Y-100 0-1.6MPa', model: 'Y-100', maker: '布莱迪', params: gauge('0-1.6MPa') },
  { supplier: '布莱迪', spec: 'Y-100 0-2.5MPa', model: 'Y-100', maker: '布莱迪', params: gauge('0-2.5MPa') },
  {
    supplier: '布莱迪',
    spec: 'YN-100 0-4MPa',
    model: 'YN-100',
    maker: '布莱迪',
    params: [...gauge('0-4MPa'), ['充液', '甘油']],
    prices: [[330, '96', true]],
  },
  {
    supplier: '横河',
    spec: 'EJA530E 0-2MPa',
    model: 'EJA530E-JAS4N-017EL',
    maker: 'YOKOGAWA 横河',
    params: [
      ['量程', '0-2MPa'],
      ['输出', '4-20mA HART'],
      ['电压', '24VDC'],
      ['精度', '±0.055%'],
    ],
    prices: [[330, '3650', true]],
  },
  {
    supplier: '横河',
    spec: 'EJA110E',
    model: 'EJA110E-JMS4J-912NN',
    maker: 'YOKOGAWA 横河',
    params: [
      ['输出', '4-20mA HART'],
      ['电压', '24VDC'],
    ],
  },
  {
    supplier: '丹佛斯',
    spec: 'FC-051P7K5 7.5kW',
    model: '132F0030',
    maker: 'Danfoss 丹佛斯',
    params: [
      ['功率', '7.5kW'],
      ['电压', '380V 三相'],
      ['防护等级', 'IP20'],
    ],
    prices: [[330, '3900', true]],
  },
  {
    supplier: '丹佛斯',
    spec: 'FC-102P15K 15kW',
    model: '131F6650',
    maker: 'Danfoss 丹佛斯',
    params: [
      ['功率', '15kW'],
      ['电压', '380V 三相'],
      ['防护等级', 'IP20'],
    ],
  },
  {
    supplier: '施耐德',
    spec: 'LC1D25M7C',
    model: 'LC1D25M7C',
    maker: 'Schneider 施耐德',
    params: [
      ['额定电流', '25A'],
      ['线圈电压', 'AC220V'],
    ],
    prices: [[330, '198', true]],
  },
  {
    supplier: '施耐德',
    spec: 'ATS22D88Q',
    model: 'ATS22D88Q',
    maker: 'Schneider 施耐德',
    params: [
      ['功率', '45kW'],
      ['电压', '380V'],
    ],
  },
  {
    supplier: '正泰电器',
    spec: 'CJX2-2510 AC220V',
    model: 'CJX2-2510',
    maker: '正泰',
    params: [
      ['额定电流', '25A'],
      ['线圈电压', 'AC220V'],
    ],
  },
  {
    supplier: '正泰电器',
    spec: 'NXM-125S/3300 100A',
    model: 'NXM-125S/3300',
    maker: '正泰',
    params: [
      ['额定电流', '100A'],
      ['极数', '3P'],
    ],
  },
  {
    supplier: '西门子代理',
    spec: '6ES7 214-1AG40-0XB0',
    model: 'CPU 1214C DC/DC/DC',
    maker: 'SIEMENS 西门子',
    params: [
      ['电压', '24VDC'],
      ['I/O', '14DI/10DO/2AI'],
    ],
    prices: [[330, '2380', true]],
  },
  {
    supplier: '西门子代理',
    spec: '1LE0001-1DB23-3AA4 7.5kW',
    model: '1LE0001-1DB23-3AA4',
    maker: 'SIEMENS 西门子',
    params: [
      ['功率', '7.5kW'],
      ['电压', '380V'],
      ['极数', '4极'],
    ],
  },
  {
    supplier: '远东电缆',
    spec: 'YJV 3×25+1×16',
    model: 'YJV-0.6/1kV 3×25+1×16',
    maker: '远东',
    params: [
      ['电压', '0.6/1kV'],
      ['截面', '3×25+1×16mm²'],
    ],
    prices: [
      [330, '78', true],
      [60, '82', true],
    ],
  },
  {
    supplier: '东明紧固件',
    spec: 'GB/T 5783 M16×60 304',
    model: 'M16×60',
    maker: '东明',
    params: [
      ['材质', '304'],
      ['标准', 'GB/T 5783'],
    ],
  },
  {
    supplier: 'SKF',
    spec: '6308-2Z/C3',
    model: '6308-2Z/C3',
    maker: 'SKF',
    params: [
      ['内径', '40mm'],
      ['外径', '90mm'],
      ['游隙', 'C3'],
    ],
    prices: [[330, '118', true]],
  },
  {
    supplier: '久立特材',
    spec: '304 φ57×3.5',
    model: 'TP304 57×3.5',
    maker: '久立',
    params: [
      ['材质', '304'],
      ['外径', '57mm'],
      ['壁厚', '3.5mm'],
    ],
  },
];

/** How a supplier was asked (not by e-mail: the demo sends no mail), and whom. */
export interface DemoAsk {
  supplier: string;
  channel: 'phone' | 'fax' | 'other';
}

/** One supplier's answer in one round: per item of the RFQ (in its order) the unit price, lead days and model. */
export interface DemoAnswer {
  supplier: string;
  ago: number;
  taxIncluded: boolean;
  paymentTerms: string;
  validDays: number;
  notes?: string;
  lines: { price: string; leadDays: number; model: string; params: DemoParam[] }[];
}

/** The RFQ for a deal's quote: asked of three suppliers, answered (one in two rounds), the winners chosen with why. */
export const DEMO_SOURCING = {
  deal: 'P01',
  /** As the suppliers read it on the 询价单 (the default names our quote, which means nothing to them). */
  title: '城南调压站阀门（闸阀、球阀、止回阀）询价',
  asked: 49,
  replyBy: 45,
  ask: [
    { supplier: '中核苏阀', channel: 'phone' },
    { supplier: '纽威阀门', channel: 'fax' },
    { supplier: '良工阀门', channel: 'other' },
  ] satisfies DemoAsk[],
  answers: [
    {
      supplier: '中核苏阀',
      ago: 47,
      taxIncluded: true,
      paymentTerms: '月结30天',
      validDays: 30,
      lines: [
        { price: '2580', leadDays: 20, model: 'Z41H-16C DN150', params: [...valve('DN150'), ['密封面', '13Cr']] },
        { price: '2050', leadDays: 25, model: 'Q41F-16C DN100', params: [...valve('DN100'), ['密封', 'PTFE']] },
        { price: '1290', leadDays: 25, model: 'H44H-16C DN100', params: valve('DN100') },
      ],
    },
    {
      supplier: '纽威阀门',
      ago: 47,
      taxIncluded: false,
      paymentTerms: '月结30天',
      validDays: 15,
      notes: '报价不含税，可开13%专票；可直发用户现场',
      lines: [
        { price: '2350', leadDays: 25, model: 'NZ41H-16C-150', params: [...valve('DN150'), ['密封面', '13Cr']] },
        { price: '1720', leadDays: 15, model: 'NQ41F-16C-100', params: [...valve('DN100'), ['密封', 'PTFE']] },
        { price: '1180', leadDays: 20, model: 'NH44H-16C-100', params: valve('DN100') },
      ],
    },
    {
      supplier: '良工阀门',
      ago: 47,
      taxIncluded: true,
      paymentTerms: '款到发货',
      validDays: 15,
      lines: [
        { price: '2650', leadDays: 15, model: 'Z41H-16C DN150', params: [...valve('DN150'), ['密封面', 'STL']] },
        { price: '2080', leadDays: 20, model: 'Q41F-16C DN100', params: [...valve('DN100'), ['密封', 'RPTFE']] },
        { price: '1320', leadDays: 10, model: 'H44H-16C DN100', params: valve('DN100') },
      ],
    },
    {
      supplier: '良工阀门',
      ago: 45,
      taxIncluded: true,
      paymentTerms: '月结30天',
      validDays: 30,
      notes: '二轮议价：止回阀让利，付款改月结',
      lines: [
        { price: '2600', leadDays: 15, model: 'Z41H-16C DN150', params: [...valve('DN150'), ['密封面', 'STL']] },
        { price: '2020', leadDays: 20, model: 'Q41F-16C DN100', params: [...valve('DN100'), ['密封', 'RPTFE']] },
        { price: '1210', leadDays: 10, model: 'H44H-16C DN100', params: valve('DN100') },
      ],
    },
  ] satisfies DemoAnswer[],
  chosen: 44,
  /** Per item, in the RFQ's order: the winner and why. */
  choices: [
    { supplier: '中核苏阀', reason: '折算不含税价最低，原厂直供，交期20天' },
    { supplier: '纽威阀门', reason: '不含税单价最低，可直发成都现场，省一道转运' },
    { supplier: '良工阀门', reason: '二轮议价后最低，交期10天，付款改为月结' },
  ],
};

export interface DemoPoReceipt {
  ago: number;
  /** What arrived of the PO's one line, and of it damaged on arrival (stays owed). */
  qty: number;
  damaged?: number;
  note?: string;
}

/** The POs the RFQ's choices became, one per winning supplier, all for the deal's order. */
export interface DemoPurchase {
  /** The key the deal's forwarded shipment names it by. */
  key: string;
  supplier: string;
  sent: number;
  confirmed: number;
  expected: number;
  /** Straight from the supplier to the customer: the customer signs, and the order's delivery follows. */
  dropShip?: true;
  receipt?: DemoPoReceipt;
  /** Received goods moved to another of our places, with a 内部调拨单. */
  transfer?: { ago: number; qty: number; from: string; to: string; receivedBy: string };
}

export const DEMO_PO_DAY = 39;

export const DEMO_PURCHASES: DemoPurchase[] = [
  {
    key: 'P01-中核苏阀',
    supplier: '中核苏阀',
    sent: 39,
    confirmed: 38,
    expected: 12,
    receipt: { ago: 14, qty: 6, damaged: 1, note: '1台运输中法兰磕伤，退回换货；余2台供方未发' },
    transfer: { ago: 13, qty: 5, from: '公司仓库（莫干山路）', to: '下沙中转仓', receivedBy: '王强' },
  },
  {
    key: 'P01-纽威阀门',
    supplier: '纽威阀门',
    sent: 39,
    confirmed: 37,
    expected: 18,
    dropShip: true,
    receipt: { ago: 16, qty: 12 },
  },
  {
    key: 'P01-良工阀门',
    supplier: '良工阀门',
    sent: 39,
    confirmed: 38,
    expected: 25,
    receipt: { ago: 24, qty: 6 },
  },
];

/** A stock purchase without an order, typed in: confirmed, expected, nothing arrived yet. */
export const DEMO_STOCK_PO = {
  supplier: 'SKF',
  spec: '6308-2Z/C3',
  qty: 60,
  price: '112',
  ordered: 30,
  sent: 30,
  confirmed: 29,
  expected: 6,
  notes: '常用备件补库',
};

/**
 * Supplier invoices for a PO (its whole amount), due `days` after their date, numbered by the supplier's province
 * (33 浙江, 32 江苏): one paid by transfer, one not yet due, one overdue (invoiced with the first delivery, the rest
 * of the goods still owed).
 */
export const DEMO_SUPPLIER_INVOICES: { po: string; ago: number; days: number; region: string }[] = [
  { po: 'P01-良工阀门', ago: 22, days: 30, region: '33' },
  { po: 'P01-中核苏阀', ago: 14, days: 10, region: '32' },
  { po: 'P01-纽威阀门', ago: 15, days: 30, region: '32' },
];

export const DEMO_SUPPLIER_PAYMENTS: { po: string; ago: number }[] = [{ po: 'P01-良工阀门', ago: 8 }];
