import { pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { updateAtLockVersion } from '../db/lock-version';
import { nowIso } from '../db/rows';
import { moveNotes } from '../deliveries/note-store';
import { nextNumber } from '../numbering/numbering';
import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { renderRunSheet } from './dispatch-documents';
import { freeNotes, getRun, loadNotes, runQuery, toRunRow, type RunDbRow } from './dispatch-store';

type Channel =
  | 'dispatch.runs.list'
  | 'dispatch.runs.get'
  | 'dispatch.runs.create'
  | 'dispatch.runs.depart'
  | 'dispatch.runs.cancel'
  | 'dispatch.runs.return'
  | 'dispatch.runs.sheet';

function expectRun(run: { number: string; status: string }, status: string, action: string): void {
  if (run.status !== status)
    throw new AppError('CONFLICT', 'errors.runWrongStatus', {
      number: run.number,
      status: `@runStatus.${run.status}`,
      action: `@deliveryAction.${action}`,
    });
}

/** 派车: our own vehicle's run, its stops, out and back. */
export const runHandlers: HandlerMap<Channel> = {
  'dispatch.runs.list': async (input, { db }) => {
    const base = db('dispatch_runs');
    if (input.filters.status) base.where('dispatch_runs.status', input.filters.status);
    if (input.filters.date) base.where('dispatch_runs.date', input.filters.date);
    return pageQuery(
      base,
      input,
      {
        search: (term) => documentMatchIds(db, 'dispatch_runs', term),
        sortColumns: { number: 'dispatch_runs.number', date: 'dispatch_runs.date' },
        defaultSort: { column: 'dispatch_runs.date', dir: 'desc' },
        idColumn: 'dispatch_runs.id',
        read: runQuery(db),
      },
      (r: RunDbRow) => toRunRow(r),
    );
  },
  'dispatch.runs.get': async ({ id }, { db }) => getRun(db, id),
  'dispatch.runs.create': async ({ noteIds, ...run }, ctx) => {
    const trx = ctx.tx();
    const number = await nextNumber(trx, 'dispatch_run', new Date(`${run.date}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('dispatch_runs')
      .insert({
        ...run,
        number,
        status: 'planned',
        lock_version: 1,
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await loadNotes(ctx, noteIds, (_id, i) => ({ run_id: row!.id, stop_no: i + 1 }));
    const created = await getRun(trx, row!.id);
    await ctx.audit({ entity: 'dispatchRun', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'dispatch.runs.depart': async ({ id }, ctx) => {
    const trx = ctx.tx();
    const run = await getRun(trx, id);
    expectRun(run, 'planned', 'depart');
    await updateAtLockVersion(ctx.tx(), 'dispatch_runs', 'dispatchRun', id, run.lockVersion, {
      status: 'on_road',
      departed_at: nowIso(),
    });
    await moveNotes(
      trx,
      run.stopList.map((s) => s.noteId),
      'in_transit',
    );
    const after = await getRun(trx, id);
    await ctx.audit({
      entity: 'dispatchRun',
      entityId: id,
      action: 'depart',
      after: { status: 'on_road', notes: run.stopList.map((s) => s.number) },
    });
    return after;
  },
  'dispatch.runs.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const run = await getRun(trx, id);
    if (run.status !== 'planned')
      throw new AppError('CONFLICT', 'errors.runNotCancellable', {
        number: run.number,
        status: `@runStatus.${run.status}`,
      });
    await updateAtLockVersion(trx, 'dispatch_runs', 'dispatchRun', id, run.lockVersion, { status: 'cancelled' });
    const freed = run.stopList.map((s) => s.noteId);
    await freeNotes(trx, freed);
    const after = await getRun(trx, id);
    await ctx.audit({
      entity: 'dispatchRun',
      entityId: id,
      action: 'cancel',
      before: { status: run.status },
      after: { status: 'cancelled', reason, freed: run.stopList.map((s) => s.number) },
    });
    return after;
  },
  'dispatch.runs.return': async ({ id, delivered, date }, ctx) => {
    const trx = ctx.tx();
    const run = await getRun(trx, id);
    expectRun(run, 'on_road', 'return');
    const onRun = run.stopList.map((s) => s.noteId);
    for (const noteId of delivered)
      if (!onRun.includes(noteId))
        throw new AppError('VALIDATION', 'errors.notOnRun', { number: run.number }, [
          { path: 'delivered', message: 'errors.notOnRun' },
        ]);
    await updateAtLockVersion(ctx.tx(), 'dispatch_runs', 'dispatchRun', id, run.lockVersion, {
      status: 'returned',
      returned_at: nowIso(),
    });
    if (delivered.length) await moveNotes(trx, delivered, 'delivered', { delivered_on: date });
    // What could not be handed over comes back to the warehouse, checked, off the run.
    const back = onRun.filter((n) => !delivered.includes(n));
    if (back.length) await moveNotes(trx, back, 'checked', { run_id: null, stop_no: null });
    const after = await getRun(trx, id);
    await ctx.audit({
      entity: 'dispatchRun',
      entityId: id,
      action: 'return',
      after: { status: 'returned', delivered, back },
    });
    return after;
  },
  'dispatch.runs.sheet': async ({ id }, { services, locale }) => {
    const { filename, pdf } = await renderRunSheet(services.db(), services, id, locale);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64') };
  },
};
