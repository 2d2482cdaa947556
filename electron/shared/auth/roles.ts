/** Roles and what each may do; checked by the router for every channel. */
export const ROLES = ['sales', 'dispatch', 'purchaser', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'masterdata.read',
  'customers.write',
  'products.write',
  'suppliers.write',
  'settings.read',
  'settings.write',
  'users.manage',
  'audit.read',
  'backup.run',
  'demo.load',
  'attachments.write',
  'quotes.read',
  'quotes.write',
  'quotes.approve',
  'orders.read',
  'orders.write',
  /** Register letters, faxes, contracts and drawings and log where they were forwarded. */
  'register.write',
  'deliveries.read',
  'deliveries.write',
  /** See invoices, receipts, receivables, statements and ageing. */
  'finance.read',
  /** Register, correct (red-letter) and send invoices, record their 回执. */
  'invoices.write',
  /** Record receipts and acceptance bills, allocate (核销) and undo allocations. */
  'receipts.write',
  /** Log collection follow-ups and keep the collection plan and statement replies. */
  'collections.write',
  /**
   * Set credit limits and payment days, release a credit block (let goods go to a customer over the limit or with
   * overdue debt); set sales and collection plans.
   */
  'credit.manage',
  /** The manager's dashboard. */
  'dashboard.read',
  /** See the bought-in catalogue, RFQs and comparisons, purchase orders, goods receipts and payables. */
  'purchasing.read',
  /** Keep the catalogue, ask suppliers for prices and choose, buy, sign for goods, forward them and pay suppliers. */
  'purchasing.write',
  /** See tenders, bid bonds, the 资料库 and bid packages. */
  'bids.read',
  /** Register tenders and their results, keep the 资料库, assemble and print bid packages. */
  'bids.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everything: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  sales: [
    'masterdata.read',
    'customers.write',
    'products.write',
    'settings.read',
    'audit.read',
    'attachments.write',
    'quotes.read',
    'quotes.write',
    'orders.read',
    'orders.write',
    'register.write',
    'deliveries.read',
    'deliveries.write',
    'finance.read',
    'invoices.write',
    'receipts.write',
    'collections.write',
    'purchasing.read',
    'bids.read',
    'bids.write',
  ],
  dispatch: [
    'masterdata.read',
    'settings.read',
    'audit.read',
    'attachments.write',
    'orders.read',
    'register.write',
    'deliveries.read',
    'deliveries.write',
    'purchasing.read',
    'bids.read',
  ],
  purchaser: [
    'masterdata.read',
    'products.write',
    'suppliers.write',
    'settings.read',
    'audit.read',
    'attachments.write',
    'quotes.read',
    'orders.read',
    'register.write',
    'deliveries.read',
    'purchasing.read',
    'purchasing.write',
    'bids.read',
  ],
  manager: [
    'masterdata.read',
    'customers.write',
    'products.write',
    'suppliers.write',
    'settings.read',
    'audit.read',
    'backup.run',
    'attachments.write',
    'quotes.read',
    'quotes.write',
    'quotes.approve',
    'orders.read',
    'orders.write',
    'register.write',
    'deliveries.read',
    'deliveries.write',
    'finance.read',
    'invoices.write',
    'receipts.write',
    'collections.write',
    'credit.manage',
    'dashboard.read',
    'purchasing.read',
    'purchasing.write',
    'bids.read',
    'bids.write',
  ],
  admin: everything,
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
