import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { id, optText, orNull, plainDate, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';
import { maturityAllowed } from './bill-dates';

/** How the money came: 转账, 银行承兑汇票, 商业承兑汇票, 现金, 支票, 微信, 支付宝. */
export const RECEIPT_METHODS = [
  'transfer',
  'bank_bill',
  'commercial_bill',
  'cash',
  'cheque',
  'wechat',
  'alipay',
] as const;
export type ReceiptMethod = (typeof RECEIPT_METHODS)[number];
export const BILL_METHODS: readonly ReceiptMethod[] = ['bank_bill', 'commercial_bill'];
export const isBillMethod = (m: ReceiptMethod) => BILL_METHODS.includes(m);

/** 银行承兑 / 商业承兑: follows the receipt's method. */
export const BILL_KINDS = ['bank', 'commercial'] as const;
/**
 * held -> endorsed | discounted | collected | dishonoured; endorsed -> dishonoured (recourse).
 * cancelled: the receipt it came with was cancelled as a mistake.
 */
export const BILL_STATES = ['held', 'endorsed', 'discounted', 'collected', 'dishonoured', 'cancelled'] as const;
export type BillState = (typeof BILL_STATES)[number];
/** The states a user may move a bill to, from each state. */
export const BILL_TRANSITIONS: Record<BillState, readonly BillState[]> = {
  held: ['endorsed', 'discounted', 'collected', 'dishonoured'],
  endorsed: ['dishonoured'],
  discounted: [],
  collected: [],
  dishonoured: [],
  cancelled: [],
};

const amountError = { error: 'receiptMsg.errors.amount' };
const feeError = { error: 'receiptMsg.errors.fee' };
/** Integer fen above zero; anything else (text, full-width digits, fractions, negatives) is one plain message. */
export const positiveFen = z
  .number(amountError)
  .int(amountError)
  .positive(amountError)
  .max(Number.MAX_SAFE_INTEGER, amountError);
const feeFen = z.number(feeError).int(feeError).min(0, feeError).max(Number.MAX_SAFE_INTEGER, feeError);

export const billInput = z.object({
  billNo: text(40),
  drawer: optText(100),
  acceptor: text(100),
  issueDate: plainDate,
  maturityDate: plainDate,
});

export const allocationItem = z.object({ invoiceId: id, amount: positiveFen });

export const receiptInput = z
  .object({
    date: plainDate,
    customerId: id,
    /** As on the bank slip; the customer's name when left empty. */
    payerName: optText(100),
    amount: positiveFen,
    fee: feeFen.default(0),
    method: z.enum(RECEIPT_METHODS),
    bankRef: optText(60),
    notes: optText(500),
    bill: orNull(billInput),
    allocations: z.array(allocationItem).max(200).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.amount > 0 && r.fee >= r.amount)
      ctx.addIssue({ code: 'custom', path: ['fee'], message: 'receiptMsg.errors.feeOverAmount' });
    if (isBillMethod(r.method) && !r.bill)
      ctx.addIssue({ code: 'custom', path: ['bill', 'billNo'], message: 'receiptMsg.errors.billRequired' });
    if (r.bill && isBillMethod(r.method) && !maturityAllowed(r.bill.issueDate, r.bill.maturityDate))
      ctx.addIssue({ code: 'custom', path: ['bill', 'maturityDate'], message: 'receiptMsg.errors.maturity' });
  });
export type ReceiptInput = z.input<typeof receiptInput>;

