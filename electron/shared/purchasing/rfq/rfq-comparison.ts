import { lineAmounts, type Dec } from '../../money';
import type { Param } from '../catalogue/contract';
import type { Comparison, RfqDetail } from './contract';
import { fourDecimals, unitPriceBases } from './tax-basis';

type Cell = Comparison['items'][number]['cells'][number];
type Supplier = RfqDetail['rfqSuppliers'][number];
type Answer = Supplier['answers'][number];

/** Parameter values compared as people read them: spaces and ASCII case do not make a difference. */
const sameValue = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

const valueOf = (params: Param[], name: string) => params.find((p) => sameValue(p.name, name))?.value ?? null;

/**
 * For each parameter named by the item or an answer: the value asked and each answering supplier's; a supplier
 * differs when it answers other than asked (or leaves out what was asked), or, where nothing was asked, when its
 * value is not the one most suppliers gave.
 */
function paramDiffs(asked: Param[], answers: { supplierId: number; params: Param[] }[]) {
  const names: string[] = [];
  for (const p of [...asked, ...answers.flatMap((a) => a.params)])
    if (!names.some((n) => sameValue(n, p.name))) names.push(p.name);
  return names.map((name) => {
    const askedValue = valueOf(asked, name);
    const values = answers.map((a) => ({ supplierId: a.supplierId, value: valueOf(a.params, name) }));
    let differing: number[];
    if (askedValue !== null) {
      differing = values.filter((v) => v.value === null || !sameValue(v.value, askedValue)).map((v) => v.supplierId);
    } else {
      const counts = new Map<string, number>();
      for (const v of values) {
        const key = (v.value ?? '').replace(/\s+/g, '').toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      // Where no value is held by more suppliers than any other, every one of them differs.
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      const common = ranked.length > 1 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : null;
      differing =
        counts.size > 1
          ? values.filter((v) => (v.value ?? '').replace(/\s+/g, '').toLowerCase() !== common).map((v) => v.supplierId)
          : [];
    }
    return { name, asked: askedValue, values, differing };
  });
}

/**
 * The comparison matrix of an RFQ: items down, suppliers across, each supplier's latest round. Prices are shown as
 * quoted and on both tax bases (unit prices to 4 decimals, the item's totals in fen as the documents round them);
 * the lowest net price of each item is marked best, a tie going to the shorter lead time.
 */
export function compareAnswers(rfq: RfqDetail): Comparison {
  const latest = new Map<number, Answer | null>(rfq.rfqSuppliers.map((s) => [s.supplierId, s.answers.at(-1) ?? null]));
  const chosen = new Map(rfq.choices.map((c) => [c.itemId, c.answerLineId]));
  const totals = new Map(rfq.rfqSuppliers.map((s) => [s.supplierId, { net: 0, gross: 0 }]));
  const linesOf = new Map<number, Map<number, Answer['lines'][number]>>();
  for (const s of rfq.rfqSuppliers) {
    const byItem = new Map<number, Answer['lines'][number]>();
    for (const l of latest.get(s.supplierId)?.lines ?? []) byItem.set(l.itemId, l);
    linesOf.set(s.supplierId, byItem);
  }

  const items = rfq.rfqItems.map((item) => {
    const exact = new Map<number, Dec>();
    const cells: Cell[] = rfq.rfqSuppliers.map((s) => {
      const answer = latest.get(s.supplierId) ?? null;
      const line = linesOf.get(s.supplierId)!.get(item.id);
      if (!answer || !line)
        return {
          supplierId: s.supplierId,
          state: s.declined ? 'declined' : 'missing',
          answerLineId: null,
          round: answer?.round ?? null,
          unitPrice: null,
          priceIncludesTax: null,
          taxRate: null,
          netUnitPrice: null,
          grossUnitPrice: null,
          netTotal: null,
          grossTotal: null,
          leadDays: null,
          minQuantity: null,
          model: null,
          params: [],
          best: false,
          chosen: false,
          differs: [],
        };
      const bases = unitPriceBases(line.unitPrice, line.taxRate, answer.priceIncludesTax);
      exact.set(s.supplierId, bases.net);
      const amounts = lineAmounts({
        quantity: item.quantity,
        unitPrice: line.unitPrice,
        taxRate: line.taxRate,
        priceIncludesTax: answer.priceIncludesTax,
      });
      const sum = totals.get(s.supplierId)!;
      sum.net += amounts.net;
      sum.gross += amounts.gross;
      return {
        supplierId: s.supplierId,
        state: 'answered',
        answerLineId: line.id,
        round: answer.round,
        unitPrice: line.unitPrice,
        priceIncludesTax: answer.priceIncludesTax,
        taxRate: line.taxRate,
        netUnitPrice: fourDecimals(bases.net),
        grossUnitPrice: fourDecimals(bases.gross),
        netTotal: amounts.net,
        grossTotal: amounts.gross,
        leadDays: line.leadDays,
        minQuantity: line.minQuantity,
        model: line.model,
        params: line.params,
        best: false,
        chosen: chosen.get(item.id) === line.id,
        differs: [],
      };
    });

    let best: Cell | null = null;
    for (const c of cells) {
      if (c.state !== 'answered') continue;
      if (!best) {
        best = c;
        continue;
      }
      const cmp = exact.get(c.supplierId)!.comparedTo(exact.get(best.supplierId)!);
      const lead = (x: Cell) => x.leadDays ?? Number.MAX_SAFE_INTEGER;
      if (cmp < 0 || (cmp === 0 && lead(c) < lead(best))) best = c;
    }
    if (best) best.best = true;

    const diffs = paramDiffs(
      item.params,
      cells.filter((c) => c.state === 'answered').map((c) => ({ supplierId: c.supplierId, params: c.params })),
    );
    for (const c of cells) c.differs = diffs.filter((d) => d.differing.includes(c.supplierId)).map((d) => d.name);
    return { ...item, cells, paramDiffs: diffs, chosenAnswerLineId: chosen.get(item.id) ?? null };
  });

  return {
    id: rfq.id,
    number: rfq.number,
    suppliers: rfq.rfqSuppliers.map((s) => {
      const answer = latest.get(s.supplierId) ?? null;
      return {
        supplierId: s.supplierId,
        supplierName: s.supplierName,
        round: answer?.round ?? null,
        answerDate: answer?.answerDate ?? null,
        priceIncludesTax: answer?.priceIncludesTax ?? null,
        paymentTerms: answer?.paymentTerms ?? null,
        validUntil: answer?.validUntil ?? null,
        declined: s.declined,
        netTotal: totals.get(s.supplierId)!.net,
        grossTotal: totals.get(s.supplierId)!.gross,
      };
    }),
    items,
  };
}
