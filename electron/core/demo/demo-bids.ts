/**
 * The demo company's 投标 (bids), in the same terms as demo-history.ts: days before the load day (negative: after it,
 * for what the tenders print ahead), customers by their short name, goods by their spec, money in yuan. The sales
 * assistant keeps the 资料库 and writes the bids; the manager pays the bonds. Three tenders: one won last quarter,
 * one lost, one being prepared now, its package started from the template the won one left. demo-bids-runner.ts
 * drives the real services through it.
 */

import type { LibraryKind } from '../../shared/bids/library/contract';

export interface DemoLibraryItem {
  key: string;
  kind: LibraryKind;
  name: string;
  issuedBy?: string;
  number?: string;
  /** Days before the load day; validTo negative: still valid so many days on; absent: long-term (长期有效). */
  validFrom?: number;
  validTo?: number;
  brand?: string;
  caseCustomer?: string;
  caseYuan?: number;
  caseDate?: number;
  tags: string[];
  /** The scan, as a one-page PDF: its heading and lines in Latin letters and digits. */
  pdf: { heading: string; lines: string[] };
  /** A site photo of a case, kept with it. */
  photo?: boolean;
}

/** Entered on this day, before any of the tenders. */
export const DEMO_LIBRARY_DAY = 190;

export const DEMO_LIBRARY: DemoLibraryItem[] = [
  {
    key: 'licence',
    kind: 'licence',
    name: '营业执照（副本）',
    issuedBy: '杭州市拱墅区市场监督管理局',
    number: '91330105MA27XK3Q8D',
    validFrom: 2900,
    tags: ['资质', '基本证照'],
    pdf: { heading: 'BUSINESS LICENCE', lines: ['Credit code 91330105MA27XK3Q8D', 'Term: long-term'] },
  },
  {
    key: 'iso9001',
    kind: 'iso',
    name: 'ISO9001 质量管理体系认证证书',
    issuedBy: '中国质量认证中心',
    number: '00125Q38812R2M',
    validFrom: 400,
    validTo: -695,
    tags: ['ISO', '质量'],
    pdf: { heading: 'ISO 9001:2015 CERTIFICATE', lines: ['No. 00125Q38812R2M', 'Quality management system'] },
  },
  {
    key: 'iso14001',
    kind: 'iso',
    name: 'ISO14001 环境管理体系认证证书',
    issuedBy: '中国质量认证中心',
    number: '00123E31547R1M',
    validFrom: 1055,
    // Renewal due: it runs out within the 60 days the library warns of.
    validTo: -40,
    tags: ['ISO', '环境'],
    pdf: { heading: 'ISO 14001:2015 CERTIFICATE', lines: ['No. 00123E31547R1M', 'Environmental management'] },
  },
  {
    key: 'auth-nanfang',
    kind: 'authorisation',
    name: '南方泵业 产品销售授权书',
    issuedBy: '南方泵业股份有限公司',
    number: 'CNP-SQ-2025-0716',
    validFrom: 220,
    validTo: -145,
    brand: '南方泵业',
    tags: ['授权', '泵'],
    pdf: { heading: 'LETTER OF AUTHORISATION', lines: ['CNP pumps, No. CNP-SQ-2025-0716', 'Dealer: Hengxin M&E'] },
  },
  {
    key: 'report-hgs',
    kind: 'test_report',
    name: 'HX-HGS 变频恒压供水设备型式检验报告',
    issuedBy: '国家泵类产品质量检验检测中心',
    number: 'WT2025-03318',
    validFrom: 410,
    tags: ['检测报告', '成套设备'],
    pdf: { heading: 'TYPE TEST REPORT WT2025-03318', lines: ['HX-HGS-22kW constant pressure water supply'] },
  },
  {
    key: 'case-xizi',
    kind: 'case',
    name: '西子热电凝结水泵房改造工程',
    number: 'HX-HT-2024-0912',
    caseCustomer: '杭州西子热电有限公司',
    caseYuan: 486000,
    caseDate: 320,
    tags: ['工程案例', '泵房'],
    pdf: { heading: 'CONTRACT HX-HT-2024-0912', lines: ['Condensate pump room retrofit', 'Amount CNY 486,000.00'] },
    photo: true,
  },
  {
    key: 'case-xiangan',
    kind: 'case',
    name: '翔安供水加压泵站控制系统',
    number: 'HX-HT-2025-0233',
    caseCustomer: '厦门翔安供水有限公司',
    caseYuan: 1260000,
    caseDate: 230,
    tags: ['工程案例', '供水'],
    pdf: { heading: 'CONTRACT HX-HT-2025-0233', lines: ['Booster station control system', 'Amount CNY 1,260,000.00'] },
  },
];

