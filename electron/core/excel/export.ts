import type { Knex } from 'knex';
import type { z } from 'zod';
import type { ExcelKind, exportRequest } from '../../shared/excel/contract';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import { e4ToDecimal } from '../../shared/scaled';
import { customerQuery } from '../customers/handlers';
import { bool } from '../db/rows';
import { productQuery } from '../products/handlers';
import { matchingIds } from '../search/search-index';
import { supplierQuery } from '../suppliers/handlers';
import { EXCEL_COLUMNS, type ExcelColumn } from './columns';
import { MASTER_KINDS } from './master-kinds';
import { writeWorkbook } from './workbook';
import { now } from '../dates';

type Row = Record<string, unknown>;
const CHUNK = 500;

function filteredQuery(db: Knex, req: z.output<typeof exportRequest>): Knex.QueryBuilder {
  switch (req.kind) {
    case 'customers':
      return customerQuery(db, req.filters);
    case 'products':
      return productQuery(db, req.filters);
    case 'suppliers':
      return supplierQuery(db, req.filters);
  }
}

/** A stored value as the sheet shows it (prices from 1/10000 yuan, flags, JSON lists). */
function stored(column: ExcelColumn, row: Row | undefined): unknown {
  const v = row?.[column.dbColumn];
  if (v === undefined || v === null) return null;
  if (column.dbColumn.endsWith('_e4')) return e4ToDecimal(Number(v));
  if (column.dbColumn === 'active') return bool(v);
  if (column.dbColumn === 'categories') return JSON.parse(String(v)) as string[];
  return v;
}

async function byOwner(
  db: Knex,
  table: string | undefined,
  ownerColumn: string,
  flag: string,
  ids: number[],
): Promise<Map<number, Row>> {
  const map = new Map<number, Row>();
  if (!table) return map;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await db(table)
      .whereIn(ownerColumn, ids.slice(i, i + CHUNK))
      .where(flag, true)) as Row[];
    for (const r of rows) map.set(Number(r[ownerColumn]), r);
  }
  return map;
}

export function exportFileName(kind: ExcelKind, locale: Locale, date = now()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${translate(locale, `excelImport.files.${kind}`)}-${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}.xlsx`;
}

/** Everything the list shows for these filters, in the import layout, so it can be edited and re-imported. */
export async function exportXlsx(
  db: Knex,
  req: z.output<typeof exportRequest>,
  locale: Locale,
): Promise<{ filename: string; dataBase64: string; rows: number }> {
  const kind = MASTER_KINDS[req.kind];
  const query = filteredQuery(db, req).clearSelect().select(`${kind.table}.*`).orderBy('code');
  if (req.q?.trim()) query.whereIn('id', matchingIds(db, kind.table, req.q));
  const records = (await query) as Row[];
  const ids = records.map((r) => Number(r.id));
  const contacts = await byOwner(db, kind.contactTable, kind.ownerColumn, 'is_primary', ids);
  const addresses = await byOwner(db, kind.addressTable, kind.ownerColumn, 'is_default', ids);
  const columns = EXCEL_COLUMNS[req.kind];
  const rows = records.map((r) =>
    columns.map((c) => {
      const source = c.field.startsWith('contact.')
        ? contacts.get(Number(r.id))
        : c.field.startsWith('address.')
          ? addresses.get(Number(r.id))
          : r;
      return c.kind.write(stored(c, source));
    }),
  );
  const data = await writeWorkbook(columns, rows, locale, false);
  return { filename: exportFileName(req.kind, locale), dataBase64: data.toString('base64'), rows: rows.length };
}
