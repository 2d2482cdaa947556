import type { NoteDetail } from '../../shared/deliveries/contract';
import { parseDecimal } from '../../shared/money';

type Mismatch = NoteDetail['checks'][number]['mismatches'][number];
export interface CountedLine {
  lineId: number;
  code: string | null;
  spec: string | null;
  quantity: string;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').toUpperCase();

/**
 * 出库核对: what was picked against what the note says. A line matches when the scanned or
 * typed code is the product's code (or, for goods without a product, its spec), the spec if
 * entered is the note's, and the counted quantity is exactly the note's.
 */
export function comparePick(lines: NoteDetail['lines'], counted: CountedLine[]): Mismatch[] {
  const out: Mismatch[] = [];
  lines.forEach((line, i) => {
    const c = counted.find((x) => x.lineId === line.id);
    const expected = `${line.code ?? ''} ${line.spec ?? ''} × ${line.quantity}`.trim();
    if (!c) {
      out.push({ lineId: line.id, position: i + 1, problems: ['missing'], expected, entered: '' });
      return;
    }
    const problems: Mismatch['problems'] = [];
    const code = norm(c.code);
    if (!code || (code !== norm(line.code) && code !== norm(line.spec))) problems.push('product');
    if (c.spec && norm(c.spec) !== norm(line.spec)) problems.push('spec');
    let sameQty = false;
    try {
      sameQty = parseDecimal(c.quantity).equals(parseDecimal(line.quantity));
    } catch {
      sameQty = false;
    }
    if (!sameQty) problems.push('quantity');
    if (problems.length)
      out.push({
        lineId: line.id,
        position: i + 1,
        problems,
        expected,
        entered: `${c.code ?? ''} ${c.spec ?? ''} × ${c.quantity}`.replace(/\s+/g, ' ').trim(),
      });
  });
  return out;
}
