import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { contact, contactOut, id, mnemonic, optCode, optTaxId, optText, partyRow, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const supplierInput = z.object({
  code: optCode,
  name: text(100),
  shortName: optText(40),
  mnemonic,
  taxId: optTaxId,
  bankName: optText(100),
  bankAccount: optText(60),
  categories: z.array(text(40)).max(20).default([]),
  notes: optText(2000),
  active: z.boolean().default(true),
  contacts: z.array(contact).max(50).default([]),
});
export type SupplierInput = z.input<typeof supplierInput>;

export const supplierRow = partyRow.extend({
  categories: z.array(z.string()),
});
export type SupplierRow = z.output<typeof supplierRow>;

export const supplierDetail = supplierRow.extend({
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable(),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  createdAt: z.string(),
  contacts: z.array(contactOut),
});
export type SupplierDetail = z.output<typeof supplierDetail>;

export const SUPPLIER_SORTABLE = ['code', 'name', 'shortName', 'updatedAt'] as const;

export const supplierChannels = {
  'suppliers.list': query(
    'masterdata.read',
    listInput(SUPPLIER_SORTABLE, { active: z.boolean(), category: z.string().trim().max(40) }),
    pageOf(supplierRow),
  ),
  'suppliers.get': query('masterdata.read', z.object({ id }), supplierDetail),
  'suppliers.create': mutation('suppliers.write', supplierInput, supplierDetail),
  'suppliers.update': mutation(
    'suppliers.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: supplierInput }),
    supplierDetail,
  ),
  'suppliers.setActive': mutation('suppliers.write', z.object({ id, active: z.boolean() }), supplierDetail),
};
