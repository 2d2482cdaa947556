import type { Knex } from 'knex';
import type { z } from 'zod';
import type { invoiceChannels } from '../../shared/invoices/contract';
import { formatFen } from '../../shared/money';
import { addDays } from '../dates';
import { int, nowIso } from '../db/rows';
import { MAX_IMPORT_ROWS, readFirstSheet } from '../excel/workbook';
import { AppError } from '../rpc/errors';
import type { HandlerContext } from '../rpc/handler';
import { tr } from '../rpc/validation';
import { checkLineAmounts, Problems } from './invoice-checks';
import { isTaxId, numberProblems, shownNumber } from './invoice-numbers';
import { getInvoice, insertInvoice, isRegistered, type InvoiceDbRow, type NewInvoice } from './invoice-store';
import { applyRedToOriginal, redTotalOf, splitRed } from './red-letter';
import { COLUMN_LABEL, readTaxExport, type SheetInvoice, type SheetProblem } from './tax-export-sheet';

type Db = Knex | Knex.Transaction;
type FileIn = z.output<(typeof invoiceChannels)['invoices.importPreview']['input']>;
type PreviewOut = z.input<(typeof invoiceChannels)['invoices.importPreview']['output']>;

interface Ready {
  sheet: SheetInvoice;
  customerId: number;
  customerName: string;
  paymentDays: number;
  /** A red row's original: registered already, or a blue invoice earlier in the file (by its key). */
  original: { id: number } | { key: string } | null;
}

const keyOf = (code: string, number: string) => `${code}|${number}`;

async function readFile(dataBase64: string) {
  try {
    const sheet = await readFirstSheet(Buffer.from(dataBase64, 'base64'));
    if (!sheet) throw new AppError('VALIDATION', 'errors.importNoSheet');
    if (sheet.rows.length > MAX_IMPORT_ROWS)
      throw new AppError('VALIDATION', 'errors.importTooMany', { max: MAX_IMPORT_ROWS });
    return sheet;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION', 'errors.importBadFile', { detail: String((err as Error).message).slice(0, 200) });
  }
}

/** Every invoice of the file checked as a registration would check it; nothing written. */
async function analyse(db: Db, input: FileIn) {
  const sheet = await readFile(input.dataBase64);
  const read = readTaxExport(sheet.headers, sheet.rows);
  const problems: SheetProblem[] = [...read.problems];
  for (const column of read.missing)
    problems.push({ row: 1, column, key: 'excelImport.missingHeader', vars: { column } });
  const ready: Ready[] = [];
  const blues = new Map<string, SheetInvoice>();
  for (const inv of read.invoices) {
    const fail = (field: string, key: string, vars?: Record<string, string | number>) =>
      problems.push({ row: inv.row, column: COLUMN_LABEL[field] ?? field, key, ...(vars ? { vars } : {}) });
    const before = problems.length;
    if (inv.cancelled) fail('status', 'invoiceMsg.import.cancelled');
    for (const p of numberProblems(inv.type, inv.code, inv.number)) fail(p.path, p.key);
    if (await isRegistered(db, inv.code, inv.number))
      fail('number', 'invoiceMsg.errors.duplicate', { number: shownNumber(inv.code, inv.number) });
    const lineProblems = new Problems();
    checkLineAmounts(inv.lines, lineProblems);
    for (const f of lineProblems.fields)
      problems.push({
        row: inv.lines[Number(f.path.split('.')[1])]!.row,
        column: COLUMN_LABEL[f.path.split('.')[2]!]!,
        key: f.message,
        vars: lineProblems.vars,
      });
    const customer = isTaxId(inv.buyerTaxId)
      ? ((await db('customers').whereRaw('upper(tax_id) = ?', [inv.buyerTaxId]).first('id', 'name', 'payment_days')) as
          { id: number; name: string; payment_days: number } | undefined)
      : undefined;
    if (!customer) fail('buyerTaxId', 'invoiceMsg.import.noCustomer', { taxId: inv.buyerTaxId || '—' });
    const gross = inv.lines.reduce((s, l) => s + l.gross, 0);
    let original: Ready['original'] = null;
    if (!inv.red && gross <= 0) fail('gross', 'invoiceMsg.errors.totalNotPositive');
    if (inv.red) {
      const blueKey = inv.blue && keyOf(inv.blue.code, inv.blue.number);
      const found = inv.blue
        ? ((await db('invoices').where({ code: inv.blue.code, number: inv.blue.number }).first()) as
            InvoiceDbRow | undefined)
        : undefined;
      const inFile = blueKey ? blues.get(blueKey) : undefined;
      if (found && !found.red_of_id) {
        const remaining = int(found.gross_fen) + (await redTotalOf(db, found.id));
        if (-gross > remaining)
          fail('gross', 'invoiceMsg.errors.redOverRemaining', { remaining: formatFen(remaining) });
        original = { id: found.id };
      } else if (inFile && blueKey) {
        if (-gross > inFile.lines.reduce((s, l) => s + l.gross, 0))
          fail('gross', 'invoiceMsg.errors.redOverRemaining', {
            remaining: formatFen(inFile.lines.reduce((s, l) => s + l.gross, 0)),
          });
        original = { key: blueKey };
      } else fail('number', 'invoiceMsg.import.noOriginal', { number: inv.blue?.number ?? '—' });
    }
    if (problems.length === before && customer) {
      ready.push({
        sheet: inv,
        customerId: customer.id,
        customerName: customer.name,
        paymentDays: customer.payment_days,
        original,
      });
      if (!inv.red) blues.set(keyOf(inv.code, inv.number), inv);
    }
  }
  return { total: read.invoices.length, ready, problems };
}

