import { storedTags } from '../../../electron/core/bids/library/item-store';
import type { TestCore } from './test-core';

/**
 * Tenders and library items for the package tests, written straight into the tables the tenders and library
 * channels own, in states those channels would write (tags as the library stores them, opening not before the
 * submission deadline); tests/unit/bids/bid-flow.test.ts builds the same through the channels.
 */
const stamps = () => {
  const at = new Date().toISOString();
  return { lock_version: 1, created_at: at, updated_at: at };
};

export async function seedTender(
  t: TestCore,
  opts: {
    projectName?: string;
    openingAt?: string | null;
    docs?: { title: string; mandatory?: boolean }[];
    lots?: { lotNo: string; name: string }[];
  } = {},
): Promise<{ tenderId: number; lotIds: number[]; docIds: number[] }> {
  const db = t.core.services.db();
  // bids.tenders.create refuses an opening before the submission deadline: so does the seed.
  if (opts.openingAt && opts.openingAt < '2026-12-10 09:30') throw new Error('seedTender: opening before submission');
  const [tender] = (await db('tenders')
    .insert({
      project_name: opts.projectName ?? '清源水务2026年度仪表采购项目',
      tender_no: 'SZCG-2026-0318',
      purchaser_name: '苏州工业园区清源华衍水务有限公司',
      agent_name: '江苏省招标中心',
      submission_deadline: '2026-12-10 09:30',
      opening_at: opts.openingAt === undefined ? '2026-12-10 09:30' : opts.openingAt,
      ...stamps(),
    })
    .returning('id')) as { id: number }[];
  const tenderId = tender!.id;
  const lotIds: number[] = [];
  for (const [i, lot] of (opts.lots ?? []).entries()) {
    const [row] = (await db('tender_lots')
      .insert({ tender_id: tenderId, position: i + 1, lot_no: lot.lotNo, name: lot.name })
      .returning('id')) as { id: number }[];
    lotIds.push(row!.id);
  }
  const docIds: number[] = [];
  for (const [i, doc] of (opts.docs ?? []).entries()) {
    const [row] = (await db('tender_required_docs')
      .insert({ tender_id: tenderId, position: i + 1, title: doc.title, mandatory: doc.mandatory ?? true })
      .returning('id')) as { id: number }[];
    docIds.push(row!.id);
  }
  return { tenderId, lotIds, docIds };
}

export async function seedLibraryItem(
  t: TestCore,
  item: { title: string; kind?: string; validTo?: string | null; number?: string; tags?: string[] },
): Promise<number> {
  const [row] = (await t.core.services
    .db()('library_items')
    .insert({
      kind: item.kind ?? 'qualification',
      title: item.title,
      number: item.number ?? null,
      valid_to: item.validTo ?? null,
      // Stored as the library stores them ('|ISO|质量|'), so its tag filter finds them.
      tags: storedTags(item.tags ?? []),
      ...stamps(),
    })
    .returning('id')) as { id: number }[];
  return row!.id;
}
