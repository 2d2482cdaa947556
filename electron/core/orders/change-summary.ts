import { parseDecimal } from '../../shared/money';
import type { OrderLineOut } from '../../shared/orders/contract';
import {
  CHANGED_LINE_FIELDS,
  ORDER_TERMS,
  type OrderBeforeChange,
  type OrderChangeItem,
  type OrderTerm,
} from '../../shared/orders/lifecycle-contract';

/** A line as it will stand after the change: its id when it was there before, its new position and figures. */
export type LineAfter = Omit<OrderLineOut, 'id'> & { id: number | null; position: number };

type Field = (typeof CHANGED_LINE_FIELDS)[number];
const NUMERIC: ReadonlySet<Field> = new Set(['quantity', 'unitPrice']);

/** Quantities and prices compare as numbers ('6' is '6.00'); everything else as written. */
function same(field: Field, a: string | null, b: string | null): boolean {
  if (a === null || b === null || !NUMERIC.has(field)) return a === b;
  return parseDecimal(a).equals(parseDecimal(b));
}

const refOf = (l: { name: string; spec: string | null; unit: string }, position: number) => ({
  position,
  name: l.name,
  spec: l.spec,
  unit: l.unit,
});

/**
 * What a change does, item by item: each line as it now stands (added, or changed field by field), then the lines
 * that went, then the terms, then the total when it moved. Empty when nothing changed.
 */
export function summarizeChange(
  before: OrderBeforeChange,
  after: { terms: Record<OrderTerm, string | null>; lines: LineAfter[]; gross: number },
): OrderChangeItem[] {
  const items: OrderChangeItem[] = [];
  const kept = new Set<number>();
  for (const line of after.lines) {
    const old = line.id === null ? undefined : before.lines.find((l) => l.id === line.id);
    if (!old) {
      items.push({
        kind: 'added',
        line: refOf(line, line.position),
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        gross: line.gross,
      });
      continue;
    }
    kept.add(old.id);
    const changes = CHANGED_LINE_FIELDS.filter((f) => !same(f, old[f], line[f])).map((f) => ({
      field: f,
      before: old[f],
      after: line[f],
    }));
    if (changes.length) items.push({ kind: 'changed', line: refOf(line, line.position), changes });
  }
  before.lines.forEach((old, i) => {
    if (!kept.has(old.id))
      items.push({
        kind: 'removed',
        line: refOf(old, i + 1),
        quantity: old.quantity,
        unitPrice: old.unitPrice,
        gross: old.gross,
      });
  });
  for (const field of ORDER_TERMS)
    if (before.terms[field] !== after.terms[field])
      items.push({ kind: 'term', field, before: before.terms[field], after: after.terms[field] });
  // Moving a line up or down changes nothing the customer signs for; a summary without items is no change.
  if (items.length && before.totals.gross !== after.gross)
    items.push({ kind: 'total', before: before.totals.gross, after: after.gross });
  return items;
}
