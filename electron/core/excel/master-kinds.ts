import type { Knex } from 'knex';
import type { z } from 'zod';
import { customerInput } from '../../shared/customers/contract';
import type { ExcelKind } from '../../shared/excel/contract';
import type { Permission } from '../../shared/auth/roles';
import { productInput } from '../../shared/products/contract';
import { supplierInput } from '../../shared/suppliers/contract';
import { createCustomer, getCustomer, updateCustomer } from '../customers/customer-store';
import { creditTermsRefused, type CreditTerms } from '../receivables/credit-terms';
import type { FieldError } from '../../shared/rpc/envelope';
import type { SessionUser } from '../../shared/users/contract';
import { createProduct, getProduct, updateProduct } from '../products/product-store';
import { createSupplier, getSupplier, updateSupplier } from '../suppliers/supplier-store';

type Db = Knex | Knex.Transaction;

/** What the Excel module needs of each master kind: its table, schema, permission and store. */
export interface MasterKind {
  table: 'customers' | 'products' | 'suppliers';
  entity: 'customer' | 'product' | 'supplier';
  permission: Permission;
  schema: z.ZodType;
  /** Contacts and delivery addresses live in these tables (none for products). */
  contactTable?: string;
  addressTable?: string;
  ownerColumn: string;
  get(db: Db, id: number): Promise<{ id: number; lockVersion: number } & Record<string, unknown>>;
  create(trx: Knex.Transaction, data: never): Promise<{ id: number }>;
  update(trx: Knex.Transaction, id: number, lockVersion: number, data: never): Promise<void>;
  /** Fields this user may not set to these values (the existing record's, or null for a new one). */
  refused?(user: SessionUser | null, data: never, existing: Record<string, unknown> | null): FieldError[];
}

export const MASTER_KINDS: Record<ExcelKind, MasterKind> = {
  customers: {
    table: 'customers',
    entity: 'customer',
    permission: 'customers.write',
    schema: customerInput,
    contactTable: 'customer_contacts',
    addressTable: 'customer_addresses',
    ownerColumn: 'customer_id',
    get: getCustomer,
    create: createCustomer,
    update: updateCustomer,
    refused: (user, data: CreditTerms, existing) => creditTermsRefused(user, data, existing as CreditTerms | null),
  },
  products: {
    table: 'products',
    entity: 'product',
    permission: 'products.write',
    schema: productInput,
    ownerColumn: 'product_id',
    get: getProduct,
    create: createProduct,
    update: updateProduct,
  },
  suppliers: {
    table: 'suppliers',
    entity: 'supplier',
    permission: 'suppliers.write',
    schema: supplierInput,
    contactTable: 'supplier_contacts',
    ownerColumn: 'supplier_id',
    get: getSupplier,
    create: createSupplier,
    update: updateSupplier,
  },
};
