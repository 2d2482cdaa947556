import type { Knex } from 'knex';
import { companySettings, type CompanySettings } from '../../shared/settings/contract';
import { readSetting } from './settings-store';

export const COMPANY_KEY = 'company';
const EMPTY_COMPANY = companySettings.parse({});

/** The company's letterhead data (name, tax id, bank, logo, seal); empty fields until 设置 fills them. */
export const readCompany = (db: Knex | Knex.Transaction): Promise<CompanySettings> =>
  readSetting(db, COMPANY_KEY, companySettings, EMPTY_COMPANY);
