import { translate } from '../../shared/i18n/translate';
import { formatFen } from '../../shared/money';
import { BILL_TRANSITIONS, type BillRow } from '../../shared/receipts/contract';
import { addDays } from '../dates';
import { pageQuery } from '../db/list-query';
import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { documentMatchIds } from '../search/document-search';
import { matchingIds } from '../search/search-index';
import { undoAllocation } from './allocation';
import { billQuery, getBill, moveBill, toBillRow, type BillDbRow } from './bill-store';
import { cancelReceipt } from './receipt-handlers';
import { getReceipt } from './receipt-store';

type Channel = 'bills.list' | 'bills.get' | 'bills.transition' | 'bills.calendar';

const fieldError = (path: string, key: string, vars: Record<string, string> = {}) =>
  new AppError('VALIDATION', `receiptMsg.errors.${key}`, vars, [{ path, message: `receiptMsg.errors.${key}Short` }]);

/** 承兑汇票: held until endorsed on, discounted, collected at maturity, or dishonoured (recourse). */
export const billHandlers: HandlerMap<Channel> = {
  'bills.list': async (input, { db }) => {
    const base = db('acceptance_bills');
    const f = input.filters;
    if (f.state) base.where('acceptance_bills.state', f.state);
    if (f.kind) base.where('acceptance_bills.kind', f.kind);
    if (f.customerId) base.where('acceptance_bills.customer_id', f.customerId);
    if (f.maturityFrom) base.where('acceptance_bills.maturity_date', '>=', f.maturityFrom);
    if (f.maturityTo) base.where('acceptance_bills.maturity_date', '<=', f.maturityTo);
    return pageQuery(
      base,
      input,
      {
        search: (term) =>
          documentMatchIds(db, 'acceptance_bills', term, {
            also: [['customer_id', matchingIds(db, 'customers', term)]],
          }),
        sortColumns: {
          billNo: 'acceptance_bills.bill_no',
          maturityDate: 'acceptance_bills.maturity_date',
          amount: 'acceptance_bills.amount_fen',
          issueDate: 'acceptance_bills.issue_date',
        },
        defaultSort: { column: 'acceptance_bills.maturity_date', dir: 'asc' },
        idColumn: 'acceptance_bills.id',
        read: billQuery(db),
      },
      (r: BillDbRow) => toBillRow(r),
    );
  },
  'bills.get': async ({ id }, { db }) => getBill(db, id),
  'bills.transition': async (input, ctx) => {
    const trx = ctx.tx();
    const bill = await getBill(trx, input.id);
    const userId = ctx.user?.id ?? null;
    if (!BILL_TRANSITIONS[bill.state].includes(input.state))
      throw new AppError('CONFLICT', 'receiptMsg.errors.billTransition', {
        billNo: bill.billNo,
        from: `@receiptMsg.billState.${bill.state}`,
        to: `@receiptMsg.billState.${input.state}`,
      });
    if (input.date < bill.issueDate) throw fieldError('date', 'beforeIssue', { date: bill.issueDate });
    let detail = input.detail;
    const set: Record<string, unknown> = {};
    switch (input.state) {
      case 'endorsed':
        if (!input.endorsee) throw fieldError('endorsee', 'endorseeRequired');
        set.endorsee = input.endorsee;
        detail ??= input.endorsee;
        break;
      case 'discounted':
        if (!input.discountBank) throw fieldError('discountBank', 'discountBankRequired');
        if (input.discountInterest === null) throw fieldError('discountInterest', 'discountInterestRequired');
        if (input.discountInterest >= bill.amount) throw fieldError('discountInterest', 'interestOverAmount');
        set.discount_bank = input.discountBank;
        set.discount_interest_fen = input.discountInterest;
        detail ??= `${input.discountBank} ${formatFen(input.discountInterest)}`;
        break;
      case 'collected':
        if (input.date < bill.maturityDate) throw fieldError('date', 'beforeMaturity', { date: bill.maturityDate });
        break;
      case 'dishonoured': {
        // Recourse: the customer did not pay after all. Its invoices are open again, the receipt counts nowhere.
        const reason = translate(ctx.locale, 'receiptMsg.text.dishonouredReason');
        detail ??= reason;
        if (bill.receiptId) {
          const receipt = await getReceipt(trx, bill.receiptId);
          const undone = [];
          for (const a of receipt.allocations.filter((x) => x.undoneOn === null))
            undone.push(await undoAllocation(trx, a.id, reason, userId));
          await cancelReceipt(trx, receipt.id, reason, { userId, date: input.date, billState: 'dishonoured' });
          await ctx.audit({
            entity: 'receipt',
            entityId: receipt.id,
            action: 'dishonoured',
            after: { billNo: bill.billNo, undone, cancelled: true },
          });
        }
        break;
      }
    }
    // cancelReceipt moved a dishonoured bill already; the event carries the date and detail given here.
    if (input.state !== 'dishonoured' || !bill.receiptId)
      await moveBill(trx, bill.id, input.state, input.date, { detail, userId, set });
    else await trx('acceptance_bill_events').where({ bill_id: bill.id, state: 'dishonoured' }).update({ detail });
    const after = await getBill(trx, bill.id);
    await ctx.audit({
      entity: 'acceptanceBill',
      entityId: bill.id,
      action: input.state,
      before: { state: bill.state },
      after: { state: after.state, date: input.date, detail, ...set },
    });
    return after;
  },
  'bills.calendar': async ({ month }, { db }) => {
    const first = `${month}-01`;
    const next = addDays(first, 32).slice(0, 7);
    const rows = (await billQuery(db)
      .where('acceptance_bills.maturity_date', '>=', first)
      .where('acceptance_bills.maturity_date', '<', `${next}-01`)
      .whereNot('acceptance_bills.state', 'cancelled')
      .orderBy([
        { column: 'acceptance_bills.maturity_date', order: 'asc' },
        { column: 'acceptance_bills.id', order: 'asc' },
      ])) as BillDbRow[];
    const days = new Map<string, BillRow[]>();
    for (const r of rows) days.set(r.maturity_date, [...(days.get(r.maturity_date) ?? []), toBillRow(r)]);
    const out = [...days].map(([date, bills]) => ({ date, bills, total: bills.reduce((s, b) => s + b.amount, 0) }));
    return { month, days: out, total: out.reduce((s, d) => s + d.total, 0), count: rows.length };
  },
};
