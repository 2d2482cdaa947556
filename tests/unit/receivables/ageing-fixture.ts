import { nowIso } from '../../../electron/core/db/rows';
import type { TestCore } from '../support/test-core';

/**
 * Receipts, allocations and red-letter corrections written straight into migration 0011's tables, keeping
 * open_fen / settled_on / unapplied_fen as the services will: the receipt and invoice services are being built in
 * parallel, and the ageing and statements only read these rows.
 */
export function ledger(t: TestCore) {
  const db = () => t.core.services.db();
  let serial = 0;

  async function setOpen(invoiceId: number, delta: number, date: string) {
    const inv = (await db()('invoices').where({ id: invoiceId }).first('open_fen')) as { open_fen: number };
    const open = Number(inv.open_fen) + delta;
    await db()('invoices')
      .where({ id: invoiceId })
      .update({ open_fen: open, settled_on: open === 0 ? date : null });
  }

  return {
    async receipt(o: { customerId: number; date: string; amount: number; method?: string; cancelled?: boolean }) {
      serial += 1;
      const now = nowIso();
      const [row] = (await db()('receipts')
        .insert({
          number: `SK-T${String(serial).padStart(5, '0')}`,
          date: o.date,
          customer_id: o.customerId,
          payer_name: '付款人',
          amount_fen: o.amount,
          method: o.method ?? 'transfer',
          unapplied_fen: o.amount,
          cancelled_at: o.cancelled ? now : null,
          cancel_reason: o.cancelled ? '重复登记' : null,
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'number'])) as { id: number; number: string }[];
      return row!;
    },

    /** 核销: dated the later of the receipt's and the invoice's date, as the receipt service does. */
    async allocate(o: { receiptId: number; invoiceId: number; amount: number; date: string }) {
      const [row] = (await db()('allocations')
        .insert({
          receipt_id: o.receiptId,
          invoice_id: o.invoiceId,
          amount_fen: o.amount,
          date: o.date,
          created_at: nowIso(),
        })
        .returning('id')) as { id: number }[];
      await setOpen(o.invoiceId, -o.amount, o.date);
      await db()('receipts').where({ id: o.receiptId }).decrement('unapplied_fen', o.amount);
      return row!.id;
    },

    async undo(allocationId: number, undoneOn: string) {
      const a = (await db()('allocations').where({ id: allocationId }).first()) as {
        receipt_id: number;
        invoice_id: number;
        amount_fen: number;
      };
      await db()('allocations')
        .where({ id: allocationId })
        .update({ undone_on: undoneOn, undone_at: nowIso(), undo_reason: '核销错误' });
      await setOpen(a.invoice_id, Number(a.amount_fen), undoneOn);
      await db()('receipts').where({ id: a.receipt_id }).increment('unapplied_fen', Number(a.amount_fen));
    },

    /** A red-letter invoice against `originalId` for `amount` fen (negative): it lowers the original's open amount. */
    async red(o: { originalId: number; date: string; amount: number }) {
      const orig = (await db()('invoices').where({ id: o.originalId }).first()) as Record<string, unknown>;
      serial += 1;
      const now = nowIso();
      const [row] = (await db()('invoices')
        .insert({
          type: orig.type,
          code: '',
          number: `RED${String(Date.now() % 1e9).padStart(9, '0')}${String(serial).padStart(4, '0')}`,
          issue_date: o.date,
          customer_id: orig.customer_id,
          buyer_name: orig.buyer_name,
          net_fen: o.amount,
          tax_fen: 0,
          gross_fen: o.amount,
          open_fen: 0,
          settled_on: o.date,
          due_date: o.date,
          delivery_date: o.date,
          red_of_id: o.originalId,
          red_reason: 'allowance',
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'number'])) as { id: number; number: string }[];
      await setOpen(o.originalId, o.amount, o.date);
      return row!;
    },
  };
}
