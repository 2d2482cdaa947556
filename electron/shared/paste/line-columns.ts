import { halfWidth, readNumber, PRICE_RULES } from './number-text';

/** What a column of a pasted or imported list holds. */
export const LINE_FIELDS = [
  'index',
  'code',
  'model',
  'name',
  'spec',
  'brand',
  'unit',
  'quantity',
  'unitPrice',
  'amount',
  'leadTime',
  'note',
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/**
 * Header words per field, in the order they are tried: a header equal to a word wins, else the first field
 * with a word inside the header (so 含税单价 is a price, 总价 an amount, 规格型号 a spec, 物料编码 a code).
 */
const HEADER_WORDS: readonly [LineField, readonly string[]][] = [
  ['index', ['序号', '行号', '序', 'no', 'no.', '#', 'item#', 'line']],
  ['amount', ['金额', '小计', '合计', '总价', '总额', '价税合计', 'amount', 'total', 'subtotal', 'linetotal']],
  ['unitPrice', ['单价', '价格', '报价', '售价', '含税价', 'price', 'unitprice']],
  ['quantity', ['数量', '需求量', '采购量', '用量', '件数', 'qty', 'quantity', 'quan']],
  ['unit', ['单位', '计量单位', 'unit', 'uom']],
  [
    'code',
    ['编码', '代码', '编号', '货号', '料号', '物料号', '存货编码', 'code', 'itemno', 'partno', 'sku', 'p/n', 'pn'],
  ],
  ['spec', ['规格', '规格型号', '型号规格', 'spec', 'specs', 'specification', 'size']],
  ['model', ['型号', 'model', 'type']],
  ['brand', ['品牌', '厂家', '厂商', '生产厂家', '制造商', 'brand', 'make', 'manufacturer']],
  ['leadTime', ['交货期', '货期', '交期', '供货期', 'leadtime', 'delivery']],
  ['note', ['备注', '说明', 'note', 'notes', 'remark', 'remarks', 'comment']],
  [
    'name',
    ['名称', '品名', '物料', '产品', '商品', '货物', '设备', '材料', '描述', 'name', 'item', 'description', 'product'],
  ],
];

/** 单价（元）* and 'Unit Price' read as 单价 and unitprice. */
function normalizeHeader(cell: string): string {
  return halfWidth(cell)
    .toLowerCase()
    .replace(/\(.*?\)|（.*?）|\[.*?\]|【.*?】/g, '')
    .replace(/[\s*:：_]/g, '');
}

/** The field a header cell names, or null for a column the lines do not use. */
export function headerField(cell: string): LineField | null {
  const h = normalizeHeader(cell);
  if (!h) return null;
  for (const [field, words] of HEADER_WORDS) if (words.includes(h)) return field;
  for (const [field, words] of HEADER_WORDS) {
    // Short Latin words only as whole headers: 'no' is not inside 'notes', nor 'pn' inside 'spn'.
    if (words.some((w) => (/^[a-z#./]{1,3}$/.test(w) ? false : h.includes(w)))) return field;
  }
  return null;
}

/** A row's fields when it is a header: at least two known columns, one of them saying what the goods are. */
function headerFields(row: readonly string[]): (LineField | null)[] | null {
  const fields = row.map(headerField);
  const seen = new Set<LineField>();
  const unique = fields.map((f) => (f && !seen.has(f) ? (seen.add(f), f) : null));
  const known = unique.filter((f): f is LineField => f !== null);
  const names = known.some((f) => f === 'code' || f === 'name' || f === 'model' || f === 'spec');
  return known.length >= 2 && names ? unique : null;
}

/** How far down a header may sit under a sheet's title lines (询价单, the customer, a date). */
const HEADER_SEARCH_ROWS = 10;

export interface ColumnLayout {
  /** The header row's position in the grid, or -1 when there is none. */
  headerRow: number;
  /** Each column's field, null for a column left out. */
  fields: (LineField | null)[];
}

const isNumberCell = (cell: string) => cell !== '' && readNumber(cell, PRICE_RULES).ok;

/** A column whose cells (those filled) are mostly numbers. */
function numericColumn(rows: readonly (readonly string[])[], col: number): boolean {
  const filled = rows.map((r) => r[col] ?? '').filter((c) => c !== '');
  return filled.length > 0 && filled.filter(isNumberCell).length * 2 > filled.length;
}

/** 1, 2, 3 … down the first column: a row number, not a code. */
function isRowNumberColumn(rows: readonly (readonly string[])[]): boolean {
  return rows.length > 1 && rows.every((r, i) => (r[0] ?? '').trim() === String(i + 1));
}

/**
 * The documented order when there is no header: text columns are 编码或名称, 规格, 单位 (with four or more:
 * 编码, 名称, 规格, 单位, 品牌, 备注); the number columns after the last text column are 数量 then 单价 (a third
 * is 金额). A first column counting 1, 2, 3 is 序号 and left out.
 */
function defaultLayout(rows: readonly (readonly string[])[]): ColumnLayout {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const fields: (LineField | null)[] = Array.from({ length: width }, () => null);
  const start = isRowNumberColumn(rows) ? 1 : 0;
  if (start) fields[0] = 'index';
  let lastText = start - 1;
  for (let c = start; c < width; c++) if (!numericColumn(rows, c)) lastText = c;
  const text = Array.from({ length: lastText - start + 1 }, (_, i) => start + i).filter((c) =>
    rows.some((r) => (r[c] ?? '') !== ''),
  );
  const textFields: LineField[] =
    text.length >= 4 ? ['code', 'name', 'spec', 'unit', 'brand', 'note'] : ['name', 'spec', 'unit'];
  text.forEach((c, i) => (fields[c] = textFields[i] ?? null));
  const numbers: LineField[] = ['quantity', 'unitPrice', 'amount'];
  for (let c = lastText + 1, i = 0; c < width; c++)
    if (rows.some((r) => (r[c] ?? '') !== '')) fields[c] = numbers[i++] ?? null;
  return { headerRow: -1, fields };
}

/** Where the header is (if any) and what each column holds. */
export function detectLayout(grid: readonly (readonly string[])[]): ColumnLayout {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const fields = headerFields(grid[r]!);
    if (fields) return { headerRow: r, fields };
  }
  return defaultLayout(grid);
}
