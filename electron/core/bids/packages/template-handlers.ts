import { duplicate, notFound } from '../../rpc/errors';
import { nowIso } from '../../db/rows';
import type { HandlerMap } from '../../rpc/handler';
import { getPackage } from './package-store';
import { templateJson, type TemplatePart } from './template-store';

type Channel = 'bids.packages.templates' | 'bids.packages.saveTemplate' | 'bids.packages.deleteTemplate';

interface TemplateDbRow {
  id: number;
  name: string;
  notes: string | null;
  sections: string;
  updated_at: string;
}

const toTemplateRow = (r: TemplateDbRow) => ({
  id: r.id,
  name: r.name,
  notes: r.notes,
  sectionCount: (JSON.parse(r.sections) as unknown[]).length,
  updatedAt: r.updated_at,
});

/** Bid templates: a package's parts and texts kept to start the next bid from. */
export const templateHandlers: HandlerMap<Channel> = {
  'bids.packages.templates': async (_input, { db }) =>
    ((await db('bid_templates').orderBy('name')) as TemplateDbRow[]).map(toTemplateRow),
  'bids.packages.saveTemplate': async ({ packageId, name, notes }, ctx) => {
    const trx = ctx.tx();
    if (await trx('bid_templates').where({ name }).first('id')) throw duplicate('name', name);
    const p = await getPackage(trx, packageId);
    const parts: TemplatePart[] = p.sections.map((s) => ({
      kind: s.kind,
      generator: s.generator,
      title: s.title,
      bodyHtml: s.bodyHtml,
      inOriginal: s.inOriginal,
      inCopies: s.inCopies,
      libraryItemIds: s.items.flatMap((i) => (i.libraryItemId === null ? [] : [i.libraryItemId])),
    }));
    const now = nowIso();
    const [row] = (await trx('bid_templates')
      .insert({
        name,
        notes,
        sections: templateJson(parts),
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const saved = (await trx('bid_templates').where({ id: row!.id }).first()) as TemplateDbRow;
    await ctx.audit({
      entity: 'bidTemplate',
      entityId: saved.id,
      action: 'create',
      after: { name, notes, packageId, sections: parts.map((s) => s.title) },
    });
    return toTemplateRow(saved);
  },
  'bids.packages.deleteTemplate': async ({ id }, ctx) => {
    const trx = ctx.tx();
    const row = (await trx('bid_templates').where({ id }).first()) as TemplateDbRow | undefined;
    if (!row) throw notFound('bidTemplate', id);
    await trx('bid_templates').where({ id }).delete();
    await ctx.audit({ entity: 'bidTemplate', entityId: id, action: 'delete', before: { name: row.name } });
    return { id };
  },
};
