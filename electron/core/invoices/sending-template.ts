import type { Knex } from 'knex';
import { MESSAGES } from '../../shared/i18n/translate';
import type { MailTemplate } from '../../shared/invoices/sending-contract';
import { amountInWords, formatFen } from '../../shared/money';
import type { Locale } from '../../shared/rpc/envelope';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';
import { readCompany } from '../settings/company';
import { loadInvoice } from './sending-store';

type Db = Knex | Knex.Transaction;

/** Fills {{name}} placeholders; an unknown one is left as typed, so the user sees the slip. */
export function fillPlaceholders(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The values an invoice mail's placeholders stand for. */
export async function invoiceMailVars(db: Db, invoiceId: number): Promise<Record<string, string>> {
  const invoice = await loadInvoice(db, invoiceId);
  const company = await readCompany(db);
  const gross = int(invoice.gross_fen);
  return {
    company: company.name ?? '',
    customer: invoice.customer_name,
    number: invoice.number,
    date: invoice.issue_date,
    amount: formatFen(gross),
    amountInWords: amountInWords(gross),
  };
}

interface CustomerTemplateRow {
  id: number;
  name: string;
  invoice_email: string | null;
  invoice_mail_subject: string | null;
  invoice_mail_body: string | null;
}

/** The customer's template, the defaults in the caller's language, and, for an invoice, both filled. */
export async function readMailTemplate(
  db: Db,
  locale: Locale,
  customerId: number,
  invoiceId: number | null,
): Promise<MailTemplate> {
  const c = (await db('customers')
    .where({ id: customerId })
    .first('id', 'name', 'invoice_email', 'invoice_mail_subject', 'invoice_mail_body')) as
    CustomerTemplateRow | undefined;
  if (!c) throw notFound('customer', customerId);
  // The raw wording, placeholders kept: the user edits the template, not one mail.
  const defaults = MESSAGES[locale].invoiceSendMsg.text;
  const subject = c.invoice_mail_subject ?? defaults.mailSubject;
  const body = c.invoice_mail_body ?? defaults.mailBody;
  let filled: MailTemplate['filled'] = null;
  if (invoiceId !== null) {
    const vars = await invoiceMailVars(db, invoiceId);
    filled = { subject: fillPlaceholders(subject, vars).trim(), body: fillPlaceholders(body, vars) };
  }
  return {
    customerId: c.id,
    customerName: c.name,
    email: c.invoice_email,
    subject: c.invoice_mail_subject,
    body: c.invoice_mail_body,
    defaultSubject: defaults.mailSubject,
    defaultBody: defaults.mailBody,
    filled,
  };
}
