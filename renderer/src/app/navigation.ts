import type { Permission, Role } from '@shared/auth/roles';

export interface NavItem {
  key: string;
  /** i18n key of the label. */
  label: string;
  path?: string;
  permission?: Permission;
  /** Roles that see the entry; all when absent. */
  roles?: Role[];
  /** Not built yet: shown greyed, so everyone sees where the product is going. */
  soon?: boolean;
  children?: NavItem[];
}

export const NAVIGATION: NavItem[] = [
  { key: 'home', label: 'nav.home', path: '/' },
  { key: 'dashboard', label: 'dashboard.nav', path: '/dashboard', permission: 'dashboard.read' },
  { key: 'inquiries', label: 'nav.inquiries', path: '/inquiries', permission: 'quotes.read' },
  { key: 'quotes', label: 'nav.quotes', path: '/quotes', permission: 'quotes.read' },
  {
    key: 'bids',
    label: 'nav.bids',
    permission: 'bids.read',
    children: [
      // 投标: entries are added by the tenders, library and packages pages.
      { key: 'tenders', label: 'tenders.nav', path: '/bids/tenders' },
      { key: 'bonds', label: 'tenders.bondsNav', path: '/bids/bonds' },
      { key: 'library', label: 'library.nav', path: '/bids/library' },
      { key: 'bidPackages', label: 'bidPackages.nav', path: '/bids/packages' },
    ],
  },
  { key: 'orders', label: 'nav.orders', path: '/orders', permission: 'orders.read' },
  { key: 'register', label: 'nav.register', path: '/register', permission: 'masterdata.read' },
  {
    key: 'deliveries',
    label: 'nav.deliveries',
    permission: 'deliveries.read',
    children: [
      { key: 'board', label: 'nav.board', path: '/deliveries' },
      { key: 'notices', label: 'nav.notices', path: '/deliveries/notices' },
      { key: 'notes', label: 'nav.notes', path: '/deliveries/notes' },
      { key: 'runs', label: 'nav.runs', path: '/deliveries/runs' },
      { key: 'consignments', label: 'nav.consignments', path: '/deliveries/consignments' },
      { key: 'carriers', label: 'nav.carriers', path: '/deliveries/carriers' },
      { key: 'freight', label: 'nav.freight', path: '/deliveries/freight' },
    ],
  },
  {
    key: 'purchasing',
    label: 'nav.purchasing',
    permission: 'purchasing.read',
    children: [
      { key: 'catalogue', label: 'catalogue.nav', path: '/purchasing/catalogue' },
      { key: 'rfqs', label: 'rfq.nav', path: '/purchasing/rfqs' },
      { key: 'purchaseOrders', label: 'purchaseOrders.nav', path: '/purchasing/orders' },
      { key: 'payables', label: 'payables.nav', path: '/purchasing/payables' },
    ],
  },
  {
    key: 'invoices',
    label: 'nav.invoices',
    permission: 'finance.read',
    children: [
      { key: 'invoiceRegister', label: 'invoices.nav.register', path: '/invoices' },
      { key: 'uninvoiced', label: 'invoices.nav.uninvoiced', path: '/invoices/uninvoiced' },
      { key: 'unacknowledged', label: 'invoices.nav.unacknowledged', path: '/invoices/unacknowledged' },
    ],
  },
  {
    key: 'receipts',
    label: 'nav.receipts',
    permission: 'finance.read',
    children: [
      { key: 'receiptList', label: 'receipts.nav.list', path: '/receipts' },
      { key: 'bills', label: 'receipts.nav.bills', path: '/receipts/bills' },
      { key: 'daily', label: 'receipts.nav.daily', path: '/receipts/daily' },
    ],
  },
  {
    key: 'receivables',
    label: 'nav.receivables',
    permission: 'finance.read',
    children: [
      // 账龄分析 and 对账单 (their labels live with the pages' strings).
      { key: 'ageing', label: 'receivables.ageing.title', path: '/receivables/ageing' },
      { key: 'statements', label: 'receivables.ageing.statements.title', path: '/receivables/statements' },
      { key: 'collections', label: 'receivables.collections.nav', path: '/receivables/collections' },
      { key: 'ledger', label: 'receivables.collections.ledgerNav', path: '/receivables/ledger' },
    ],
  },
  {
    key: 'masterdata',
    label: 'nav.masterdata',
    permission: 'masterdata.read',
    children: [
      { key: 'customers', label: 'nav.customers', path: '/customers' },
      { key: 'products', label: 'nav.products', path: '/products' },
      { key: 'suppliers', label: 'nav.suppliers', path: '/suppliers' },
    ],
  },
  { key: 'audit', label: 'nav.audit', path: '/audit', permission: 'audit.read' },
  { key: 'settings', label: 'nav.settings', path: '/settings', permission: 'settings.read' },
];

export function visibleNavigation(role: Role, can: (p: Permission) => boolean): NavItem[] {
  return NAVIGATION.filter(
    (item) => (!item.roles || item.roles.includes(role)) && (!item.permission || can(item.permission)),
  );
}
