import type { Knex } from 'knex';
import { formatFen } from '../../../shared/money';
import type { SupplierPaymentDetail } from '../../../shared/purchasing/payables/contract';
import type { BillState } from '../../../shared/receipts/contract';
import { contains, pageQuery } from '../../db/list-query';
import { int, nowIso } from '../../db/rows';
import { nextNumber } from '../../numbering/numbering';
import { moveBill } from '../../receipts/bill-store';
import { AppError, notFound } from '../../rpc/errors';
import type { HandlerContext, HandlerMap } from '../../rpc/handler';
import { matchingIds } from '../../search/search-index';
import {
  allocatePayment,
  fifoItems,
  openSupplierInvoices,
  undoPaymentAllocations,
  type PaymentMoney,
} from './payment-allocation';
import {
  getSupplierPayment,
  supplierPaymentQuery,
  toSupplierPaymentRow,
  type SupplierPaymentDbRow,
} from './payment-store';

type Channel =
  | 'purchasing.payables.payments.list'
  | 'purchasing.payables.payments.get'
  | 'purchasing.payables.payments.create'
  | 'purchasing.payables.payments.allocate'
  | 'purchasing.payables.payments.cancel'
  | 'purchasing.payables.heldBills';

type Db = Knex | Knex.Transaction;

const fieldError = (path: string, key: string, vars: Record<string, string> = {}) =>
  new AppError('VALIDATION', `payablesMsg.errors.${key}`, vars, [{ path, message: `payablesMsg.errors.${key}Short` }]);

interface BillDbRow {
  id: number;
  bill_no: string;
  state: BillState;
  amount_fen: number | string;
  issue_date: string;
}

/** What the history keeps of a payment. */
function auditView(p: SupplierPaymentDetail) {
  return {
    number: p.number,
    supplierId: p.supplierId,
    payDate: p.payDate,
    amount: p.amount,
    payMethod: p.payMethod,
    reference: p.reference,
    billId: p.billId,
    notes: p.notes,
    unapplied: p.unapplied,
  };
}

async function paymentMoney(trx: Knex.Transaction, id: number): Promise<PaymentMoney> {
  const p = (await trx('supplier_payments')
    .where({ id })
    .first('id', 'number', 'supplier_id', 'pay_date', 'unapplied_fen', 'status')) as PaymentMoney | undefined;
  if (!p) throw notFound('supplierPayment', id);
  return p;
}

/** The items as chosen, or the supplier's open invoices oldest due first while the unapplied money lasts. */
async function itemsOrFifo(
  trx: Knex.Transaction,
  payment: PaymentMoney,
  items: { invoiceId: number; amount: number }[] | null,
): Promise<{ invoiceId: number; amount: number }[]> {
  return items ?? fifoItems(await openSupplierInvoices(trx, payment.supplier_id), int(payment.unapplied_fen));
}

async function auditBill(
  ctx: HandlerContext,
  bill: BillDbRow,
  state: BillState,
  after: Record<string, unknown>,
): Promise<void> {
  await ctx.audit({
    entity: 'acceptanceBill',
    entityId: bill.id,
    action: state === 'endorsed' ? 'endorsed' : 'endorseUndone',
    before: { state: bill.state },
    after: { state, ...after },
  });
}

