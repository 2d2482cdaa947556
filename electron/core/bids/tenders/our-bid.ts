import type { Knex } from 'knex';
import { bidTotal, type BidPriceLineFigures } from '../../../shared/bids/price-tables';
import { int } from '../../db/rows';

type Db = Knex | Knex.Transaction;

/**
 * 我方报价 of each tender: the 开标一览表 total of each of its packages (bidTotal over the package's 分项报价表 lines,
 * the one formula every bid figure comes from), added over the packages (one per lot). A tender with no priced
 * package has none.
 */
export async function ourBids(db: Db, tenderIds: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!tenderIds.length) return out;
  const rows = (await db('bid_price_lines')
    .join('bid_packages', 'bid_packages.id', 'bid_price_lines.package_id')
    .whereIn('bid_packages.tender_id', tenderIds)
    .orderBy(['bid_price_lines.package_id', 'bid_price_lines.position'])
    .select(
      'bid_packages.tender_id',
      'bid_price_lines.package_id',
      'bid_price_lines.quantity',
      'bid_price_lines.unit_price',
    )) as { tender_id: number; package_id: number; quantity: string; unit_price: string }[];
  const packages = new Map<number, { tenderId: number; lines: BidPriceLineFigures[] }>();
  for (const r of rows) {
    const p = packages.get(int(r.package_id)) ?? { tenderId: int(r.tender_id), lines: [] };
    p.lines.push({ quantity: r.quantity, unitPrice: r.unit_price });
    packages.set(int(r.package_id), p);
  }
  for (const p of packages.values()) out.set(p.tenderId, (out.get(p.tenderId) ?? 0) + bidTotal(p.lines).totalFen);
  return out;
}
