import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '@shared/contracts';

/*
 * What each write changes, so that every list, drawer and queue showing it is read again as soon as the write
 * succeeds (a 送货单 printed shows its new 打印次数 in the list at once). Reads are named by the start of their
 * channel name: 'deliveries.' reaches notices, notes and returns, lists and records alike. Every write is named here
 * (a test checks it against the contracts), and only writes: a read never marks anything stale.
 */
type Reads = readonly string[];

const MASTER_NAMES: Reads = ['customers.', 'products.', 'suppliers.', 'carriers.', 'users.', 'orders.salespeople'];
const SALES: Reads = ['quotes.', 'orders.', 'inquiries.', 'register.', 'dashboard.'];
const SHIPPING: Reads = ['deliveries.', 'dispatch.', 'orders.', 'invoices.uninvoiced', 'invoices.draftFromNotes'];
const MONEY: Reads = [
  'invoices.',
  'receipts.',
  'bills.',
  'finance.',
  'receivables.',
  'collections.',
  'ledger.',
  'dashboard.',
  'orders.',
  'register.',
];
const CREDIT: Reads = ['receivables.', 'deliveries.credit', 'collections.'];
const EVERYTHING: Reads = [''];

const EFFECTS: [Reads, ChannelName[]][] = [
  [
    ['users.', 'orders.salespeople', 'auth.me'],
    ['users.create', 'users.update'],
  ],
  [
    ['customers.', ...CREDIT, ...SALES],
    ['customers.create', 'customers.update', 'customers.setActive'],
  ],
  [
    ['products.', 'orders.lastPrices', 'quotes.previousLines'],
    ['products.create', 'products.update', 'products.setActive'],
  ],
  [['suppliers.'], ['suppliers.create', 'suppliers.update', 'suppliers.setActive']],
  [
    ['carriers.', 'dispatch.'],
    ['carriers.create', 'carriers.update'],
  ],
  [
    ['settings.'],
    ['settings.smtp.update', 'settings.company.update', 'settings.delivery.update', 'settings.numbering.update'],
  ],
  [['backup.'], ['backup.schedule.update', 'backup.create']],
  [['printing.offsets'], ['printing.offsets.update']],
  [['attachments.'], ['attachments.upload']],
  [[...MASTER_NAMES, 'excel.'], ['excel.commit']],
  [EVERYTHING, ['backup.restore', 'demo.load']],
  [
    [...SALES, 'customers.'],
    [
      'quotes.create',
      'quotes.update',
      'quotes.submit',
      'quotes.approve',
      'quotes.reject',
      'quotes.markSent',
      'quotes.revise',
      'quotes.outcome',
      'quotes.email',
      'quotes.copy',
      'quotes.followups.add',
    ],
  ],
  [['quotes.rules', 'quotes.'], ['quotes.rules.update']],
  [['quotes.formats', 'customers.'], ['quotes.formats.save']],
  [
    [...SALES, ...SHIPPING, ...CREDIT],
    [
      'orders.createFromQuote',
      'orders.change',
      'orders.cancel',
      'orders.close',
      'orders.direct.create',
      'orders.direct.update',
      'orders.direct.confirm',
      'orders.direct.approve',
      'orders.direct.reject',
      'orders.direct.attach',
      'orders.printContract',
      'orders.email',
    ],
  ],
  [
    ['inquiries.', 'quotes.'],
    ['inquiries.create', 'inquiries.update', 'inquiries.close', 'inquiries.attach'],
  ],
  [
    ['register.', 'orders.', 'invoices.'],
    ['register.create', 'register.update', 'register.attach', 'register.forward'],
  ],
  [
    [...SHIPPING, ...CREDIT, 'dashboard.'],
    [
      'deliveries.notices.create',
      'deliveries.notices.update',
      'deliveries.notices.confirm',
      'deliveries.notices.cancel',
      'deliveries.notices.print',
      'deliveries.notes.create',
      'deliveries.notes.check',
      'deliveries.notes.advance',
      'deliveries.notes.cancel',
      'deliveries.notes.receipt',
      'deliveries.notes.redeliver',
      'deliveries.notes.attach',
      'deliveries.notes.print',
      'deliveries.returns.create',
      'dispatch.runs.create',
      'dispatch.runs.depart',
      'dispatch.runs.cancel',
      'dispatch.runs.return',
      'dispatch.consignments.create',
      'dispatch.consignments.ship',
      'dispatch.consignments.notify',
      'dispatch.consignments.arrive',
      'dispatch.consignments.cancel',
      'dispatch.freight.settle',
    ],
  ],
  [
    [...MONEY, ...SHIPPING],
    [
      'invoices.create',
      'invoices.red',
      'invoices.attach',
      'invoices.importCommit',
      'invoices.sendEmail',
      'invoices.sendCourier',
      'invoices.sendByHand',
      'invoices.sendTaxAccount',
      'invoices.acknowledge',
      'invoices.remind',
      'receipts.create',
      'receipts.cancel',
      'receipts.allocate',
      'receipts.undoAllocation',
      'bills.transition',
    ],
  ],
  [['invoices.mailTemplate', 'customers.'], ['invoices.mailTemplate.update']],
  [[...CREDIT, 'orders.'], ['receivables.settings.update']],
  [[...CREDIT, ...SHIPPING], ['receivables.credit.release']],
  [['receivables.'], ['receivables.recordStatementReply']],
  [
    ['collections.', 'receivables.', 'ledger.', 'dashboard.'],
    ['collections.log', 'collections.plan.set', 'ledger.plan.set'],
  ],
  [
    ['purchasing.payables.'],
    [
      'purchasing.payables.invoices.create',
      'purchasing.payables.invoices.update',
      'purchasing.payables.invoices.delete',
    ],
  ],
  // A payment by acceptance bill endorses one of ours on (and a cancelled one takes it back): the bills change too.
  [
    ['purchasing.payables.', 'bills.', 'receipts.', 'finance.'],
    [
      'purchasing.payables.payments.create',
      'purchasing.payables.payments.allocate',
      'purchasing.payables.payments.cancel',
    ],
  ],
  // Purchase orders: their supplier's price history and 收发文 (e-mailed) follow; receipts move the POs, and a
  // drop-ship receipt delivers the sales order (a note, its invoicing and receivables); forwarding makes a notice.
  [
    ['purchasing.', 'register.'],
    [
      'purchasing.orders.create',
      'purchasing.orders.fromRfq',
      'purchasing.orders.update',
      'purchasing.orders.send',
      'purchasing.orders.confirm',
      'purchasing.orders.cancel',
      'purchasing.orders.close',
      'purchasing.orders.print',
      'purchasing.orders.email',
      'purchasing.receipts.transfer',
      'purchasing.receipts.printTransfer',
    ],
  ],
  [
    ['purchasing.', ...SHIPPING, ...MONEY, ...CREDIT],
    ['purchasing.orders.forward', 'purchasing.receipts.create', 'purchasing.receipts.cancel'],
  ],
  [
    ['purchasing.catalogue.'],
    [
      'purchasing.catalogue.create',
      'purchasing.catalogue.update',
      'purchasing.catalogue.addPrice',
      'purchasing.catalogue.attach',
      'purchasing.catalogue.detach',
    ],
  ],
  [
    ['purchasing.rfq.', 'register.'],
    [
      'purchasing.rfq.create',
      'purchasing.rfq.update',
      'purchasing.rfq.addSupplier',
      'purchasing.rfq.removeSupplier',
      'purchasing.rfq.email',
      'purchasing.rfq.logAsked',
      'purchasing.rfq.answer',
      'purchasing.rfq.decline',
      'purchasing.rfq.cancel',
    ],
  ],
  // The choice writes the catalogue's price and, while the quote is editable, its cost sheet.
  [['purchasing.', 'quotes.'], ['purchasing.rfq.choose']],
  // The register and the library feed the packages (lots, required documents, expiry warnings) and the home page.
  [
    ['bids.'],
    [
      'bids.tenders.create',
      'bids.tenders.update',
      'bids.tenders.markSubmitted',
      'bids.tenders.setResult',
      'bids.tenders.addBond',
      'bids.tenders.updateBond',
      'bids.tenders.markBondPaid',
      'bids.tenders.markBondRefunded',
    ],
  ],
  [
    ['bids.'],
    [
      'bids.library.create',
      'bids.library.update',
      'bids.library.deactivate',
      'bids.library.addFile',
      'bids.library.removeFile',
      'bids.library.reorderFiles',
      'bids.library.setThumbnail',
    ],
  ],
  // A package's price and status show in the tender register too (我方报价).
  [
    ['bids.'],
    [
      'bids.packages.create',
      'bids.packages.update',
      'bids.packages.finalize',
      'bids.packages.reopen',
      'bids.packages.addSection',
      'bids.packages.updateSection',
      'bids.packages.moveSection',
      'bids.packages.reorderSections',
      'bids.packages.removeSection',
      'bids.packages.setSectionItems',
      'bids.packages.savePriceLines',
      'bids.packages.importQuote',
      'bids.packages.saveDeviations',
      'bids.packages.saveTemplate',
      'bids.packages.deleteTemplate',
    ],
  ],
];

/** Writes of the session itself: the session context reads the user again, no list changes. */
export const SESSION_WRITES: readonly ChannelName[] = ['auth.login', 'auth.logout', 'auth.setLocale'];

export const READS_AFTER: ReadonlyMap<ChannelName, Reads> = new Map(
  EFFECTS.flatMap(([reads, writes]) => writes.map((w) => [w, ['audit.', ...reads]] as const)),
);

/** Marks stale what a write changed: the open lists and records among them are read again at once. */
export function refreshAfterWrite(client: QueryClient, channel: ChannelName): Promise<void> {
  const reads = READS_AFTER.get(channel);
  if (!reads) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (q) => {
      const name = q.queryKey[0];
      return typeof name === 'string' && reads.some((r) => name.startsWith(r));
    },
  });
}
