import type { Knex } from 'knex';
import { quoteFormatInput, type QuoteFormat } from '../../shared/quotes/contract';
import { bool, nowIso } from '../db/rows';
import { notFound } from '../rpc/errors';

type Db = Knex | Knex.Transaction;
type FormatRow = { id: number; name: string; config: string; is_default: number | boolean };

const toFormat = (r: FormatRow): QuoteFormat & { id: number } => ({
  ...quoteFormatInput.parse(JSON.parse(r.config)),
  name: r.name,
  isDefault: bool(r.is_default),
  id: r.id,
});

export async function listFormats(db: Db): Promise<(QuoteFormat & { id: number })[]> {
  return ((await db('quote_formats').orderBy('id')) as FormatRow[]).map(toFormat);
}

/** The chosen format, else the customer's own, else the default one, else the first. */
export async function formatFor(
  db: Db,
  id: number | null,
  customerId: number | null = null,
): Promise<QuoteFormat & { id: number }> {
  const formats = await listFormats(db);
  if (id !== null) {
    const chosen = formats.find((f) => f.id === id);
    if (!chosen) throw notFound('quoteFormat', id);
    return chosen;
  }
  const own =
    customerId === null
      ? undefined
      : (
          (await db('customers').where({ id: customerId }).first('quote_format_id')) as
            { quote_format_id: number | null } | undefined
        )?.quote_format_id;
  const fallback = formats.find((f) => f.id === own) ?? formats.find((f) => f.isDefault) ?? formats[0];
  if (!fallback) throw notFound('quoteFormat', 'default');
  return fallback;
}

/** Saves a format; making one the default takes the mark from the others. */
export async function saveFormat(
  trx: Knex.Transaction,
  id: number | null,
  format: QuoteFormat,
): Promise<QuoteFormat & { id: number }> {
  if (format.isDefault) await trx('quote_formats').update({ is_default: false });
  const row = { name: format.name, config: JSON.stringify(format), is_default: format.isDefault, updated_at: nowIso() };
  let savedId = id;
  if (id === null) {
    const [created] = (await trx('quote_formats').insert(row).returning('id')) as { id: number }[];
    savedId = created!.id;
  } else if ((await trx('quote_formats').where({ id }).update(row)) !== 1) {
    throw notFound('quoteFormat', id);
  }
  return formatFor(trx, savedId);
}