export type DemoBidLine = [spec: string, qty: number, unitPrice: string];
export type DemoDeviation = [
  spec: string | null,
  clause: string,
  requirement: string,
  response: string,
  kind: 'positive' | 'negative' | 'none',
];

export interface DemoTender {
  key: string;
  projectName: string;
  tenderNo: string;
  customer: string;
  agentName: string;
  agentContact: string;
  created: number;
  /** Deadlines: questions, submission (and opening), as days from the load day, with the time printed. */
  questions: number;
  submission: number;
  time: string;
  openingPlace: string;
  copies: number;
  evaluation: 'comprehensive' | 'lowest_price';
  lots: { lotNo: string; name: string; budgetYuan: number; weBid: boolean }[];
  requiredDocs: [title: string, mandatory: boolean, note?: string][];
  bond: { yuan: number; added: number; paid: number; refunded?: number; payee: string };
  /** The quote the bid is priced from (a deal of demo-history.ts). */
  quoteDeal?: string;
  package?: {
    created: number;
    /** Typed from the price list; else the quote is imported. */
    lines?: DemoBidLine[];
    deviations: DemoDeviation[];
    commercial: DemoDeviation[];
    /** Library items (keys) in the 资格证明文件 part, in order. */
    qualifications: string[];
    cases: string[];
    deliveryPeriod: string;
    warranty: string;
    /** Sealed for printing on this day; the template saved from it the same day. */
    finalized?: number;
    template?: string;
    /** Started from the template another package left. */
    fromTemplate?: boolean;
  };
  submitted?: number;
  result?: {
    ago: number;
    status: 'won' | 'lost';
    /** Who won and at what price when it was not us; ours is the package's total. */
    winner?: [bidder: string, yuan: number];
    competitors: [bidder: string, yuan: number][];
    note?: string;
  };
}

const GOODS_DOCS: DemoTender['requiredDocs'] = [
  ['投标函', true],
  ['法定代表人身份证明', true],
  ['授权委托书', true],
  ['开标一览表', true],
  ['分项报价表', true],
  ['技术偏离表', true],
  ['商务偏离表', true],
  ['类似项目业绩', false, '近三年'],
  ['售后服务承诺', false],
  ['资格证明文件', true, '营业执照、ISO认证、制造商授权、检测报告'],
];

