import { TAX_RATES, yuanToFen, type TaxRate } from '../../shared/money';
import { type RED_REASONS, type InvoiceType } from '../../shared/invoices/contract';
import { Dec } from '../../shared/money';
import type { SheetRow } from '../excel/workbook';
import { TAX_TOLERANCE_FEN } from './invoice-checks';
import { halfWidth } from './invoice-numbers';

/** The columns of the tax system's export of issued invoices (全电/数电 platform), under the names it uses. */
const HEADERS: Record<string, Column> = {
  发票代码: 'code',
  发票号码: 'number',
  数电票号码: 'digitalNumber',
  数电发票号码: 'digitalNumber',
  购买方识别号: 'buyerTaxId',
  购方识别号: 'buyerTaxId',
  购买方纳税人识别号: 'buyerTaxId',
  购买方名称: 'buyerName',
  购方名称: 'buyerName',
  开票日期: 'issueDate',
  金额: 'net',
  税额: 'tax',
  价税合计: 'gross',
  发票状态: 'status',
  发票票种: 'kind',
  税收分类编码: 'taxCode',
  货物或应税劳务名称: 'name',
  '货物或应税劳务、服务名称': 'name',
  项目名称: 'name',
  规格型号: 'spec',
  单位: 'unit',
  数量: 'quantity',
  单价: 'unitPrice',
  税率: 'taxRate',
  '税率/征收率': 'taxRate',
  开票人: 'issuer',
  备注: 'remarks',
  蓝字发票号码: 'blueNumber',
  对应蓝字发票号码: 'blueNumber',
  原发票号码: 'blueNumber',
  蓝字发票代码: 'blueCode',
  对应蓝字发票代码: 'blueCode',
  红冲原因: 'redReason',
};
type Column =
  | 'code'
  | 'number'
  | 'digitalNumber'
  | 'buyerTaxId'
  | 'buyerName'
  | 'issueDate'
  | 'net'
  | 'tax'
  | 'gross'
  | 'status'
  | 'kind'
  | 'taxCode'
  | 'name'
  | 'spec'
  | 'unit'
  | 'quantity'
  | 'unitPrice'
  | 'taxRate'
  | 'issuer'
  | 'remarks'
  | 'blueNumber'
  | 'blueCode'
  | 'redReason';

/** A status that makes a row itself a red-letter; 已红冲 / 部分红冲 describe a blue one that was corrected later. */
const RED_STATUSES = ['红冲', '红字', '红字发票', '负数发票'];
const RED_REASON_WORDS: Record<string, (typeof RED_REASONS)[number]> = {
  开票有误: 'wrong_issue',
  销货退回: 'goods_returned',
  服务中止: 'service_stopped',
  销售折让: 'allowance',
};

export interface SheetLine {
  row: number;
  taxClass: string | null;
  name: string;
  spec: string | null;
  unit: string | null;
  quantity: string | null;
  unitPrice: string | null;
  taxRate: TaxRate;
  net: number;
  tax: number;
  gross: number;
}

export interface SheetInvoice {
  row: number;
  type: InvoiceType;
  code: string;
  number: string;
  issueDate: string;
  buyerTaxId: string;
  buyerName: string;
  issuer: string | null;
  remarks: string | null;
  red: boolean;
  redReason: (typeof RED_REASONS)[number];
  blue: { code: string; number: string } | null;
  cancelled: boolean;
  lines: SheetLine[];
}

export interface SheetProblem {
  row: number;
  column: string;
  key: string;
  vars?: Record<string, string | number>;
}

/** The header each field was read from, for row errors. */
export const COLUMN_LABEL: Partial<Record<string, string>> = {
  number: '发票号码',
  code: '发票代码',
  buyerTaxId: '购买方识别号',
  issueDate: '开票日期',
  net: '金额',
  tax: '税额',
  gross: '价税合计',
  taxRate: '税率',
  name: '货物或应税劳务名称',
  status: '发票状态',
};

/** 2026-11-03, 2026/11/3, 2026年11月3日, with or without a time; Excel's own dates arrive as text already. */
function plainDateOf(text: string): string | null {
  const m = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(text);
  if (!m) {
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
  }
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : null;
}

function rateOf(text: string, net: number, tax: number): TaxRate | null {
  const t = text.replace(/\s/g, '');
  if (t === '免税' || t === '不征税' || t === '***') return '0';
  if (t) {
    const percent = t.endsWith('%') ? Number(t.slice(0, -1)) : Number(t) < 1 ? Number(t) * 100 : Number(t);
    return TAX_RATES.find((r) => Math.round(Number(r) * 100) === Math.round(percent)) ?? null;
  }
  // No rate column: the rate whose tax the printed tax is.
  return (
    TAX_RATES.find(
      (r) =>
        Math.abs(new Dec(net).times(r).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() - tax) <= TAX_TOLERANCE_FEN,
    ) ?? null
  );
}

