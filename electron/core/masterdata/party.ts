import type { Contact } from '../../shared/rpc/fields';
import { primaryOf } from '../contacts/contacts';
import { mnemonicOf, searchKeysOf, sortKeyOf, type SearchKeys } from '../search/search-keys';

/** What customers and suppliers share: a party with names, a tax id and contacts. */
export interface PartyData {
  name: string;
  shortName: string | null;
  mnemonic: string | null;
  taxId: string | null;
  notes: string | null;
  active: boolean;
  contacts: Contact[];
}

/** The party's own columns; the primary contact is copied onto the row for lists. */
export function partyColumns(d: PartyData, code: string) {
  const primary = primaryOf(d.contacts);
  return {
    code,
    name: d.name,
    short_name: d.shortName,
    // The short name is what people say, so the default 助记码 comes from it.
    mnemonic: d.mnemonic ?? mnemonicOf(d.shortName ?? d.name),
    tax_id: d.taxId,
    notes: d.notes,
    active: d.active,
    primary_contact: primary?.name ?? null,
    primary_phone: primary ? (primary.mobile ?? primary.phone) : null,
    name_sort: sortKeyOf(d.name),
  };
}

/** What a search finds a party by: code, both names in every reading, mnemonic, tax id. */
export function partyKeys(d: PartyData, columns: { code: string; mnemonic: string }): SearchKeys {
  return searchKeysOf({
    code: columns.code,
    names: [d.name, d.shortName],
    mnemonic: columns.mnemonic,
    extra: [d.taxId],
  });
}