const rowErrors = (locale: HandlerContext['locale'], problems: SheetProblem[]) =>
  problems
    .sort((a, b) => a.row - b.row)
    .slice(0, 1000)
    .map((p) => ({ row: p.row, column: p.column, message: tr(locale, p.key, p.vars ?? {}) }));

export async function previewTaxExport(ctx: HandlerContext, input: FileIn): Promise<PreviewOut> {
  const { total, ready, problems } = await analyse(ctx.db, input);
  return {
    total,
    valid: ready.length,
    errors: rowErrors(ctx.locale, problems),
    invoices: ready.map((r) => ({
      row: r.sheet.row,
      number: r.sheet.number,
      code: r.sheet.code,
      type: r.sheet.type,
      issueDate: r.sheet.issueDate,
      buyerName: r.sheet.buyerName,
      customerName: r.customerName,
      gross: r.sheet.lines.reduce((s, l) => s + l.gross, 0),
      lines: r.sheet.lines.length,
      redOf: r.sheet.blue?.number ?? null,
    })),
  };
}

function toNew(r: Ready, importRef: string, createdBy: number | null): NewInvoice {
  const s = r.sheet;
  const gross = s.lines.reduce((sum, l) => sum + l.gross, 0);
  return {
    type: s.type,
    code: s.code,
    number: s.number,
    issueDate: s.issueDate,
    customerId: r.customerId,
    buyerName: s.buyerName || r.customerName,
    buyerTaxId: s.buyerTaxId,
    issuer: s.issuer,
    remarks: s.remarks,
    lines: s.lines.map(({ row: _row, ...l }) => ({
      ...l,
      orderLineId: null,
      quantity: s.red && l.quantity ? `-${l.quantity}` : l.quantity,
    })),
    noteIds: [],
    orderIds: [],
    overReason: null,
    redOfId: null,
    redReason: null,
    open: gross,
    settledOn: null,
    dueDate: s.red ? s.issueDate : addDays(s.issueDate, r.paymentDays),
    deliveryDate: s.issueDate,
    importRef,
    createdBy,
  };
}

/**
 * Registers every valid invoice of the file in one transaction (blue ones first, then the red-letters,
 * which may name a blue one of the same file), each audited, all carrying the batch's import_ref.
 */
export async function commitTaxExport(ctx: HandlerContext, input: FileIn) {
  const trx = ctx.tx();
  const { total, ready } = await analyse(trx, input);
  const importRef = `${input.filename.slice(0, 36)}@${nowIso().slice(0, 19)}`;
  const createdBy = ctx.user?.id ?? null;
  const ids = new Map<string, number>();
  let created = 0;
  let reds = 0;
  for (const r of ready.filter((x) => !x.sheet.red)) {
    const id = await insertInvoice(trx, toNew(r, importRef, createdBy));
    ids.set(keyOf(r.sheet.code, r.sheet.number), id);
    await ctx.audit({ entity: 'invoice', entityId: id, action: 'import', after: await getInvoice(trx, id) });
    created++;
  }
  for (const r of ready.filter((x) => x.sheet.red)) {
    const originalId = r.original && 'id' in r.original ? r.original.id : ids.get((r.original as { key: string }).key)!;
    const original = (await trx('invoices').where({ id: originalId }).first()) as InvoiceDbRow;
    const red = toNew(r, importRef, createdBy);
    const { absorbed, redOpen: open } = splitRed(red.open, int(original.open_fen));
    const id = await insertInvoice(trx, {
      ...red,
      redOfId: originalId,
      redReason: r.sheet.redReason,
      open,
      settledOn: open === 0 ? red.issueDate : null,
    });
    await applyRedToOriginal(trx, original, absorbed, red.issueDate);
    await ctx.audit({ entity: 'invoice', entityId: id, action: 'import', after: await getInvoice(trx, id) });
    reds++;
  }
  await ctx.audit({
    entity: 'import',
    entityId: importRef,
    action: 'import',
    after: { kind: 'invoices', filename: input.filename, created, reds, skipped: total - ready.length },
  });
  return { importRef, created, reds, skipped: total - ready.length };
}