export const billRow = z.object({
  id,
  billNo: z.string(),
  kind: z.enum(BILL_KINDS),
  receiptId: id.nullable(),
  receiptNumber: z.string().nullable(),
  customerId: id,
  customerName: z.string(),
  drawer: z.string().nullable(),
  acceptor: z.string(),
  amount: z.number().int(),
  issueDate: z.string(),
  maturityDate: z.string(),
  state: z.enum(BILL_STATES),
  stateDate: z.string().nullable(),
  endorsee: z.string().nullable(),
  discountBank: z.string().nullable(),
  /** The cost of discounting (贴现利息), fen. */
  discountInterest: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type BillRow = z.output<typeof billRow>;

export const billDetail = billRow.extend({
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  events: z.array(
    z.object({
      id,
      state: z.enum(BILL_STATES),
      date: z.string(),
      detail: z.string().nullable(),
      userName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type BillDetail = z.output<typeof billDetail>;

export const receiptRow = z.object({
  id,
  number: z.string(),
  date: z.string(),
  customerId: id,
  customerName: z.string(),
  payerName: z.string(),
  amount: z.number().int(),
  fee: z.number().int(),
  method: z.enum(RECEIPT_METHODS),
  bankRef: z.string().nullable(),
  /** What is left to allocate: the customer's 预收. 0 once cancelled. */
  unapplied: z.number().int(),
  billNo: z.string().nullable(),
  cancelled: z.boolean(),
  updatedAt: z.string(),
});
export type ReceiptRow = z.output<typeof receiptRow>;

export const allocationOut = z.object({
  id,
  invoiceId: id,
  invoiceNumber: z.string(),
  invoiceIssueDate: z.string(),
  amount: z.number().int(),
  date: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  undoneOn: z.string().nullable(),
  undoneBy: z.string().nullable(),
  undoReason: z.string().nullable(),
});

export const receiptDetail = receiptRow.extend({
  notes: z.string().nullable(),
  allocated: z.number().int(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  lockVersion: z.number().int(),
  allocations: z.array(allocationOut),
  bill: billRow.nullable(),
});
export type ReceiptDetail = z.output<typeof receiptDetail>;

/** A customer's invoice with money still owed on it. */
export const openInvoice = z.object({
  id,
  /** The paper invoice's code ('' for 数电). */
  code: z.string(),
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  gross: z.number().int(),
  open: z.number().int(),
});
export type OpenInvoice = z.output<typeof openInvoice>;

export const suggestion = z.object({
  items: z.array(openInvoice.extend({ amount: z.number().int() })),
  /** Money the suggestion leaves unapplied. */
  rest: z.number().int(),
});

export const calendarOut = z.object({
  month: z.string(),
  days: z.array(z.object({ date: z.string(), bills: z.array(billRow), total: z.number().int() })),
  total: z.number().int(),
  count: z.number().int(),
});

export const dailyOut = z.object({
  date: z.string(),
  shipped: z.array(
    z.object({ id, number: z.string(), customerName: z.string(), status: z.string(), gross: z.number().int() }),
  ),
  shippedTotal: z.number().int(),
  received: z.array(
    z.object({
      id,
      number: z.string(),
      customerName: z.string(),
      payerName: z.string(),
      method: z.enum(RECEIPT_METHODS),
      bankRef: z.string().nullable(),
      billNo: z.string().nullable(),
      amount: z.number().int(),
      fee: z.number().int(),
    }),
  ),
  receivedTotal: z.number().int(),
  feeTotal: z.number().int(),
  byMethod: z.array(z.object({ method: z.enum(RECEIPT_METHODS), amount: z.number().int(), count: z.number().int() })),
});
export type DailyList = z.output<typeof dailyOut>;

const file = z.object({ filename: z.string(), dataBase64: z.string() });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'receiptMsg.errors.month' });

export const RECEIPT_SORTABLE = ['number', 'date', 'amount', 'unapplied'] as const;
export const BILL_SORTABLE = ['billNo', 'maturityDate', 'amount', 'issueDate'] as const;

export const receiptChannels = {
  'receipts.list': query(
    'finance.read',
    listInput(RECEIPT_SORTABLE, {
      customerId: id,
      method: z.enum(RECEIPT_METHODS),
      hasUnapplied: z.boolean(),
      includeCancelled: z.boolean(),
      from: plainDate,
      to: plainDate,
    }),
    pageOf(receiptRow),
  ),
  'receipts.get': query('finance.read', z.object({ id }), receiptDetail),
  /** 回款登记: numbered HK…, a bill registered with it, allocated at once when allocations are given. */
  'receipts.create': mutation('receipts.write', receiptInput, receiptDetail),
  /** Only while nothing is allocated; a cancelled receipt counts nowhere. */
  'receipts.cancel': mutation('receipts.write', z.object({ id, reason: text(500) }), receiptDetail),
  /** 核销: parts of the receipt's unapplied money to the customer's open invoices. */
  'receipts.allocate': mutation(
    'receipts.write',
    z.object({ receiptId: id, items: z.array(allocationItem).min(1).max(200) }),
    receiptDetail,
  ),
  'receipts.undoAllocation': mutation(
    'receipts.write',
    z.object({ allocationId: id, reason: text(500) }),
    receiptDetail,
  ),
  /** The customer's invoices still open, oldest due first (the order FIFO allocates in). */
  'receipts.openInvoices': query('finance.read', z.object({ customerId: id }), z.array(openInvoice)),
  /** FIFO: oldest due date first, the last one partial, until the money runs out. */
  'receipts.suggest': query(
    'finance.read',
    z.union([z.object({ receiptId: id }), z.object({ customerId: id, amount: positiveFen })]),
    suggestion,
  ),

  'bills.list': query(
    'finance.read',
    listInput(BILL_SORTABLE, {
      state: z.enum(BILL_STATES),
      kind: z.enum(BILL_KINDS),
      customerId: id,
      maturityFrom: plainDate,
      maturityTo: plainDate,
    }),
    pageOf(billRow),
  ),
  'bills.get': query('finance.read', z.object({ id }), billDetail),
  'bills.transition': mutation(
    'receipts.write',
    z.object({
      id,
      state: z.enum(['endorsed', 'discounted', 'collected', 'dishonoured']),
      date: plainDate,
      endorsee: optText(100),
      discountBank: optText(100),
      discountInterest: orNull(feeFen),
      detail: optText(500),
    }),
    billDetail,
  ),
  /** 到期日历: the bills maturing on each day of the month. */
  'bills.calendar': query('finance.read', z.object({ month }), calendarOut),

  /** 每日资金: what shipped and what was received on the day. */
  'finance.daily': query('finance.read', z.object({ date: plainDate }), dailyOut),
  'finance.dailyPdf': query('finance.read', z.object({ date: plainDate }), file),
  'finance.dailyXlsx': query('finance.read', z.object({ date: plainDate }), file),
};
