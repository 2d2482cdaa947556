import type { Knex } from 'knex';
import type { InvoiceDelivery, SendingRow, SendingWay } from '../../shared/invoices/sending-contract';
import { translate } from '../../shared/i18n/translate';
import { formatFen } from '../../shared/money';
import type { Locale } from '../../shared/rpc/envelope';
import { today } from '../dates';
import { int, nowIso } from '../db/rows';
import { createEntry } from '../register/register-store';
import { AppError } from '../rpc/errors';
import type { AuditEntry } from '../audit/audit-log';

type Db = Knex | Knex.Transaction;

export interface InvoiceDbRow {
  id: number;
  code: string;
  number: string;
  issue_date: string;
  customer_id: number;
  customer_name: string;
  invoice_email: string | null;
  gross_fen: number | string;
  attachment_id: number | null;
  delivery_state: InvoiceDelivery['deliveryState'];
  sent_on: string | null;
  acknowledged_on: string | null;
  ack_signer: string | null;
  ack_attachment_id: number | null;
  reminded_on: string | null;
  lock_version: number;
}

/** Invoices with their customer's name and invoice address: what sending reads and shows. */
export function deliveryQuery(db: Db): Knex.QueryBuilder {
  return db('invoices')
    .join('customers', 'customers.id', 'invoices.customer_id')
    .select(
      'invoices.id',
      'invoices.code',
      'invoices.number',
      'invoices.issue_date',
      'invoices.customer_id',
      'customers.name as customer_name',
      'customers.invoice_email',
      'invoices.gross_fen',
      'invoices.attachment_id',
      'invoices.delivery_state',
      'invoices.sent_on',
      'invoices.acknowledged_on',
      'invoices.ack_signer',
      'invoices.ack_attachment_id',
      'invoices.reminded_on',
      'invoices.lock_version',
    );
}

/** The invoices of a batch, in the order asked; one unknown id refuses the lot. */
export async function loadInvoices(db: Db, ids: number[]): Promise<InvoiceDbRow[]> {
  const rows = (await deliveryQuery(db).whereIn('invoices.id', ids)) as InvoiceDbRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...new Set(ids)].map((id) => {
    const row = byId.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'invoiceSendMsg.errors.invoiceNotFound', { id });
    return row;
  });
}

export async function loadInvoice(db: Db, id: number): Promise<InvoiceDbRow> {
  return (await loadInvoices(db, [id]))[0]!;
}

/** An invoice's sendings and reminders, by date (then as recorded), with who recorded each. */
export async function sendingsOf(db: Db, invoiceId: number): Promise<SendingRow[]> {
  const rows = (await db('invoice_sendings')
    .leftJoin('users', 'users.id', 'invoice_sendings.user_id')
    .where('invoice_sendings.invoice_id', invoiceId)
    .orderBy(['invoice_sendings.date', 'invoice_sendings.id'])
    .select('invoice_sendings.*', 'users.display_name as user_name')) as {
    id: number;
    way: SendingRow['way'];
    date: string;
    email_to: string | null;
    courier: string | null;
    tracking_no: string | null;
    handed_to: string | null;
    note: string | null;
    user_name: string | null;
  }[];
  return rows.map((s) => ({
    id: s.id,
    way: s.way,
    date: s.date,
    emailTo: s.email_to,
    courier: s.courier,
    trackingNo: s.tracking_no,
    handedTo: s.handed_to,
    note: s.note,
    userName: s.user_name,
  }));
}

export async function getDelivery(db: Db, id: number): Promise<InvoiceDelivery> {
  const r = await loadInvoice(db, id);
  const sendings = await sendingsOf(db, id);
  return {
    id: r.id,
    number: r.number,
    issueDate: r.issue_date,
    customerId: r.customer_id,
    customerName: r.customer_name,
    invoiceEmail: r.invoice_email,
    grossFen: int(r.gross_fen),
    attachmentId: r.attachment_id,
    deliveryState: r.delivery_state,
    sentOn: r.sent_on,
    acknowledgedOn: r.acknowledged_on,
    ackSigner: r.ack_signer,
    ackAttachmentId: r.ack_attachment_id,
    remindedOn: r.reminded_on,
    sendings,
  };
}

