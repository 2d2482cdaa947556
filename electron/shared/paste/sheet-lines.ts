import { detectLayout, type LineField } from './line-columns';
import {
  halfWidth,
  PRICE_RULES,
  QUANTITY_RULES,
  readNumber,
  splitQuantityUnit,
  type NumberProblem,
} from './number-text';

/** One row of a pasted or imported list, read: what it names, and its quantity and price as exact text. */
export interface SheetLine {
  /** The row as the user counts it (1 = the first row pasted, or Excel's row number). */
  row: number;
  /** Tried against product codes first. */
  code: string | null;
  name: string | null;
  spec: string | null;
  brand: string | null;
  unit: string | null;
  /** The cells as given, to show and correct. */
  quantityText: string;
  unitPriceText: string;
  /** Exact decimals; null when the cell is blank or wrong (see problems). */
  quantity: string | null;
  unitPrice: string | null;
  leadTime: string | null;
  note: string | null;
  problems: Partial<Record<'quantity' | 'unitPrice', NumberProblem | 'required'>>;
}

export interface ReadSheetLines {
  /** The header row as found (1-based in the grid), or 0 when the default column order was assumed. */
  headerRow: number;
  /** What each column was read as, for the preview to show. */
  columns: (LineField | null)[];
  lines: SheetLine[];
}

/** Codes are letters, digits and . _ - (as the products' own codes are). */
const CODE_LIKE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

const cut = (v: string | null, max: number) => (v && v.length > max ? v.slice(0, max) : v);

/** A quantity or price cell read against its rules; blank is null, and a problem only when it matters. */
function numberCell(text: string, field: 'quantity' | 'unitPrice', required: boolean) {
  if (text === '') return { value: null, problem: required ? ('required' as const) : undefined };
  const read = readNumber(text, field === 'quantity' ? QUANTITY_RULES : PRICE_RULES);
  return read.ok ? { value: read.value, problem: undefined } : { value: null, problem: read.problem };
}

/** Re-reads a quantity or price the user corrected in the preview. */
export function rereadNumber(line: SheetLine, field: 'quantity' | 'unitPrice', text: string): SheetLine {
  const { value, problem } = numberCell(text.trim(), field, field === 'quantity');
  const problems = { ...line.problems };
  if (problem) problems[field] = problem;
  else delete problems[field];
  return { ...line, [field]: value, [`${field}Text`]: text, problems };
}

/**
 * The lines of a pasted block or a sheet: the header found (or the default order assumed), blank rows and the
 * header left out, a 合计 row at the foot left out, 型号 standing for a spec (or beside it), and a quantity
 * column's blank cells marked for the user to fill.
 */
export function readSheetLines(grid: readonly (readonly string[])[], firstRow = 1): ReadSheetLines {
  const { headerRow, fields } = detectLayout(grid);
  const col = (f: LineField) => fields.indexOf(f);
  const at = (r: readonly string[], f: LineField) => {
    const c = col(f);
    return c < 0 ? '' : halfWidthCode(f, (r[c] ?? '').trim());
  };
  const hasQuantity = col('quantity') >= 0;
  const lines: SheetLine[] = [];
  grid.forEach((r, i) => {
    if (i <= headerRow) return;
    if (r.every((c) => c.trim() === '')) return;
    const name = at(r, 'name') || null;
    const code = at(r, 'code') || null;
    const model = at(r, 'model') || null;
    const specCell = at(r, 'spec') || null;
    // A 合计 / Total row closes many 询价清单: it names no goods.
    if (!code && !model && !specCell && name && /^(合计|总计|小计|total|subtotal)$/i.test(name.replace(/\s/g, '')))
      return;
    if (!code && !model && !specCell && !name) return;
    let quantityText = at(r, 'quantity');
    let unit = at(r, 'unit') || null;
    if (!unit && quantityText) {
      const split = splitQuantityUnit(quantityText);
      quantityText = split.number;
      unit = split.unit;
    }
    const unitPriceText = at(r, 'unitPrice');
    const quantity = numberCell(quantityText, 'quantity', hasQuantity);
    const unitPrice = numberCell(unitPriceText, 'unitPrice', false);
    const spec = model && specCell && model !== specCell ? `${model} ${specCell}` : (specCell ?? model);
    // Without a code column, a code-like 型号 (or, with no header, the first column) is tried as a code.
    const codeCandidate =
      code ?? (model && CODE_LIKE.test(model) ? model : headerRow < 0 && name && CODE_LIKE.test(name) ? name : null);
    const problems: SheetLine['problems'] = {};
    if (quantity.problem) problems.quantity = quantity.problem;
    if (unitPrice.problem) problems.unitPrice = unitPrice.problem;
    lines.push({
      row: i + firstRow,
      code: codeCandidate,
      name: cut(name ?? code ?? model ?? specCell, 100),
      spec: cut(spec, 200),
      brand: cut(at(r, 'brand') || null, 60),
      unit: cut(unit, 10),
      quantityText: hasQuantity ? quantityText : '1',
      unitPriceText,
      quantity: hasQuantity ? quantity.value : '1',
      unitPrice: unitPrice.value,
      leadTime: cut(at(r, 'leadTime') || null, 40),
      note: cut(at(r, 'note') || null, 200),
      problems,
    });
  });
  return { headerRow: headerRow + 1, columns: fields, lines };
}

/** Codes typed in full-width (ＡＢＣ－０１) are the same codes; names keep their characters. */
function halfWidthCode(field: LineField, text: string): string {
  return field === 'code' || field === 'model' ? halfWidth(text).trim() : text;
}
