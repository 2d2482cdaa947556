import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import {
  contact,
  contactOut,
  fen,
  id,
  mnemonic,
  optCode,
  optId,
  optTaxId,
  optText,
  orNull,
  partyRow,
  text,
} from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const address = z.object({
  id: id.optional(),
  label: optText(40),
  address: text(200),
  contact: optText(40),
  phone: optText(40),
  isDefault: z.boolean().default(false),
});

export const customerInput = z.object({
  code: optCode,
  name: text(100),
  shortName: optText(40),
  mnemonic,
  taxId: optTaxId,
  invoiceTitle: optText(100),
  invoiceAddressPhone: optText(200),
  invoiceBankAccount: optText(200),
  paymentTerms: optText(100),
  /** Payment days and credit limit: only a user with credit.manage may set or change them. */
  paymentDays: z.number().int().min(0).max(3650).default(0),
  /** Empty (null): no limit; 0: cash only. */
  creditLimit: orNull(fen),
  salesperson: optText(40),
  notes: optText(2000),
  active: z.boolean().default(true),
  /** The quote format this customer's quotes print in unless another is chosen. */
  quoteFormatId: optId,
  /** Whether this customer's delivery notes print prices and amounts. */
  deliveryShowPrices: z.boolean().default(true),
  contacts: z.array(contact).max(50).default([]),
  addresses: z.array(address).max(50).default([]),
});
export type CustomerInput = z.input<typeof customerInput>;

export const customerRow = partyRow.extend({
  paymentTerms: z.string().nullable(),
  paymentDays: z.number().int(),
  creditLimit: z.number().int().nullable(),
  salesperson: z.string().nullable(),
});
export type CustomerRow = z.output<typeof customerRow>;

export const customerDetail = customerRow.extend({
  invoiceTitle: z.string().nullable(),
  invoiceAddressPhone: z.string().nullable(),
  invoiceBankAccount: z.string().nullable(),
  notes: z.string().nullable(),
  quoteFormatId: z.number().int().nullable(),
  deliveryShowPrices: z.boolean(),
  lockVersion: z.number().int(),
  createdAt: z.string(),
  contacts: z.array(contactOut),
  addresses: z.array(
    z.object({
      id,
      label: z.string().nullable(),
      address: z.string(),
      contact: z.string().nullable(),
      phone: z.string().nullable(),
      isDefault: z.boolean(),
    }),
  ),
});
export type CustomerDetail = z.output<typeof customerDetail>;

export const CUSTOMER_SORTABLE = [
  'code',
  'name',
  'shortName',
  'creditLimit',
  'paymentDays',
  'salesperson',
  'updatedAt',
] as const;

export const customerChannels = {
  'customers.list': query(
    'masterdata.read',
    listInput(CUSTOMER_SORTABLE, { active: z.boolean(), salesperson: z.string().trim().max(40) }),
    pageOf(customerRow),
  ),
  'customers.get': query('masterdata.read', z.object({ id }), customerDetail),
  'customers.create': mutation('customers.write', customerInput, customerDetail),
  'customers.update': mutation(
    'customers.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: customerInput }),
    customerDetail,
  ),
  'customers.setActive': mutation('customers.write', z.object({ id, active: z.boolean() }), customerDetail),
};
