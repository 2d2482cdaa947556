import type { Knex } from 'knex';
import { receivableSettings, type ReceivableSettings } from '../../shared/receivables/receivable-settings';
import { readSetting } from '../settings/settings-store';

export const RECEIVABLE_SETTINGS_KEY = 'receivables';

/** The overdue and ageing bases, the ageing buckets and the 回执 reminder days; defaults until saved. */
export const readReceivableSettings = (db: Knex | Knex.Transaction): Promise<ReceivableSettings> =>
  readSetting(db, RECEIVABLE_SETTINGS_KEY, receivableSettings, receivableSettings.parse({}));
