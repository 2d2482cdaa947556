import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../electron/core/dates';
import { DEMO_OFFERS, DEMO_SOURCING } from '../../../electron/core/demo/demo-purchasing';
import { Dec, parseDecimal } from '../../../electron/shared/money';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const db = () => t.core.services.db();

async function p01() {
  const found = await t.ok('orders.list', { q: 'TFRQ-WZ-2026-0108' });
  return t.ok('orders.get', { id: found.rows[0]!.id });
}

const sum = (values: string[]) => values.reduce((s, v) => s.plus(parseDecimal(v)), new Dec(0)).toString();

describe('the demo company buys in what it sells: the purchaser’s side reconciles', () => {
  it('the catalogue answers who sells a model, with parameters, manual prices and the prices the RFQ and POs taught it', async () => {
    await t.ok('demo.load', {});
    const all = await t.ok('purchasing.catalogue.list', { pageSize: 200 });
    expect(all.total).toBe(DEMO_OFFERS.length);
    expect(all.rows.every((r) => r.model && r.maker)).toBe(true);
    const q41f = await t.ok('purchasing.catalogue.list', { q: 'Q41F-16C', pageSize: 50 });
    expect(new Set(q41f.rows.map((r) => r.supplierName))).toEqual(
      new Set(['中核苏阀科技实业股份有限公司', '苏州纽威阀门股份有限公司']),
    );
    // Hand-typed prices, newest first.
    const gate = all.rows.find((r) => r.productSpec === 'Z41H-16C DN100')!;
    const gateDetail = await t.ok('purchasing.catalogue.get', { id: gate.id });
    expect(gateDetail.prices.map((p) => [p.unitPrice, p.source])).toEqual([
      ['1420', 'manual'],
      ['1380', 'manual'],
    ]);
    expect(gateDetail.params).toContainEqual({ name: '口径', value: 'DN100' });
    // The winner's RFQ price (net, as it answered) and its PO price are on file beside each other.
    const ball = all.rows.find(
      (r) => r.productSpec === 'Q41F-16C DN100' && r.supplierName === '苏州纽威阀门股份有限公司',
    )!;
    const ballDetail = await t.ok('purchasing.catalogue.get', { id: ball.id });
    expect(ballDetail.prices.map((p) => p.source).sort()).toEqual(['po', 'rfq']);
    expect(ballDetail.prices.find((p) => p.source === 'rfq')).toMatchObject({
      unitPrice: '1720',
      priceIncludesTax: false,
      netUnitPrice: '1720.0000',
      grossUnitPrice: '1943.6000',
    });
    expect(ball.lastPrice?.source).toBe('po');
  });

  it('one RFQ from the quote to three suppliers: net and gross answers, a second round, each item chosen with why, the costs on the quote', async () => {
    await t.ok('demo.load', {});
    const list = await t.ok('purchasing.rfq.list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ status: 'decided', origin: 'quote', items: 3, answered: 3 });
    const rfq = await t.ok('purchasing.rfq.get', { id: list.rows[0]!.id });
    expect(rfq.rfqSuppliers.map((s) => s.answers.length).sort()).toEqual([1, 1, 2]);
    expect(rfq.rfqSuppliers.filter((s) => s.answers.some((a) => !a.priceIncludesTax))).toHaveLength(1);
    expect(rfq.choices.map((c) => c.reason)).toEqual(DEMO_SOURCING.choices.map((c) => c.reason));
    expect(rfq.choices.every((c) => c.chosenBy === '李娜')).toBe(true);
    // On one tax basis, each winner is the lowest net price of its item.
    const matrix = await t.ok('purchasing.rfq.compare', { id: rfq.id });
    for (const item of matrix.items) {
      const chosen = item.cells.find((c) => c.chosen)!;
      expect(chosen.best, item.name).toBe(true);
    }
    // The chosen prices are the quote's costs, net as the quote keeps them, each naming its supplier.
    const quote = await t.ok('quotes.get', { id: rfq.quoteId! });
    expect(quote.status).toBe('won');
    expect(quote.costLines.map((c) => [c.spec, c.unitCost, c.costSource])).toEqual([
      ['Z41H-16C DN150', '2283.1858', 'supplier_quote'],
      ['Q41F-16C DN100', '1720.0000', 'supplier_quote'],
      ['H44H-16C DN100', '1070.7965', 'supplier_quote'],
    ]);
    expect(new Set(quote.costLines.map((c) => c.supplierId)).size).toBe(3);
  });

  it('what each PO received is what its receipts say, and the order follows: bought, arrived, drop-shipped, forwarded', async () => {
    await t.ok('demo.load', {});
    const pos = (await t.ok('purchasing.orders.list', { pageSize: 50 })).rows;
    expect(pos.map((p) => p.status).sort()).toEqual(['confirmed', 'partial', 'received', 'received']);
    for (const row of pos) {
      const po = await t.ok('purchasing.orders.get', { id: row.id });
      for (const line of po.lines) {
        const got = (await db()('goods_receipt_lines')
          .join('goods_receipts', 'goods_receipts.id', 'goods_receipt_lines.receipt_id')
          .where({ 'goods_receipt_lines.po_line_id': line.id, 'goods_receipts.status': 'posted' })
          .select('quantity', 'damaged', 'wrong')) as { quantity: string; damaged: string; wrong: string }[];
        const arrived = sum(got.map((g) => g.quantity));
        const refused = sum([...got.map((g) => g.damaged), ...got.map((g) => g.wrong)]);
        expect(line.arrived, po.number).toBe(arrived);
        expect(line.accepted, po.number).toBe(parseDecimal(arrived).minus(parseDecimal(refused)).toString());
        expect(line.owed, po.number).toBe(parseDecimal(line.quantity).minus(parseDecimal(line.accepted)).toString());
      }
    }
    // Each at the winner's price on its own tax basis: 8 × 2580 含税, 12 × 1720 未税 + 13%, 6 × 1210, 60 × 112.
    expect(pos.map((p) => [p.supplierName, p.gross]).sort()).toEqual([
      ['中核苏阀科技实业股份有限公司', 2_064_000],
      ['斯凯孚（中国）销售有限公司', 672_000],
      ['良工阀门集团有限公司', 726_000],
      ['苏州纽威阀门股份有限公司', 2_332_320],
    ]);

    // Partly received, one damaged: three still owed, and the PO past its date is on the late list.
    const partial = await t.ok('purchasing.orders.get', { id: pos.find((p) => p.status === 'partial')!.id });
    expect(partial.lines.map((l) => [l.quantity, l.arrived, l.accepted, l.owed])).toEqual([['8', '6', '5', '3']]);
    const late = await t.ok('purchasing.orders.late', { limit: 10 });
    expect(late.rows.map((r) => r.status).sort()).toEqual(['confirmed', 'partial']);
    expect(late.rows.every((r) => r.expectedDate! < today())).toBe(true);
    const receipt = await t.ok('purchasing.receipts.get', { id: partial.receipts[0]!.id });
    expect(receipt.transfers).toHaveLength(1);
    const slip = await t.ok('purchasing.receipts.getTransfer', { id: receipt.transfers[0]!.id });
    expect(slip.lines.map((l) => l.quantity)).toEqual(['5']);

    // The sales order: bought in full, arrived as received, delivered by the drop-ship and the forwarded note.
    const order = await p01();
    const bought = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(bought.lines.map((l) => [l.spec, l.ordered, l.purchased, l.received, l.needed])).toEqual([
      ['Z41H-16C DN150', '8', '8', '5', '0'],
      ['Q41F-16C DN100', '12', '12', '12', '0'],
      ['H44H-16C DN100', '6', '6', '6', '0'],
    ]);
    const progress = await t.ok('orders.progress', { orderId: order.id });
    expect(progress.lines.map((l) => [l.spec, l.delivered])).toEqual([
      ['Z41H-16C DN150', '0'],
      ['Q41F-16C DN100', '12'],
      ['H44H-16C DN100', '6'],
    ]);
    expect(order.status).toBe('partial');

    // The drop-ship: a note on the sales order, delivered and its 回单 signed by the customer on the receipt's day.
    const dropShip = pos.find((p) => p.deliveryMode === 'drop_ship')!;
    const notes = (await db()('delivery_notes').where({ purchase_order_id: dropShip.id })) as {
      id: number;
      order_id: number;
      status: string;
      delivered_on: string;
      receipt_date: string | null;
    }[];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ order_id: order.id, status: 'receipted' });
    const dsReceipt = (await t.ok('purchasing.orders.get', { id: dropShip.id })).receipts[0]!;
    expect(notes[0]!.delivered_on).toBe(dsReceipt.receiptDate);
    expect(notes[0]!.receipt_date).toBe(dsReceipt.receiptDate);
    expect(dsReceipt.place).toBe('customer');
  });

  it('payables: what each supplier is owed is its invoices less the payments set against them', async () => {
    await t.ok('demo.load', {});
    const summary = (await t.ok('purchasing.payables.summary', { pageSize: 100 })).rows;
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const row of summary) {
      const invoices = (await db()('supplier_invoices').where({ supplier_id: row.id })) as {
        id: number;
        gross_fen: number;
      }[];
      const allocated = (await db()('supplier_payment_allocations')
        .join('supplier_payments', 'supplier_payments.id', 'supplier_payment_allocations.payment_id')
        .where({ 'supplier_payments.supplier_id': row.id, 'supplier_payments.status': 'posted' })
        .sum({ s: 'supplier_payment_allocations.amount_fen' })
        .first()) as { s: number | null };
      const invoiced = invoices.reduce((s, i) => s + i.gross_fen, 0);
      expect(row.invoiced, row.supplierName).toBe(invoiced);
      expect(row.open, row.supplierName).toBe(invoiced - Number(allocated.s ?? 0));
      expect(row.balance, row.supplierName).toBe(row.open - row.unapplied);
    }
    const invoices = (await t.ok('purchasing.payables.invoices.list', {})).rows;
    expect(invoices.map((i) => [i.supplierName, i.gross, i.open]).sort()).toEqual([
      ['中核苏阀科技实业股份有限公司', 2_064_000, 2_064_000],
      ['良工阀门集团有限公司', 726_000, 0],
      ['苏州纽威阀门股份有限公司', 2_332_320, 2_332_320],
    ]);
    expect(invoices.find((i) => i.open === 0)!.settledOn).not.toBeNull();
    // One falls due within the month, one is overdue: the due buckets show both.
    const due = await t.ok('purchasing.payables.due', { asOf: null, supplierId: null, limit: 10 });
    expect(due.buckets).toMatchObject({ notDue: 2_332_320, days1to30: 2_064_000, days31to60: 0 });
    expect(due.total).toBe(2_332_320 + 2_064_000);
    const notDue = invoices.find((i) => i.gross === 2_332_320)!;
    expect(notDue.dueOn > today() && notDue.dueOn <= addDays(today(), 30)).toBe(true);
    const payments = (await t.ok('purchasing.payables.payments.list', {})).rows;
    expect(payments.map((p) => [p.payMethod, p.amount, p.unapplied])).toEqual([['transfer', 726_000, 0]]);
  });

  it('the purchaser did the buying, the manager forwarded the goods to the customer', async () => {
    await t.ok('demo.load', {});
    const by = async (name: string, channel: string) =>
      Number(
        ((await db()('audit_log').where({ user_name: name, channel }).count({ n: '*' }).first()) as { n: number }).n,
      );
    expect(await by('李娜', 'purchasing.catalogue.create')).toBe(DEMO_OFFERS.length);
    expect(await by('李娜', 'purchasing.rfq.choose')).toBeGreaterThanOrEqual(3);
    expect(await by('李娜', 'purchasing.orders.fromRfq')).toBe(3);
    expect(await by('李娜', 'purchasing.receipts.create')).toBeGreaterThanOrEqual(3);
    expect(await by('陈经理', 'purchasing.orders.forward')).toBe(1);
    const authors = (await db()('purchase_orders')
      .join('users', 'users.id', 'purchase_orders.created_by')
      .distinct('users.display_name')) as { display_name: string }[];
    expect(authors.map((a) => a.display_name)).toEqual(['李娜']);
  });
});
