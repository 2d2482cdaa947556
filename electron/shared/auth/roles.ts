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
  /** Let goods go to a customer over the credit limit or with overdue debt. */
  'deliveries.override',
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
    'deliveries.override',
  ],
  admin: everything,
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
