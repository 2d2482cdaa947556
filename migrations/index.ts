import type { Knex } from 'knex';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_quotes';
import * as m0003 from './0003_register';
import * as m0004 from './0004_deliveries';
import * as m0005 from './0005_redelivery';
import * as m0006 from './0006_search_trigrams';
import * as m0007 from './0007_lock_version';
import * as m0008 from './0008_search_bigrams';
import * as m0009 from './0009_list_indexes';
import * as m0010 from './0010_document_trigrams';
import * as m0011 from './0011_finance';
import * as m0012 from './0012_order_lifecycle';
import * as m0013 from './0013_direct_orders';
import * as m0014 from './0014_frozen_documents';
import * as m0016 from './0016_product_stock';
import * as m0017 from './0017_purchasing';
import * as m0019 from './0019_drop_ship_notes';
import * as m0020 from './0020_bids';

export interface NamedMigration extends Knex.Migration {
  name: string;
}

/** Every migration, in order. Append only; never rename or reorder a shipped one. */
export const MIGRATIONS: readonly NamedMigration[] = [
  { name: '0001_foundation', ...m0001 },
  { name: '0002_quotes', ...m0002 },
  { name: '0003_register', ...m0003 },
  { name: '0004_deliveries', ...m0004 },
  { name: '0005_redelivery', ...m0005 },
  { name: '0006_search_trigrams', ...m0006 },
  { name: '0007_lock_version', ...m0007 },
  { name: '0008_search_bigrams', ...m0008 },
  { name: '0009_list_indexes', ...m0009 },
  { name: '0010_document_trigrams', ...m0010 },
  { name: '0011_finance', ...m0011 },
  { name: '0012_order_lifecycle', ...m0012 },
  { name: '0013_direct_orders', ...m0013 },
  { name: '0014_frozen_documents', ...m0014 },
  { name: '0016_product_stock', ...m0016 },
  { name: '0017_purchasing', ...m0017 },
  { name: '0019_drop_ship_notes', ...m0019 },
  { name: '0020_bids', ...m0020 },
];

/** A knex migration source that reads the list above instead of scanning a folder. */
export const migrationSource: Knex.MigrationSource<NamedMigration> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};
