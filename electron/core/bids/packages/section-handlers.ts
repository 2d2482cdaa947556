import { assertExists } from '../../db/references';
import { contains } from '../../db/list-query';
import { AppError } from '../../rpc/errors';
import type { HandlerMap } from '../../rpc/handler';
import { insertSections, sectionIds, writeOrder } from './package-sections';
import { draftForEdit, getPackage, sectionPackage } from './package-store';
import { cleanBodyHtml } from './sanitize-body';

type Channel =
  | 'bids.packages.addSection'
  | 'bids.packages.updateSection'
  | 'bids.packages.moveSection'
  | 'bids.packages.reorderSections'
  | 'bids.packages.removeSection'
  | 'bids.packages.setSectionItems'
  | 'bids.packages.libraryPicker';

const titles = async (trx: Parameters<typeof getPackage>[0], packageId: number) =>
  (await getPackage(trx, packageId)).sections.map((s) => s.title);

/** The parts of a package: added, renamed, written, moved, removed, and the library items they attach. */
export const sectionHandlers: HandlerMap<Channel> = {
  'bids.packages.addSection': async ({ packageId, kind, generator, title, afterId }, ctx) => {
    const trx = ctx.tx();
    await draftForEdit(trx, packageId);
    if (kind === 'generated' && generator === null)
      throw new AppError('VALIDATION', 'bidPackagesMsg.errors.generatorNeeded', {}, [
        { path: 'generator', message: 'bidPackagesMsg.errors.generatorNeeded' },
      ]);
    const before = await sectionIds(trx, packageId);
    if (afterId !== null && !before.includes(afterId))
      throw new AppError('VALIDATION', 'bidPackagesMsg.errors.sectionOfOther');
    await insertSections(trx, packageId, [
      {
        kind,
        generator: kind === 'generated' ? generator : null,
        title,
        bodyHtml: null,
        inOriginal: true,
        inCopies: true,
        libraryItemIds: [],
        requiredDocId: null,
      },
    ]);
    const all = await sectionIds(trx, packageId);
    const added = all[all.length - 1]!;
    if (afterId !== null) {
      const order = before.slice();
      order.splice(before.indexOf(afterId) + 1, 0, added);
      await writeOrder(trx, order);
    }
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'addSection',
      after: { section: title, kind, generator },
    });
    return getPackage(trx, packageId);
  },
  'bids.packages.updateSection': async ({ id, title, bodyHtml, inOriginal, inCopies, requiredDocId }, ctx) => {
    const trx = ctx.tx();
    const { packageId, kind } = await sectionPackage(trx, id);
    const pkg = await draftForEdit(trx, packageId);
    if (requiredDocId !== null) {
      const doc = await trx('tender_required_docs').where({ id: requiredDocId, tender_id: pkg.tender_id }).first('id');
      if (!doc)
        throw new AppError('VALIDATION', 'bidPackagesMsg.errors.docOfOtherTender', {}, [
          { path: 'requiredDocId', message: 'bidPackagesMsg.errors.docOfOtherTender' },
        ]);
    }
    const before = (await trx('bid_sections').where({ id }).first()) as {
      title: string;
      body_html: string | null;
      in_original: unknown;
      in_copies: unknown;
      required_doc_id: number | null;
    };
    // Attachments parts hold files, not text; written and generated parts keep their wording, cleaned.
    const body = kind === 'attachments' ? null : cleanBodyHtml(bodyHtml);
    await trx('bid_sections').where({ id }).update({
      title,
      body_html: body,
      in_original: inOriginal,
      in_copies: inCopies,
      required_doc_id: requiredDocId,
    });
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'updateSection',
      before: {
        section: before.title,
        bodyChanged: false,
        inOriginal: Boolean(before.in_original),
        inCopies: Boolean(before.in_copies),
        requiredDocId: before.required_doc_id,
      },
      after: {
        section: title,
        bodyChanged: body !== before.body_html,
        inOriginal,
        inCopies,
        requiredDocId,
      },
    });
    return getPackage(trx, packageId);
  },
  'bids.packages.moveSection': async ({ id, direction }, ctx) => {
    const trx = ctx.tx();
    const { packageId } = await sectionPackage(trx, id);
    await draftForEdit(trx, packageId);
    const order = await sectionIds(trx, packageId);
    const at = order.indexOf(id);
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to >= 0 && to < order.length) {
      const before = await titles(trx, packageId);
      [order[at], order[to]] = [order[to]!, order[at]!];
      await writeOrder(trx, order);
      await ctx.audit({
        entity: 'bidPackage',
        entityId: packageId,
        action: 'reorderSections',
        before: { sections: before },
        after: { sections: await titles(trx, packageId) },
      });
    }
    return getPackage(trx, packageId);
  },
  'bids.packages.reorderSections': async ({ packageId, ids }, ctx) => {
    const trx = ctx.tx();
    await draftForEdit(trx, packageId);
    const current = await sectionIds(trx, packageId);
    const same =
      ids.length === current.length && new Set(ids).size === ids.length && ids.every((i) => current.includes(i));
    if (!same) throw new AppError('CONFLICT', 'bidPackagesMsg.errors.sectionsChanged');
    const before = await titles(trx, packageId);
    await writeOrder(trx, ids);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'reorderSections',
      before: { sections: before },
      after: { sections: await titles(trx, packageId) },
    });
    return getPackage(trx, packageId);
  },
  'bids.packages.removeSection': async ({ id }, ctx) => {
    const trx = ctx.tx();
    const { packageId } = await sectionPackage(trx, id);
    await draftForEdit(trx, packageId);
    const row = (await trx('bid_sections').where({ id }).first('title', 'kind')) as { title: string; kind: string };
    await trx('bid_section_items').where({ section_id: id }).delete();
    await trx('bid_sections').where({ id }).delete();
    await writeOrder(trx, await sectionIds(trx, packageId));
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'removeSection',
      before: { section: row.title, kind: row.kind },
    });
    return getPackage(trx, packageId);
  },
  'bids.packages.setSectionItems': async ({ sectionId, items }, ctx) => {
    const trx = ctx.tx();
    const { packageId, kind } = await sectionPackage(trx, sectionId);
    await draftForEdit(trx, packageId);
    if (kind !== 'attachments') throw new AppError('VALIDATION', 'bidPackagesMsg.errors.notAttachments');
    for (const item of items) {
      await assertExists(trx, 'library_items', 'libraryItem', item.libraryItemId);
      await assertExists(trx, 'attachments', 'attachment', item.attachmentId);
    }
    const before = (await getPackage(trx, packageId)).sections.find((s) => s.id === sectionId)!;
    await trx('bid_section_items').where({ section_id: sectionId }).delete();
    if (items.length)
      await trx('bid_section_items').insert(
        items.map((item, i) => ({
          section_id: sectionId,
          position: i + 1,
          library_item_id: item.libraryItemId,
          attachment_id: item.attachmentId,
        })),
      );
    const after = await getPackage(trx, packageId);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'setSectionItems',
      before: { section: before.title, files: before.items.map((i) => i.title) },
      after: {
        section: before.title,
        files: after.sections.find((s) => s.id === sectionId)!.items.map((i) => i.title),
      },
    });
    return after;
  },
  'bids.packages.libraryPicker': async ({ q, kind }, { db }) => {
    const rows = db('library_items')
      .where('active', true)
      .orderBy([
        { column: 'kind', order: 'asc' },
        { column: 'title', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(100)
      .select('id', 'kind', 'title', 'number', 'issuer', 'valid_to');
    if (kind) rows.where('kind', kind);
    if (q)
      rows.where((w) => {
        for (const column of ['title', 'number', 'issuer', 'tags', 'brand']) w.orWhereRaw(...contains(column, q));
      });
    return (
      (await rows) as {
        id: number;
        kind: string;
        title: string;
        number: string | null;
        issuer: string | null;
        valid_to: string | null;
      }[]
    ).map((r) => ({ id: r.id, kind: r.kind, title: r.title, number: r.number, issuer: r.issuer, validTo: r.valid_to }));
  },
};
