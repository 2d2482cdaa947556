import type { z } from 'zod';
import type { lineDiff, QuoteDetail } from '../../shared/quotes/contract';

type Line = QuoteDetail['lines'][number];
const key = (l: Line) => `${l.kind}|${l.name}|${l.spec ?? ''}`;
const brief = (l: Line) => ({
  name: l.name,
  spec: l.spec,
  quantity: l.quantity,
  unitPrice: l.unitPrice,
  gross: l.gross,
});

/** What changed between two versions: lines added, removed, re-priced or re-counted, and the totals. */
export function compareQuotes(from: QuoteDetail, to: QuoteDetail): z.output<typeof lineDiff> {
  const before = new Map(from.lines.map((l) => [key(l), l]));
  const after = new Map(to.lines.map((l) => [key(l), l]));
  const changed = [];
  for (const [k, b] of before) {
    const a = after.get(k);
    if (a && (a.quantity !== b.quantity || a.unitPrice !== b.unitPrice || a.gross !== b.gross)) {
      changed.push({
        name: a.name,
        spec: a.spec,
        quantity: [b.quantity, a.quantity] as [string, string],
        unitPrice: [b.unitPrice, a.unitPrice] as [string, string],
        gross: [b.gross, a.gross] as [number, number],
      });
    }
  }
  return {
    added: to.lines.filter((l) => !before.has(key(l))).map(brief),
    removed: from.lines.filter((l) => !after.has(key(l))).map(brief),
    changed,
    totals: { from: from.totals, to: to.totals },
  };
}
