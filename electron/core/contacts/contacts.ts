import type { Knex } from 'knex';
import type { Contact } from '../../shared/rpc/fields';
import { bool } from '../db/rows';

type Owner = 'customer' | 'supplier';
type Db = Knex | Knex.Transaction;

interface ContactDbRow {
  id: number;
  name: string;
  title: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  is_primary: number | boolean;
}

/** The primary contact: the one marked, else the first. */
export function primaryOf<C extends { isPrimary: boolean }>(contacts: C[]): C | undefined {
  return contacts.find((c) => c.isPrimary) ?? contacts[0];
}

export async function readContacts(db: Db, owner: Owner, ownerId: number) {
  const rows = (await db(`${owner}_contacts`)
    .where({ [`${owner}_id`]: ownerId })
    .orderBy('position')) as ContactDbRow[];
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    title: c.title,
    phone: c.phone,
    mobile: c.mobile,
    email: c.email,
    isPrimary: bool(c.is_primary),
  }));
}

/** Replaces the owner's contacts; exactly one is primary when there are any. */
export async function writeContacts(
  trx: Knex.Transaction,
  owner: Owner,
  ownerId: number,
  contacts: Contact[],
): Promise<void> {
  await trx(`${owner}_contacts`)
    .where({ [`${owner}_id`]: ownerId })
    .delete();
  if (!contacts.length) return;
  const primary = primaryOf(contacts);
  await trx(`${owner}_contacts`).insert(
    contacts.map((c, i) => ({
      [`${owner}_id`]: ownerId,
      position: i,
      name: c.name,
      title: c.title,
      phone: c.phone,
      mobile: c.mobile,
      email: c.email,
      is_primary: c === primary,
    })),
  );
}