export const DEMO_TENDERS: DemoTender[] = [
  {
    key: 'won',
    projectName: '南太湖污水厂提升泵站设备更新采购项目',
    tenderNo: 'HZCG-2025-0871',
    customer: '南太湖污水',
    agentName: '湖州市公共资源交易中心',
    agentContact: '吴工 0572-2258801',
    created: 125,
    questions: 115,
    submission: 104,
    time: '09:30',
    openingPlace: '湖州市公共资源交易中心三楼开标室',
    copies: 2,
    evaluation: 'comprehensive',
    lots: [],
    requiredDocs: GOODS_DOCS,
    bond: { yuan: 20000, added: 124, paid: 110, refunded: 85, payee: '湖州市公共资源交易中心' },
    package: {
      created: 120,
      lines: [
        ['WQ50-15-5.5', 6, '4080'],
        ['HX-KZG-15kW 一用一备', 3, '12500'],
        ['现场安装调试（人·天）', 8, '1100'],
      ],
      deviations: [
        ['WQ50-15-5.5', '3.1', '流量≥15m³/h，扬程≥15m', '流量15m³/h，扬程15m，功率5.5kW', 'none'],
        ['HX-KZG-15kW 一用一备', '3.4', '控制柜防护等级不低于IP54', '防护等级IP55', 'positive'],
      ],
      commercial: [[null, '5.2', '质保期一年', '质保期两年', 'positive']],
      qualifications: ['licence', 'iso9001'],
      cases: ['case-xizi'],
      deliveryPeriod: '合同签订后30日内',
      warranty: '两年',
      finalized: 106,
      template: '泵站设备投标（标准）',
    },
    submitted: 104,
    result: {
      ago: 98,
      status: 'won',
      competitors: [
        ['浙江中泵机电设备有限公司', 73600],
        ['上海凯泉泵业（集团）有限公司湖州分公司', 76150],
      ],
      note: '综合评分第一',
    },
  },
  {
    key: 'lost',
    projectName: '清源水务2025年度仪表采购项目',
    tenderNo: 'SZQY-2025-0457',
    customer: '清源水务',
    agentName: '江苏省招标中心有限公司',
    agentContact: '钱工 025-83279016',
    created: 75,
    questions: 66,
    submission: 58,
    time: '14:00',
    openingPlace: '苏州工业园区行政服务中心开标室',
    copies: 4,
    evaluation: 'lowest_price',
    lots: [],
    requiredDocs: GOODS_DOCS,
    bond: { yuan: 10000, added: 74, paid: 65, refunded: 40, payee: '江苏省招标中心有限公司' },
    submitted: 58,
    result: {
      ago: 55,
      status: 'lost',
      winner: ['苏州仪表成套有限公司', 268400],
      competitors: [
        ['苏州仪表成套有限公司', 268400],
        ['杭州恒信机电设备有限公司', 281250],
        ['无锡仪器仪表厂', 295600],
      ],
      note: '最低评标价法，价格高出4.8%',
    },
  },
  {
    key: 'preparing',
    projectName: '八一南街商业综合体水泵房设备采购项目',
    tenderNo: 'JHWC-2026-0117',
    customer: '婺城建设',
    agentName: '金华市建设工程招标代理有限公司',
    agentContact: '方经理 0579-82336170',
    created: 5,
    questions: -4,
    submission: -10,
    time: '09:30',
    openingPlace: '金华市公共资源交易中心二楼第3开标室',
    copies: 2,
    evaluation: 'comprehensive',
    lots: [
      { lotNo: '1', name: '生活供水设备', budgetYuan: 80000, weBid: true },
      { lotNo: '2', name: '消防泵组', budgetYuan: 120000, weBid: false },
    ],
    requiredDocs: GOODS_DOCS,
    bond: { yuan: 1500, added: 4, paid: 2, payee: '金华市公共资源交易中心' },
    quoteDeal: 'S01',
    package: {
      created: 4,
      deviations: [
        ['HX-HGS-22kW', '4.1', '恒压供水压力波动≤±0.01MPa', '压力波动≤±0.005MPa', 'positive'],
        ['CDL32-40', '4.3', '水泵过流部件不锈钢304', '过流部件不锈钢304', 'none'],
      ],
      commercial: [[null, '6.1', '交货期30天', '合同签订后25日内交货', 'positive']],
      qualifications: ['licence', 'iso9001', 'iso14001', 'auth-nanfang', 'report-hgs'],
      cases: ['case-xizi', 'case-xiangan'],
      deliveryPeriod: '合同签订后25日内',
      warranty: '两年',
      fromTemplate: true,
    },
  },
];

/** Who signs the letters of every package. */
export const DEMO_SIGNERS = {
  legalRep: '陈建华',
  legalRepTitle: '总经理',
  legalRepIdNo: '330105197208154317',
  authorisedPerson: '张丽',
  authorisedTitle: '销售助理',
  authorisedIdNo: '330106199103262024',
};
