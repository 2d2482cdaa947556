import type { Knex } from 'knex';
import * as m0001 from './0001_foundation';

export interface NamedMigration extends Knex.Migration {
  name: string;
}

/** Every migration, in order. Append only; never rename or reorder a shipped one. */
export const MIGRATIONS: readonly NamedMigration[] = [{ name: '0001_foundation', ...m0001 }];

/** A knex migration source that reads the list above instead of scanning a folder. */
export const migrationSource: Knex.MigrationSource<NamedMigration> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};
