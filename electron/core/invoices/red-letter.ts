import type { Knex } from 'knex';
import type { z } from 'zod';
import type { redInput } from '../../shared/invoices/contract';
import { formatFen, parseDecimal, taxFromGross } from '../../shared/money';
import { int } from '../db/rows';
import { adjustInvoiceOpen } from '../receipts/allocation';
import { AppError, notFound } from '../rpc/errors';
import { checkLineAmounts, Problems } from './invoice-checks';
import type { InvoiceDbRow, InvoiceLineDbRow, NewInvoice, NewInvoiceLine } from './invoice-store';
import { checkNumberAndBuyer } from './register-invoice';

type Db = Knex | Knex.Transaction;
export type RedIn = z.output<typeof redInput>;

const negated = (text: string | null) => (text ? parseDecimal(text).negated().toString() : null);

function redLine(
  source: InvoiceLineDbRow,
  amounts: { net: number; tax: number; gross: number },
  quantity: string | null,
) {
  return {
    orderLineId: source.order_line_id,
    taxClass: source.tax_class,
    name: source.name,
    spec: source.spec,
    unit: source.unit,
    quantity: negated(quantity),
    unitPrice: source.unit_price,
    taxRate: source.tax_rate,
    net: -amounts.net,
    tax: -amounts.tax,
    gross: -amounts.gross,
  };
}

/** What earlier red-letters took back of an original, negative (0 when none). */
export async function redTotalOf(db: Db, originalId: number): Promise<number> {
  const row = (await db('invoices').where({ red_of_id: originalId }).sum({ s: 'gross_fen' }).first()) as
    { s: number | string | null } | undefined;
  return int(row?.s ?? 0);
}

/**
 * A red-letter (红字) against a blue invoice: all its lines, chosen lines, or one amount, never more than the
 * original's gross less earlier reds. Amounts negative; the original's open amount absorbs what it can and the
 * rest stays on the red as the customer's credit.
 */
export async function prepareRed(
  db: Db,
  input: RedIn,
): Promise<{ red: Omit<NewInvoice, 'importRef' | 'createdBy'>; original: InvoiceDbRow; absorbed: number }> {
  const original = (await db('invoices').where({ id: input.originalId }).first()) as InvoiceDbRow | undefined;
  if (!original) throw notFound('invoice', input.originalId);
  if (original.red_of_id)
    throw new AppError('CONFLICT', 'invoiceMsg.errors.redOfRed', { number: original.number }, [
      { path: 'originalId', message: 'invoiceMsg.errors.redOfRed' },
    ]);
  const problems = new Problems();
  const { code, number } = await checkNumberAndBuyer(
    db,
    { type: input.type, code: input.code, number: input.number, buyerTaxId: original.buyer_tax_id },
    problems,
  );
  if (input.issueDate < original.issue_date) problems.add('issueDate', 'invoiceMsg.errors.redBeforeOriginal');
  const sources = (await db('invoice_lines')
    .where({ invoice_id: original.id })
    .orderBy('position')) as InvoiceLineDbRow[];

  let lines: NewInvoiceLine[] = [];
  if (input.mode === 'full') {
    lines = sources.map((s) =>
      redLine(s, { net: int(s.net_fen), tax: int(s.tax_fen), gross: int(s.gross_fen) }, s.quantity),
    );
  } else if (input.mode === 'lines') {
    if (!input.lines.length) problems.add('lines', 'invoiceMsg.errors.redNothing');
    checkLineAmounts(
      input.lines.map((l, i) => ({
        ...l,
        taxRate: sources.find((s) => s.id === l.originalLineId)?.tax_rate ?? '0',
        i,
      })),
      problems,
    );
    input.lines.forEach((l, i) => {
      const source = sources.find((s) => s.id === l.originalLineId);
      if (!source) return problems.add(`lines.${i}.originalLineId`, 'invoiceMsg.errors.redLineNotOriginal');
      if (l.gross <= 0 || l.gross > Math.abs(int(source.gross_fen)))
        problems.add(`lines.${i}.gross`, 'invoiceMsg.errors.redLineOver');
      if (l.quantity && source.quantity && parseDecimal(l.quantity).greaterThan(parseDecimal(source.quantity)))
        problems.add(`lines.${i}.quantity`, 'invoiceMsg.errors.redLineOver');
      lines.push(redLine(source, l, l.quantity));
    });
  } else {
    const rates = new Set(sources.map((s) => s.tax_rate));
    if (!input.amount) problems.add('amount', 'invoiceMsg.errors.redNothing');
    else if (rates.size !== 1) problems.add('amount', 'invoiceMsg.errors.redAmountRates');
    else {
      const first = sources[0]!;
      lines = [{ ...redLine(first, taxFromGross(input.amount, first.tax_rate), null), orderLineId: null }];
    }
  }
  const gross = lines.reduce((s, l) => s + l.gross, 0);
  const remaining = int(original.gross_fen) + (await redTotalOf(db, original.id));
  if (lines.length && -gross > remaining)
    problems.add(input.mode === 'amount' ? 'amount' : 'lines', 'invoiceMsg.errors.redOverRemaining', {
      remaining: formatFen(remaining),
    });
  problems.throwIfAny();

  const { absorbed, redOpen } = splitRed(gross, int(original.open_fen));
  return {
    red: {
      type: input.type,
      code,
      number,
      issueDate: input.issueDate,
      customerId: original.customer_id,
      buyerName: original.buyer_name,
      buyerTaxId: original.buyer_tax_id,
      issuer: null,
      remarks: input.remarks,
      lines,
      noteIds: [],
      orderIds: [],
      overReason: null,
      redOfId: original.id,
      redReason: input.reason,
      open: redOpen,
      settledOn: redOpen === 0 ? input.issueDate : null,
      dueDate: input.issueDate,
      deliveryDate: input.issueDate,
    },
    original,
    absorbed,
  };
}

/**
 * What a red-letter of `gross` (negative) takes off its original with `originalOpen` still owed, and what it keeps
 * open of its own: the original absorbs what it can, the rest stays on the red as the customer's credit.
 */
export function splitRed(gross: number, originalOpen: number): { absorbed: number; redOpen: number } {
  const absorbed = Math.max(0, Math.min(-gross, originalOpen));
  return { absorbed, redOpen: gross + absorbed };
}

/**
 * The original's open amount less what the red absorbed, moved the one way open amounts move (allocation.ts): settled
 * on the red's date when it reaches 0. The original is a changed document: its lock version moves on.
 */
export async function applyRedToOriginal(
  trx: Knex.Transaction,
  original: InvoiceDbRow,
  absorbed: number,
  on: string,
): Promise<void> {
  if (absorbed === 0) return;
  await adjustInvoiceOpen(trx, original.id, -absorbed, on);
  await trx('invoices')
    .where({ id: original.id })
    .update({ lock_version: trx.raw('lock_version + 1') });
}