/** 付款: recorded with its allocation to the supplier's invoices, a bill of ours endorsed on, cancelled with why. */
export const supplierPaymentHandlers: HandlerMap<Channel> = {
  'purchasing.payables.payments.list': async (input, { db }) => {
    const base = db('supplier_payments');
    const f = input.filters;
    if (f.supplierId) base.where('supplier_payments.supplier_id', f.supplierId);
    if (f.payMethod) base.where('supplier_payments.method', f.payMethod);
    if (f.from) base.where('supplier_payments.pay_date', '>=', f.from);
    if (f.to) base.where('supplier_payments.pay_date', '<=', f.to);
    if (!f.includeCancelled) base.where('supplier_payments.status', 'posted');
    return pageQuery(
      base,
      input,
      {
        search: (term: string) =>
          (db as Db)('supplier_payments')
            .select('supplier_payments.id')
            .whereRaw(...contains('supplier_payments.number', term))
            .orWhereRaw(...contains('supplier_payments.reference', term))
            .orWhereIn('supplier_payments.supplier_id', matchingIds(db, 'suppliers', term)),
        sortColumns: {
          number: 'supplier_payments.number',
          payDate: 'supplier_payments.pay_date',
          amount: 'supplier_payments.amount_fen',
          unapplied: 'supplier_payments.unapplied_fen',
        },
        defaultSort: { column: 'supplier_payments.pay_date', dir: 'desc' },
        idColumn: 'supplier_payments.id',
        read: supplierPaymentQuery(db),
      },
      (r: SupplierPaymentDbRow) => toSupplierPaymentRow(r),
    );
  },
  'purchasing.payables.payments.get': async ({ id }, { db }) => getSupplierPayment(db, id),
  'purchasing.payables.payments.create': async (input, ctx) => {
    const trx = ctx.tx();
    const supplier = (await trx('suppliers').where({ id: input.supplierId }).first('id', 'name')) as
      { id: number; name: string } | undefined;
    if (!supplier) throw fieldError('supplierId', 'noSupplier');
    let amount = input.amount;
    let bill: BillDbRow | null = null;
    if (input.payMethod === 'acceptance_bill') {
      if (input.billId === null) throw fieldError('billId', 'billNeeded');
      bill = ((await trx('acceptance_bills')
        .where({ id: input.billId })
        .first('id', 'bill_no', 'state', 'amount_fen', 'issue_date')) ?? null) as BillDbRow | null;
      if (!bill) throw fieldError('billId', 'billNeeded');
      if (bill.state !== 'held')
        throw fieldError('billId', 'billNotHeld', {
          billNo: bill.bill_no,
          state: `@receiptMsg.billState.${bill.state}`,
        });
      const face = int(bill.amount_fen);
      if (amount !== null && amount !== face) throw fieldError('amount', 'billAmount', { amount: formatFen(face) });
      if (input.payDate < bill.issue_date) throw fieldError('payDate', 'beforeBillIssue', { date: bill.issue_date });
      amount = face;
    } else if (input.billId !== null) throw fieldError('billId', 'billNotForMethod');
    if (amount === null) throw fieldError('amount', 'amountNeeded');

    const number = await nextNumber(trx, 'supplier_payment', new Date(`${input.payDate}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('supplier_payments')
      .insert({
        number,
        supplier_id: supplier.id,
        pay_date: input.payDate,
        amount_fen: amount,
        method: input.payMethod,
        reference: input.reference,
        bill_id: bill?.id ?? null,
        unapplied_fen: amount,
        status: 'posted',
        notes: input.notes,
        created_by: ctx.user?.id ?? null,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const id = row!.id;
    const money = await paymentMoney(trx, id);
    const allocated = await allocatePayment(
      trx,
      money,
      await itemsOrFifo(trx, money, input.allocations),
      'allocations',
    );
    if (bill) {
      await moveBill(trx, bill.id, 'endorsed', input.payDate, {
        detail: `${supplier.name} ${number}`,
        userId: ctx.user?.id ?? null,
        set: { endorsee: supplier.name },
      });
      await auditBill(ctx, bill, 'endorsed', { date: input.payDate, endorsee: supplier.name, paymentId: id });
    }
    const created = await getSupplierPayment(trx, id);
    await ctx.audit({
      entity: 'supplierPayment',
      entityId: id,
      action: 'create',
      after: { ...auditView(created), allocations: allocated },
    });
    return created;
  },
  'purchasing.payables.payments.allocate': async ({ paymentId, items }, ctx) => {
    const trx = ctx.tx();
    const money = await paymentMoney(trx, paymentId);
    const chosen = await itemsOrFifo(trx, money, items);
    if (!chosen.length) throw new AppError('CONFLICT', 'payablesMsg.errors.nothingOpen');
    const done = await allocatePayment(trx, money, chosen, 'items');
    const after = await getSupplierPayment(trx, paymentId);
    await ctx.audit({
      entity: 'supplierPayment',
      entityId: paymentId,
      action: 'allocate',
      before: { unapplied: int(money.unapplied_fen) },
      after: { unapplied: after.unapplied, allocations: done },
    });
    return after;
  },
  'purchasing.payables.payments.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const money = await paymentMoney(trx, id);
    if (money.status !== 'posted')
      throw new AppError('CONFLICT', 'payablesMsg.errors.paymentCancelled', { number: money.number });
    const before = await getSupplierPayment(trx, id);
    const undone = await undoPaymentAllocations(trx, id);
    await trx('supplier_payments')
      .where({ id })
      .update({
        status: 'cancelled',
        cancel_reason: reason,
        unapplied_fen: 0,
        lock_version: trx.raw('lock_version + 1'),
        updated_at: nowIso(),
      });
    if (before.billId !== null) {
      const bill = (await trx('acceptance_bills')
        .where({ id: before.billId })
        .first('id', 'bill_no', 'state', 'amount_fen', 'issue_date')) as BillDbRow;
      // Back on hand only from the endorsement this payment made; a bill dishonoured since stays as it is.
      if (bill.state === 'endorsed') {
        await moveBill(trx, bill.id, 'held', before.payDate, {
          detail: `${before.number} ${reason}`,
          userId: ctx.user?.id ?? null,
          set: { endorsee: null },
        });
        await auditBill(ctx, bill, 'held', { reason, paymentId: id });
      }
    }
    const after = await getSupplierPayment(trx, id);
    await ctx.audit({
      entity: 'supplierPayment',
      entityId: id,
      action: 'cancel',
      before: { status: before.status, unapplied: before.unapplied },
      after: { status: after.status, reason, undone },
    });
    return after;
  },
  'purchasing.payables.heldBills': async (_input, { db }) => {
    const rows = (await db('acceptance_bills')
      .join('customers', 'customers.id', 'acceptance_bills.customer_id')
      .where('acceptance_bills.state', 'held')
      .orderBy([
        { column: 'acceptance_bills.maturity_date', order: 'asc' },
        { column: 'acceptance_bills.id', order: 'asc' },
      ])
      .select(
        'acceptance_bills.id',
        'acceptance_bills.bill_no',
        'acceptance_bills.kind',
        'acceptance_bills.acceptor',
        'acceptance_bills.amount_fen',
        'acceptance_bills.issue_date',
        'acceptance_bills.maturity_date',
        'customers.name as customer_name',
      )) as {
      id: number;
      bill_no: string;
      kind: 'bank' | 'commercial';
      acceptor: string;
      amount_fen: number | string;
      issue_date: string;
      maturity_date: string;
      customer_name: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      billNo: r.bill_no,
      kind: r.kind,
      acceptor: r.acceptor,
      customerName: r.customer_name,
      amount: int(r.amount_fen),
      issueDate: r.issue_date,
      maturityDate: r.maturity_date,
    }));
  },
};
