import type { Knex } from 'knex';
import { z } from 'zod';
import { SECTION_GENERATORS, SECTION_KINDS } from '../../../shared/bids/packages/contract';
import { notFound } from '../../rpc/errors';
import type { SectionPlan } from './default-sections';

/** A template's parts as kept in bid_templates.sections: structure and texts, never prices or deviations. */
const templatePart = z.object({
  kind: z.enum(SECTION_KINDS),
  generator: z.enum(SECTION_GENERATORS).nullable(),
  title: z.string().min(1).max(200),
  bodyHtml: z.string().nullable(),
  inOriginal: z.boolean(),
  inCopies: z.boolean(),
  libraryItemIds: z.array(z.number().int().positive()),
});
const templateParts = z.array(templatePart);
export type TemplatePart = z.output<typeof templatePart>;

export function templateJson(parts: readonly TemplatePart[]): string {
  return JSON.stringify(templateParts.parse(parts));
}

/** A template's parts, ready to be matched to the new tender's documents (library items still in the library). */
export async function templateSections(trx: Knex.Transaction, templateId: number): Promise<SectionPlan[]> {
  const row = (await trx('bid_templates').where({ id: templateId }).first('sections')) as
    { sections: string } | undefined;
  if (!row) throw notFound('bidTemplate', templateId);
  const parts = templateParts.parse(JSON.parse(row.sections));
  const ids = [...new Set(parts.flatMap((p) => p.libraryItemIds))];
  const alive = new Set(
    ((await trx('library_items').whereIn('id', ids).where('active', true).select('id')) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  return parts.map((p) => ({
    ...p,
    generator: p.kind === 'generated' ? p.generator : null,
    libraryItemIds: p.libraryItemIds.filter((id) => alive.has(id)),
    requiredDocId: null,
  }));
}