/** A business date that must lie between the invoice's issue date and today. */
export function checkSendDate(invoices: InvoiceDbRow[], date: string, path = 'date'): void {
  if (date > today())
    throw new AppError('VALIDATION', 'invoiceSendMsg.errors.inFuture', {}, [
      { path, message: 'invoiceSendMsg.errors.inFuture' },
    ]);
  const early = invoices.find((i) => date < i.issue_date);
  if (early) {
    const vars = { number: early.number, issueDate: early.issue_date };
    throw new AppError('VALIDATION', 'invoiceSendMsg.errors.beforeIssue', vars, [
      { path, message: 'invoiceSendMsg.errors.beforeIssue' },
    ]);
  }
}

export interface Sending {
  way: SendingWay;
  date: string;
  emailTo?: string;
  messageId?: string;
  courier?: string;
  trackingNo?: string;
  handedTo?: string;
  note?: string | null;
}

export interface SendContext {
  userId: number | null;
  locale: Locale;
  audit(entry: AuditEntry): Promise<void>;
}

function registerSummary(locale: Locale, s: Sending): string {
  const key = {
    email: 'registerEmail',
    courier: 'registerCourier',
    hand: 'registerHand',
    tax_account: 'registerTaxAccount',
  }[s.way];
  const summary = translate(locale, `invoiceSendMsg.text.${key}`, {
    to: s.emailTo ?? '',
    courier: s.courier ?? '',
    trackingNo: s.trackingNo ?? '',
    handedTo: s.handedTo ?? '',
  });
  return s.note ? `${summary}\n${s.note}` : summary;
}

/**
 * One invoice went out: a sending row, the invoice marked sent (the first time only; a resend keeps
 * state and date), and an outgoing letter in the register (收发文) that shows its 回执. Audited.
 */
export async function recordSending(
  trx: Knex.Transaction,
  ctx: SendContext,
  invoice: InvoiceDbRow,
  s: Sending,
): Promise<void> {
  const now = nowIso();
  await trx('invoice_sendings').insert({
    invoice_id: invoice.id,
    way: s.way,
    date: s.date,
    email_to: s.emailTo ?? null,
    message_id: s.messageId ?? null,
    courier: s.courier ?? null,
    tracking_no: s.trackingNo ?? null,
    handed_to: s.handedTo ?? null,
    note: s.note ?? null,
    user_id: ctx.userId,
    created_at: now,
  });
  const first = invoice.delivery_state === 'unsent';
  // The row is bumped without a version check: sending is not an edit of the invoice's fields.
  await trx('invoices')
    .where({ id: invoice.id })
    .update({
      ...(first ? { delivery_state: 'sent', sent_on: s.date } : {}),
      lock_version: trx.raw('lock_version + 1'),
      updated_at: now,
    });
  const entry = await createEntry(
    trx,
    {
      kind: 'invoice',
      direction: 'sent',
      date: s.date,
      customerId: invoice.customer_id,
      supplierId: null,
      counterparty: invoice.customer_name,
      theirRef: null,
      subject: translate(ctx.locale, 'invoiceSendMsg.text.registerSubject', {
        number: invoice.number,
        amount: formatFen(int(invoice.gross_fen)),
      }),
      orderId: null,
      quoteId: null,
      archiveLocation: null,
      summary: registerSummary(ctx.locale, s),
    },
    ctx.userId,
    invoice.id,
  );
  await ctx.audit({ entity: 'register', entityId: entry.id, action: 'create', after: entry });
  await ctx.audit({
    entity: 'invoice',
    entityId: invoice.id,
    action: 'send',
    before: { deliveryState: invoice.delivery_state, sentOn: invoice.sent_on },
    after: {
      deliveryState: first ? 'sent' : invoice.delivery_state,
      sentOn: first ? s.date : invoice.sent_on,
      ...s,
      registerNumber: entry.number,
    },
  });
}
