import type { Knex } from 'knex';
import { bidTotal, type BidPriceLineFigures } from '../../../shared/bids/price-tables';
import { int } from '../../db/rows';

type Db = Knex | Knex.Transaction;

/**
 * 我方报价 of each tender: the 开标一览表 total of its package for each lot (bidTotal over the package's 分项报价表 lines,
 * the one formula every bid figure comes from), added over the lots. When a lot has more than one package (a second
 * draft, a fresh start from a template) the latest one is the bid. A tender with no priced package has none.
 */
export async function ourBids(db: Db, tenderIds: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!tenderIds.length) return out;
  const packages = (await db('bid_packages')
    .whereIn('tender_id', tenderIds)
    .orderBy('id')
    .select('id', 'tender_id', 'lot_id')) as { id: number; tender_id: number; lot_id: number | null }[];
  // The latest package per tender and lot.
  const latest = new Map<string, { id: number; tenderId: number }>();
  for (const p of packages)
    latest.set(`${p.tender_id}:${p.lot_id ?? ''}`, { id: int(p.id), tenderId: int(p.tender_id) });
  const bids = [...latest.values()];
  if (!bids.length) return out;
  const rows = (await db('bid_price_lines')
    .whereIn(
      'package_id',
      bids.map((b) => b.id),
    )
    .orderBy(['package_id', 'position'])
    .select('package_id', 'quantity', 'unit_price')) as { package_id: number; quantity: string; unit_price: string }[];
  const lines = new Map<number, BidPriceLineFigures[]>();
  for (const r of rows) {
    const list = lines.get(int(r.package_id)) ?? [];
    list.push({ quantity: r.quantity, unitPrice: r.unit_price });
    lines.set(int(r.package_id), list);
  }
  for (const b of bids) {
    const priced = lines.get(b.id);
    if (priced) out.set(b.tenderId, (out.get(b.tenderId) ?? 0) + bidTotal(priced).totalFen);
  }
  return out;
}
