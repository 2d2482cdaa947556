import { addDays, now, setClock } from '../../../electron/core/dates';
import type { In, Out } from '../../../electron/shared/contracts';
import { taxFromGross, type TaxRate } from '../../../electron/shared/money';
import type { TestCore } from './test-core';

/**
 * The money half of a story, told through the real services: invoices registered and red-lettered, receipts
 * registered, allocated (核销), taken back and cancelled. Nothing here writes a finance table itself; a test that
 * needs a past date runs the service with the clock on that day (setClock).
 */

type InvoiceLine = In<'invoices.create'>['lines'][number];
type Receipt = Out<'receipts.create'>;

let serial = 0;
/** A 20-digit 数电 number, new each time (another series than the invoice tests' 2632…). */
export const nextInvoiceNumber = () => `2699${String(++serial).padStart(16, '0')}`;

/** A line of `gross` fen as the tax system prints it, tax taken out of the gross at the rate. */
export function invoiceLine(gross: number, more: Partial<InvoiceLine> = {}): InvoiceLine {
  const taxRate = (more.taxRate ?? '0.13') as TaxRate;
  return { taxClass: '*仪器仪表*', name: '电磁流量计', ...more, taxRate, ...taxFromGross(gross, taxRate) };
}

/** A customer; 30 days' terms unless told. */
export function customer(
  t: TestCore,
  name = '苏州工业园区清源华衍水务有限公司',
  opts: { paymentDays?: number; salesperson?: string } = {},
) {
  return t.ok('customers.create', { name, paymentDays: opts.paymentDays ?? 30, salesperson: opts.salesperson ?? null });
}

/**
 * An issued 数电 invoice registered through `invoices.create` (专票 when the customer has a tax id, else 普票): one
 * line of `gross` fen, or the given lines (linked to order lines), with the delivered notes it covers (their signed
 * delivery is its delivery date).
 */
export async function registeredInvoice(
  t: TestCore,
  opts: {
    customerId: number;
    issueDate: string;
    gross?: number;
    taxRate?: string;
    lines?: InvoiceLine[];
    noteIds?: number[];
  },
): Promise<Out<'invoices.create'>> {
  const customer = await t.ok('customers.get', { id: opts.customerId });
  return t.ok('invoices.create', {
    type: customer.taxId ? 'digital_special' : 'digital_normal',
    number: nextInvoiceNumber(),
    issueDate: opts.issueDate,
    customerId: opts.customerId,
    buyerName: customer.name,
    buyerTaxId: customer.taxId,
    lines: opts.lines ?? [invoiceLine(opts.gross ?? 0, { taxRate: opts.taxRate as TaxRate | undefined })],
    noteIds: opts.noteIds ?? [],
  });
}

/**
 * A red-letter (红字) against the original through `invoices.red`: one amount (折让, positive fen, at the
 * original's rate), chosen lines (gross to take back per original line, positive) or 'full'.
 */
export async function redLetter(
  t: TestCore,
  originalId: number,
  what: number | 'full' | { originalLineId: number; gross: number; quantity?: string }[],
  date: string,
  reason: In<'invoices.red'>['reason'] = 'allowance',
): Promise<Out<'invoices.red'>> {
  const original = await t.ok('invoices.get', { id: originalId });
  const head = { type: original.type, number: nextInvoiceNumber(), issueDate: date, originalId, reason };
  if (what === 'full') return t.ok('invoices.red', { ...head, mode: 'full' });
  if (typeof what === 'number') return t.ok('invoices.red', { ...head, mode: 'amount', amount: what });
  const lines = what.map((l) => {
    const rate = original.lines.find((o) => o.id === l.originalLineId)?.taxRate ?? '0.13';
    return { originalLineId: l.originalLineId, quantity: l.quantity ?? null, ...taxFromGross(l.gross, rate) };
  });
  return t.ok('invoices.red', { ...head, mode: 'lines', lines });
}

/**
 * A receipt through `receipts.create`, allocated at once to the given invoices when told; `cancelled` cancels it
 * (receipts.cancel) straight after, as a duplicate registration is.
 */
export async function receivedPayment(
  t: TestCore,
  opts: {
    customerId: number;
    date: string;
    amount: number;
    method?: In<'receipts.create'>['method'];
    allocations?: { invoiceId: number; amount: number }[];
    cancelled?: boolean;
  },
): Promise<Receipt> {
  const bill =
    opts.method === 'bank_bill' || opts.method === 'commercial_bill'
      ? {
          billNo: `BILL${nextInvoiceNumber()}`,
          acceptor: '中国工商银行苏州分行',
          issueDate: opts.date,
          maturityDate: addDays(opts.date, 90),
        }
      : null;
  const receipt = await t.ok('receipts.create', {
    date: opts.date,
    customerId: opts.customerId,
    amount: opts.amount,
    method: opts.method ?? 'transfer',
    bill,
    allocations: opts.allocations ?? [],
  });
  return opts.cancelled ? t.ok('receipts.cancel', { id: receipt.id, reason: '重复登记' }) : receipt;
}

/** A bank transfer from the customer, allocated to nothing yet unless told. */
export function transfer(
  t: TestCore,
  customerId: number,
  date: string,
  amount: number,
  more: Partial<In<'receipts.create'>> = {},
) {
  return t.ok('receipts.create', { date, customerId, amount, method: 'transfer', ...more });
}

/** The invoice paid `amount` by a transfer of exactly that, received on `date`. */
export async function paid(t: TestCore, invoiceId: number, amount: number, date: string): Promise<Receipt> {
  const { customerId } = await t.ok('invoices.get', { id: invoiceId });
  return receivedPayment(t, { customerId, date, amount, allocations: [{ invoiceId, amount }] });
}

/** Parts of a receipt's unapplied money allocated to invoices later: the allocation ids, in order. */
export async function allocated(
  t: TestCore,
  receiptId: number,
  items: { invoiceId: number; amount: number }[],
): Promise<number[]> {
  const before = new Set((await t.ok('receipts.get', { id: receiptId })).allocations.map((a) => a.id));
  const after = await t.ok('receipts.allocate', { receiptId, items });
  return after.allocations.filter((a) => !before.has(a.id)).map((a) => a.id);
}

/**
 * An allocation taken back (receipts.undoAllocation). The service dates the undo today; `on` runs it with the
 * clock on that day (noon in Shanghai), then puts the clock back where it was.
 */
export async function undone(t: TestCore, allocationId: number, reason: string, on?: string): Promise<Receipt> {
  if (!on) return t.ok('receipts.undoAllocation', { allocationId, reason });
  const before = now();
  setClock(new Date(`${on}T04:00:00Z`));
  try {
    return await t.ok('receipts.undoAllocation', { allocationId, reason });
  } finally {
    setClock(before);
  }
}

/** An invoice's open amount and the date it was settled on, as the register shows them. */
export async function invoiceState(t: TestCore, id: number): Promise<{ open: number; settledOn: string | null }> {
  const invoice = await t.ok('invoices.get', { id });
  return { open: invoice.open, settledOn: invoice.settledOn };
}