/** The blue invoice a red row names: its own column, else the tax system's wording in 备注. */
function blueOf(code: string, number: string, remarks: string): { code: string; number: string } | null {
  if (number) return { code, number };
  const digital = /(\d{20})/.exec(remarks);
  if (digital) return { code: '', number: digital[1]! };
  const paper = /号码[:：]?\s*(\d{8})/.exec(remarks);
  if (!paper) return null;
  const paperCode = /代码[:：]?\s*(\d{10}|\d{12})/.exec(remarks);
  return { code: paperCode?.[1] ?? '', number: paper[1]! };
}

/**
 * Reads the export into invoices: one row per invoice, or one per line grouped by number.
 * Problems come back by row and column; rows with problems form no invoice.
 */
export function readTaxExport(
  headers: string[],
  rows: SheetRow[],
): { invoices: SheetInvoice[]; problems: SheetProblem[]; missing: string[] } {
  const at = new Map<Column, number>();
  headers.forEach((h, i) => {
    const c = HEADERS[h.replace(/[\s*]/g, '')];
    if (c && !at.has(c)) at.set(c, i);
  });
  const missing = ['buyerTaxId', 'issueDate', 'net', 'tax']
    .filter((c) => !at.has(c as Column))
    .map((c) => COLUMN_LABEL[c]!);
  if (!at.has('number') && !at.has('digitalNumber')) missing.unshift('发票号码');
  if (missing.length) return { invoices: [], problems: [], missing };

  const problems: SheetProblem[] = [];
  const byKey = new Map<string, SheetInvoice>();
  const broken = new Set<string>();
  for (const { row, cells } of rows) {
    const cell = (c: Column) => (at.has(c) ? (cells[at.get(c)!] ?? '').trim() : '');
    const fail = (column: string, key: string, vars?: Record<string, string | number>) =>
      problems.push({ row, column: COLUMN_LABEL[column] ?? column, key, ...(vars ? { vars } : {}) });
    const code = halfWidth(cell('code'));
    const number = halfWidth(cell('digitalNumber')) || halfWidth(cell('number'));
    const key = `${code}|${number}`;
    const status = cell('status');
    let net: number, tax: number, gross: number;
    try {
      net = yuanToFen(cell('net'));
      tax = yuanToFen(cell('tax'));
      gross = cell('gross') ? yuanToFen(cell('gross')) : net + tax;
    } catch {
      fail('gross', 'invoiceMsg.import.badAmount');
      broken.add(key);
      continue;
    }
    const red = gross < 0 || RED_STATUSES.includes(status);
    // A red row may print its amounts without the minus sign: a red-letter's are negative.
    if (red) [net, tax, gross] = [-Math.abs(net), -Math.abs(tax), -Math.abs(gross)];
    const taxRate = rateOf(cell('taxRate'), net, tax);
    if (!taxRate) fail('taxRate', 'invoiceMsg.import.badRate');
    const issueDate = plainDateOf(cell('issueDate'));
    if (!issueDate) fail('issueDate', 'invoiceMsg.import.badDate');
    if (!taxRate || !issueDate) {
      broken.add(key);
      continue;
    }
    const printedName = cell('name');
    const classed = /^(\*[^*]+\*)(.*)$/.exec(printedName);
    const line: SheetLine = {
      row,
      taxClass: classed ? classed[1]! : null,
      name: (classed ? classed[2]! : printedName) || printedName || '（汇总）',
      spec: cell('spec') || null,
      unit: cell('unit') || null,
      quantity: cell('quantity') ? cell('quantity').replace(/^-/, '') : null,
      unitPrice: cell('unitPrice') || null,
      taxRate,
      net,
      tax,
      gross,
    };
    const known = byKey.get(key);
    if (known) {
      known.lines.push(line);
      continue;
    }
    const kind = cell('kind');
    const digital = /^\d{20}$/.test(number) || /数电|全电/.test(kind);
    byKey.set(key, {
      row,
      type: `${digital ? 'digital' : 'paper'}_${/专/.test(kind) ? 'special' : 'normal'}`,
      code,
      number,
      issueDate,
      buyerTaxId: halfWidth(cell('buyerTaxId')).toUpperCase(),
      buyerName: cell('buyerName'),
      issuer: cell('issuer') || null,
      remarks: cell('remarks') || null,
      red,
      redReason: RED_REASON_WORDS[cell('redReason')] ?? 'wrong_issue',
      blue: red ? blueOf(halfWidth(cell('blueCode')), halfWidth(cell('blueNumber')), cell('remarks')) : null,
      cancelled: /作废/.test(status),
      lines: [line],
    });
  }
  return { invoices: [...byKey].filter(([k]) => !broken.has(k)).map(([, v]) => v), problems, missing: [] };
}
