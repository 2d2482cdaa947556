import type { Knex } from 'knex';
import { numberingSettings, type DocType, type NumberingSettings } from '../../shared/settings/contract';
import { readSetting } from '../settings/settings-store';
import { DEFAULT_NUMBER_FORMATS, formatNumber } from './number-formats';
import { now } from '../dates';

export const NUMBERING_KEY = 'numbering';

export async function readNumberFormats(db: Knex | Knex.Transaction): Promise<NumberingSettings> {
  const stored = await readSetting(db, NUMBERING_KEY, numberingSettings.partial(), {});
  return { ...DEFAULT_NUMBER_FORMATS, ...stored };
}

/**
 * Takes the next number of a series inside the caller's transaction: the row
 * update locks the series (PostgreSQL) or the database (SQLite), so concurrent
 * creates never share a number, and a rolled-back create gives its number back.
 */
export async function nextNumber(trx: Knex.Transaction, type: DocType, date = now()): Promise<string> {
  const format = (await readNumberFormats(trx))[type];
  const year = format.yearly ? date.getFullYear() : 0;
  const key = { doc_type: type, year };
  await trx('number_sequences')
    .insert({ ...key, next_value: 1 })
    .onConflict(['doc_type', 'year'])
    .ignore();
  await trx('number_sequences').where(key).increment('next_value', 1);
  const row = (await trx('number_sequences').where(key).first('next_value')) as { next_value: number | string };
  return formatNumber(format, year, Number(row.next_value) - 1);
}

/** A free master code: skips numbers a user already typed by hand. */
export async function nextFreeCode(trx: Knex.Transaction, type: DocType, table: string): Promise<string> {
  for (;;) {
    const candidate = await nextNumber(trx, type);
    const taken = await trx(table).where({ code: candidate }).first('id');
    if (!taken) return candidate;
  }
}
