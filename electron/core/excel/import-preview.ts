import type { z } from 'zod';
import type { excelChannels, ImportPreview, ImportRowError } from '../../shared/excel/contract';
import { translate } from '../../shared/i18n/translate';
import { AppError } from '../rpc/errors';
import type { HandlerContext } from '../rpc/handler';
import { fieldLabel, parseIn } from '../rpc/validation';
import { columnByHeader, EXCEL_COLUMNS, type ExcelColumn } from './columns';
import type { ImportRow } from './import-store';
import { MASTER_KINDS } from './master-kinds';
import { MAX_IMPORT_ROWS, readFirstSheet, type ReadSheet } from './workbook';

type PreviewInput = z.output<(typeof excelChannels)['excel.preview']['input']>;
type Draft = Record<string, unknown>;

const SAMPLE_ROWS = 20;
const CHUNK = 500;

async function readSheet(dataBase64: string): Promise<ReadSheet> {
  let sheet: ReadSheet | null;
  try {
    sheet = await readFirstSheet(Buffer.from(dataBase64, 'base64'));
  } catch (err) {
    throw new AppError('VALIDATION', 'errors.importBadFile', { detail: String((err as Error).message).slice(0, 200) });
  }
  if (!sheet) throw new AppError('VALIDATION', 'errors.importNoSheet');
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    throw new AppError('VALIDATION', 'errors.importTooMany', { max: MAX_IMPORT_ROWS });
  return sheet;
}

/** The primary contact or default address first, with the file's values laid over it. */
function mergeFirst(existing: unknown, flag: 'isPrimary' | 'isDefault', given: Draft): Draft[] {
  const list = Array.isArray(existing) ? (existing as Draft[]) : [];
  const firstIndex = Math.max(
    0,
    list.findIndex((x) => x[flag]),
  );
  const first = list[firstIndex] ?? {};
  const rest = list.filter((_, i) => i !== firstIndex).map((x) => ({ ...x, [flag]: false }));
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  return [{ ...first, ...defined, [flag]: true }, ...rest];
}

/** Back from a schema path to the sheet's column: contacts.0.mobile -> contact.mobile. */
function columnForPath(columns: ExcelColumn[], path: string): ExcelColumn | undefined {
  const field = path.replace(/^contacts\.0\./, 'contact.').replace(/^addresses\.0\./, 'address.');
  return columns.find((c) => c.field === field);
}

/**
 * Reads an xlsx into validated rows without writing anything: every problem is reported
 * with its Excel row and column; the rows wait in memory for the user's go-ahead.
 */
export async function previewImport(input: PreviewInput, ctx: HandlerContext): Promise<ImportPreview> {
  const kind = MASTER_KINDS[input.kind];
  ctx.require(kind.permission);
  const { locale } = ctx;
  const sheet = await readSheet(input.dataBase64);
  const columns = sheet.headers.map((h) => (h ? columnByHeader(input.kind, h) : undefined));
  const present = columns.filter((c): c is ExcelColumn => c !== undefined);
  const label = (c: ExcelColumn) => (locale === 'en' ? c.en : c.zh);
  const errors: ImportRowError[] = [];

  for (const required of EXCEL_COLUMNS[input.kind].filter((c) => c.required)) {
    if (!present.includes(required))
      errors.push({
        row: 1,
        column: label(required),
        message: translate(locale, 'excelImport.missingHeader', { column: label(required) }),
      });
  }

  // Which codes already exist: those rows update their record.
  const codeIndex = columns.findIndex((c) => c?.field === 'code');
  const codes =
    codeIndex < 0
      ? []
      : Array.from(new Set(sheet.rows.map((r) => r.cells[codeIndex]).filter((c): c is string => Boolean(c))));
  const existingIds = new Map<string, number>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const found = (await ctx
      .db(kind.table)
      .whereIn('code', codes.slice(i, i + CHUNK))
      .select('id', 'code')) as { id: number; code: string }[];
    for (const f of found) existingIds.set(f.code, f.id);
  }

  const valid: ImportRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const { row, cells } of errors.length ? [] : sheet.rows) {
    const draft: Draft = {};
    const contact: Draft = {};
    const address: Draft = {};
    let rowHasError = false;
    const fail = (column: string, message: string) => {
      rowHasError = true;
      errors.push({ row, column, message });
    };
    columns.forEach((column, i) => {
      if (!column) return;
      let value: unknown;
      try {
        value = column.kind.read(cells[i] ?? '');
      } catch (err) {
        fail(label(column), translate(locale, (err as Error).message));
        return;
      }
      const [target, key] = column.field.startsWith('contact.')
        ? [contact, column.field.slice(8)]
        : column.field.startsWith('address.')
          ? [address, column.field.slice(8)]
          : [draft, column.field];
      target[key] = value;
    });

    const code = typeof draft.code === 'string' ? draft.code : null;
    if (code) {
      const first = firstRowOfCode.get(code);
      if (first !== undefined)
        fail(
          label(present.find((c) => c.field === 'code')!),
          translate(locale, 'excelImport.duplicateCode', { code, first }),
        );
      else firstRowOfCode.set(code, row);
    }

    const existingId = code ? existingIds.get(code) : undefined;
    const existing = existingId ? await kind.get(ctx.db, existingId) : null;
    const composed: Draft = { ...(existing ?? {}) };
    for (const [k, v] of Object.entries(draft)) if (v !== undefined) composed[k] = v;
    if (Object.values(contact).some((v) => v !== null && v !== undefined))
      composed.contacts = mergeFirst(composed.contacts, 'isPrimary', contact);
    if (Object.values(address).some((v) => v !== null && v !== undefined))
      composed.addresses = mergeFirst(composed.addresses, 'isDefault', address);

    const parsed = parseIn(kind.schema, composed, locale);
    if (!parsed.ok) {
      for (const f of parsed.fields) {
        const column = columnForPath(present, f.path);
        fail(column ? label(column) : fieldLabel(locale, f.path), f.message);
      }
    }
    if (parsed.ok)
      for (const f of kind.refused?.(ctx.user, parsed.data as never, existing) ?? []) {
        const column = columnForPath(present, f.path);
        fail(column ? label(column) : fieldLabel(locale, f.path), translate(locale, f.message));
      }
    if (!rowHasError && parsed.ok)
      valid.push({
        row,
        existing: existing ? { id: existing.id, lockVersion: existing.lockVersion } : null,
        data: parsed.data,
      });
  }

  const pending = ctx.services.imports.add(input.kind, ctx.user!.id, valid, errors.length);
  const headers = present.map(label);
  return {
    importId: pending.id,
    kind: input.kind,
    total: sheet.rows.length,
    valid: valid.length,
    errors: errors.slice(0, 1000),
    columns: headers,
    sample: sheet.rows
      .slice(0, SAMPLE_ROWS)
      .map(({ cells }) => Object.fromEntries(columns.flatMap((c, i) => (c ? [[label(c), cells[i] ?? '']] : [])))),
  };
}
