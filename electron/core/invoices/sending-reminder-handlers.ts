import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import { REMINDER_WAYS, type UnacknowledgedRow } from '../../shared/invoices/sending-contract';
import { formatFen } from '../../shared/money';
import { addDays, daysBetween, today } from '../dates';
import { readReceivableSettings } from '../receivables/receivable-settings';
import { contains, pageQuery } from '../db/list-query';
import { int, nowIso } from '../db/rows';
import { writeTransaction } from '../db/write-transaction';
import { AppError } from '../rpc/errors';
import { selfManaged, type HandlerContext, type HandlerMap } from '../rpc/handler';
import { readCompany } from '../settings/company';
import { sendInvoiceMail } from './sending-mail';
import { sendContext } from './sending-send-handlers';
import { deliveryQuery, getDelivery, loadInvoices, type InvoiceDbRow } from './sending-store';

type Channel = 'invoices.unacknowledged' | 'invoices.remind';

type WaitingDbRow = InvoiceDbRow & { last_reminder_way: UnacknowledgedRow['lastReminderWay'] };

/** Only invoices sent and still without 回执 are reminded about. */
function expectAwaiting(invoices: InvoiceDbRow[]): void {
  const other = invoices.find((i) => i.delivery_state !== 'sent');
  if (other) throw new AppError('CONFLICT', 'invoiceSendMsg.errors.notAwaiting', { number: other.number });
}

/** One reminder row per invoice and the invoice's reminded_on, audited, in `trx`. */
async function recordReminders(
  ctx: HandlerContext,
  trx: Knex.Transaction,
  invoices: InvoiceDbRow[],
  way: (typeof REMINDER_WAYS)[number],
  details: { emailTo?: string; messageId?: string; note: string | null },
): Promise<void> {
  const date = today();
  const sc = sendContext(ctx, trx);
  for (const invoice of invoices) {
    await trx('invoice_sendings').insert({
      invoice_id: invoice.id,
      way,
      date,
      email_to: details.emailTo ?? null,
      message_id: details.messageId?.slice(0, 200) ?? null,
      note: details.note,
      user_id: sc.userId,
      created_at: nowIso(),
    });
    await trx('invoices').where({ id: invoice.id }).update({ reminded_on: date, updated_at: nowIso() });
    await sc.audit({
      entity: 'invoice',
      entityId: invoice.id,
      action: 'remind',
      before: { remindedOn: invoice.reminded_on },
      after: { remindedOn: date, way, ...details },
    });
  }
}

/** One mail per customer, to its invoice address, listing its invoices awaiting 回执. */
async function reminderMail(ctx: HandlerContext, invoices: InvoiceDbRow[]) {
  const company = (await readCompany(ctx.services.db())).name ?? '';
  const lines = invoices.map((i) =>
    translate(ctx.locale, 'invoiceSendMsg.text.remindLine', {
      number: i.number,
      date: i.issue_date,
      amount: formatFen(int(i.gross_fen)),
      sentOn: i.sent_on ?? '',
    }),
  );
  const vars = { company, customer: invoices[0]!.customer_name, lines: lines.join('\n') };
  return {
    to: [invoices[0]!.invoice_email!],
    cc: [],
    subject: translate(ctx.locale, 'invoiceSendMsg.text.remindSubject', vars).trim(),
    text: translate(ctx.locale, 'invoiceSendMsg.text.remindBody', vars),
    attachments: [],
  };
}

export const reminderHandlers: HandlerMap<Channel> = {
  'invoices.unacknowledged': async (input, { db }) => {
    const days = input.filters.days ?? (await readReceivableSettings(db)).ackReminderDays;
    const now = today();
    const base = db('invoices')
      .where('invoices.delivery_state', 'sent')
      .where('invoices.sent_on', '<=', addDays(now, -days));
    if (input.filters.customerId) base.where('invoices.customer_id', input.filters.customerId);
    const lastReminder = db('invoice_sendings')
      .select('way')
      .whereRaw('invoice_sendings.invoice_id = invoices.id')
      .whereIn('way', REMINDER_WAYS)
      .orderBy('id', 'desc')
      .limit(1);
    const page = await pageQuery(
      base,
      input,
      {
        search: (term) =>
          db('invoices')
            .select('id')
            .where((w) => {
              w.whereRaw(...contains('invoices.number', term)).orWhereRaw(...contains('invoices.buyer_name', term));
            }),
        sortColumns: { sentOn: 'invoices.sent_on', number: 'invoices.number', grossFen: 'invoices.gross_fen' },
        defaultSort: { column: 'invoices.sent_on', dir: 'asc' },
        idColumn: 'invoices.id',
        read: deliveryQuery(db).select(lastReminder.as('last_reminder_way')),
      },
      (r: WaitingDbRow): UnacknowledgedRow => ({
        id: r.id,
        code: r.code,
        number: r.number,
        issueDate: r.issue_date,
        customerId: r.customer_id,
        customerName: r.customer_name,
        invoiceEmail: r.invoice_email,
        grossFen: int(r.gross_fen),
        sentOn: r.sent_on!,
        daysWaiting: daysBetween(r.sent_on!, now),
        remindedOn: r.reminded_on,
        lastReminderWay: r.last_reminder_way,
      }),
    );
    return { ...page, days };
  },
  // Mails go out before anything is written; each customer's reminder is recorded as soon as its
  // mail has gone, so a later failure leaves the ones sent on record and says which failed.
  'invoices.remind': selfManaged(async ({ invoiceIds, way, note }, ctx) => {
    const db = ctx.services.db();
    const invoices = await loadInvoices(db, invoiceIds);
    expectAwaiting(invoices);
    if (way === 'phone') {
      await writeTransaction(db, (trx) => recordReminders(ctx, trx, invoices, 'remind_phone', { note }));
    } else {
      const byCustomer = new Map<number, InvoiceDbRow[]>();
      for (const i of invoices) byCustomer.set(i.customer_id, [...(byCustomer.get(i.customer_id) ?? []), i]);
      const missing = invoices.find((i) => !i.invoice_email);
      if (missing)
        throw new AppError('VALIDATION', 'invoiceSendMsg.errors.noInvoiceEmail', { customer: missing.customer_name });
      const done: string[] = [];
      for (const group of byCustomer.values()) {
        const mail = await reminderMail(ctx, group);
        try {
          const { messageId } = await sendInvoiceMail(ctx.services, mail);
          await writeTransaction(db, (trx) =>
            recordReminders(ctx, trx, group, 'remind_email', { emailTo: mail.to[0]!, messageId, note }),
          );
          done.push(group[0]!.customer_name);
        } catch (err) {
          if (!done.length || !(err instanceof AppError)) throw err;
          throw new AppError('CONFLICT', 'invoiceSendMsg.errors.remindPartly', {
            done: done.join(', '),
            customer: group[0]!.customer_name,
            reason: translate(ctx.locale, err.messageKey, err.vars),
          });
        }
      }
    }
    return Promise.all(invoices.map((i) => getDelivery(db, i.id)));
  }),
};
