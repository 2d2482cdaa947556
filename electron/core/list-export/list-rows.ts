import { channels } from '../../shared/contracts';
import { EXPORTABLE_LISTS, MAX_EXPORT_ROWS, type ExportableList } from '../../shared/list-export/contract';
import type { Page } from '../../shared/rpc/list';
import { AppError } from '../rpc/errors';
import type { HandlerContext, HandlerEntry } from '../rpc/handler';
import { fieldLabel, parseIn } from '../rpc/validation';
import { LIST_SOURCES } from './list-sources';

/** Rows read per pass: the list's own query, a thousand ids at a time. */
const CHUNK = 1000;

type AnyHandler = (input: unknown, ctx: HandlerContext) => Promise<Page<unknown>>;

/**
 * Every row of a list as the user asked for it (filters, search, sort), page after page through the list's own
 * handler, under the list's own permission and input rules; `onPage` sees each page as it comes.
 */
export async function eachListPage(
  list: ExportableList,
  input: Record<string, unknown>,
  ctx: HandlerContext,
  onPage: (rows: unknown[], total: number) => void | Promise<void>,
): Promise<number> {
  const def = channels[list];
  if (def.access !== 'session' && def.access !== 'public') ctx.require(def.access);
  const parsed = parseIn(def.input, { ...input, page: 1, pageSize: 1 }, ctx.locale);
  if (!parsed.ok)
    throw new AppError(
      'VALIDATION',
      'exportMsg.errors.badListInput',
      { detail: parsed.fields.map((f) => `${fieldLabel(ctx.locale, f.path)}：${f.message}`).join('；') },
      parsed.fields.map((f) => ({ path: `input.${f.path}`, message: f.message })),
    );
  const entry = LIST_SOURCES[list] as HandlerEntry<ExportableList>;
  const run = (typeof entry === 'function' ? entry : entry.run) as unknown as AnyHandler;
  const listCtx: HandlerContext = { ...ctx, channel: list };
  let read = 0;
  for (let page = 1; ; page++) {
    // The page size is the export's own: the list's limit of 500 a screen is for screens.
    const result = await run({ ...(parsed.data as object), page, pageSize: CHUNK }, listCtx);
    if (page === 1 && result.total > MAX_EXPORT_ROWS)
      throw new AppError('VALIDATION', 'exportMsg.errors.tooMany', { total: result.total, max: MAX_EXPORT_ROWS });
    read += result.rows.length;
    await onPage(result.rows, result.total);
    if (result.rows.length < CHUNK || read >= result.total) return read;
  }
}

export const listTitleKey = (list: ExportableList) => `exportMsg.lists.${EXPORTABLE_LISTS[list]}`;
