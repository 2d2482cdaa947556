import type { Knex } from 'knex';
import type { SectionPlan } from './default-sections';
import { cleanBodyHtml } from './sanitize-body';

/** Writes parts at the end of a package, in the order given, with their library items. */
export async function insertSections(
  trx: Knex.Transaction,
  packageId: number,
  parts: readonly SectionPlan[],
): Promise<void> {
  const last = (await trx('bid_sections').where({ package_id: packageId }).max({ p: 'position' }).first()) as
    { p: number | null } | undefined;
  let position = Number(last?.p ?? 0);
  for (const p of parts) {
    position += 1;
    const [row] = (await trx('bid_sections')
      .insert({
        package_id: packageId,
        position,
        kind: p.kind,
        generator: p.kind === 'generated' ? p.generator : null,
        title: p.title,
        body_html: cleanBodyHtml(p.bodyHtml),
        in_original: p.inOriginal,
        in_copies: p.inCopies,
        required_doc_id: p.requiredDocId,
      })
      .returning('id')) as { id: number }[];
    const sectionId = row!.id;
    if (p.kind === 'attachments' && p.libraryItemIds.length)
      await trx('bid_section_items').insert(
        p.libraryItemIds.map((libraryItemId, i) => ({
          section_id: sectionId,
          position: i + 1,
          library_item_id: libraryItemId,
          attachment_id: null,
        })),
      );
  }
}

/** Renumbers a package's parts 1..n in the order of `ids`. */
export async function writeOrder(trx: Knex.Transaction, ids: readonly number[]): Promise<void> {
  for (const [i, id] of ids.entries())
    await trx('bid_sections')
      .where({ id })
      .update({ position: i + 1 });
}

/** A package's part ids in their order. */
export async function sectionIds(trx: Knex.Transaction, packageId: number): Promise<number[]> {
  const rows = (await trx('bid_sections')
    .where({ package_id: packageId })
    .orderBy(['position', 'id'])
    .select('id')) as {
    id: number;
  }[];
  return rows.map((r) => r.id);
}
