import type { QueueItem } from '@shared/home/contract';
import type { SearchKind } from '@shared/search/contract';

/** The list page each kind of record lives on; `?open=<id>` opens it there in its drawer. */
const PAGES: Record<SearchKind, string> = {
  quote: '/quotes',
  order: '/orders',
  notice: '/deliveries/notices',
  note: '/deliveries/notes',
  run: '/deliveries/runs',
  consignment: '/deliveries/consignments',
  // A return is shown on the delivery note it came back on.
  return: '/deliveries/notes',
  invoice: '/invoices',
  receipt: '/receipts',
  bill: '/receipts/bills',
  register: '/register',
  inquiry: '/inquiries',
  customer: '/customers',
  product: '/products',
  supplier: '/suppliers',
};

/** Where a record opens: its list page with its drawer open. */
export function recordPath(kind: SearchKind | QueueItem['kind'], id: number): string {
  return `${PAGES[kind]}?open=${id}`;
}
