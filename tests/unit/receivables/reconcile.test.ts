import { describe, expect, it } from 'vitest';
import { addDays, setClock, today } from '../../../electron/core/dates';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { invoiceLine, receivedPayment, redLetter, registeredInvoice, undone } from '../support/finance';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

/** Noon in Shanghai (04:00 UTC) on the date: the same plain date in every time zone the tests run in. */
const on = (date: string) => setClock(new Date(`${date}T04:00:00Z`));

/**
 * One customer's quarter, told day by day through the services: an order (goods, a discount and freight) delivered
 * on two notes with one piece returned and invoiced, three more invoices, two receipts allocated in part, one
 * allocation taken back, a red-letter absorbed by its original, one on the order's invoice, one that exceeds what its
 * part-paid original still owed (the red keeps the rest as credit), and a receipt registered twice and cancelled.
 */
async function quarter() {
  const D = today();
  const day = (n: number) => addDays(D, -n);

  on(day(75));
  const { customer, order, lineIds } = await wonOrder(t, {
    customer: { name: '无锡华光环保能源集团股份有限公司', paymentDays: 30 },
    lines: [
      { name: '止回阀', spec: 'H44H-16C DN100', unit: '台', quantity: '10', unitPrice: '100' },
      { name: '压力表', spec: 'Y-100 0-1.6MPa', unit: '只', quantity: '3', unitPrice: '333.33' },
      { kind: 'discount', name: '优惠', unit: '项', quantity: '1', unitPrice: '77.77' },
      { kind: 'freight', name: '运费', unit: '项', quantity: '1', unitPrice: '150', taxRate: '0.09' },
    ],
  });
  const [a, b] = lineIds as [number, number];
  const [discount, freight] = (await t.ok('orders.progress', { orderId: order.id })).charges.map(
    (c) => c.orderLineId,
  ) as [number, number];
  const note1 = await deliveredNote(t, (await confirmedNotice(t, order.id, [{ orderLineId: a, quantity: '3' }])).id);
  const note2 = await deliveredNote(
    t,
    (
      await confirmedNotice(t, order.id, [
        { orderLineId: a, quantity: '7' },
        { orderLineId: b, quantity: '3' },
      ])
    ).id,
  );

  on(day(70));
  const ret = await t.ok('deliveries.returns.create', {
    noteId: note2.id,
    date: day(70),
    reason: '规格不符',
    lines: [{ noteLineId: note2.lines.find((l) => l.orderLineId === a)!.id, quantity: '1' }],
  });
  const [discountBack, freightBack] = ret.charges.map((c) => c.gross) as [number, number];
  const inv1 = await registeredInvoice(t, {
    customerId: customer.id,
    issueDate: day(70),
    noteIds: [note1.id, note2.id],
    lines: [
      invoiceLine(90_000, { orderLineId: a, name: '止回阀', quantity: '9' }),
      invoiceLine(99_999, { orderLineId: b, name: '压力表', quantity: '3' }),
      invoiceLine(-7777 - discountBack, { orderLineId: discount, name: '优惠' }),
      invoiceLine(15_000 - freightBack, { orderLineId: freight, name: '运费', taxRate: '0.09' }),
    ],
  });

  on(day(50));
  const inv2 = await registeredInvoice(t, { customerId: customer.id, issueDate: day(50), gross: 300_000 });
  on(day(40));
  const inv4 = await registeredInvoice(t, { customerId: customer.id, issueDate: day(40), gross: 100_000 });

  on(day(35));
  const r1 = await receivedPayment(t, {
    customerId: customer.id,
    date: day(35),
    amount: 200_000,
    allocations: [
      { invoiceId: inv1.id, amount: 100_000 },
      { invoiceId: inv4.id, amount: 60_000 },
    ],
  });
  on(day(30));
  await receivedPayment(t, {
    customerId: customer.id,
    date: day(30),
    amount: 150_000,
    allocations: [
      { invoiceId: inv2.id, amount: 120_000 },
      { invoiceId: inv1.id, amount: 20_000 },
    ],
  });
  on(day(25));
  await undone(t, r1.allocations.find((x) => x.invoiceId === inv1.id)!.id, '核销错发票');
  on(day(20));
  const inv3 = await registeredInvoice(t, { customerId: customer.id, issueDate: day(20), gross: 80_000 });

  on(day(15));
  // 销售折让 of 500 on a 3,000 invoice with 1,800 still open: all of it absorbed.
  await redLetter(t, inv2.id, 50_000, day(15));
  on(day(12));
  // 99.99 off the order's 压力表.
  await redLetter(t, inv1.id, [{ originalLineId: inv1.lines[1]!.id, gross: 9999 }], day(12));
  on(day(10));
  // 700 off a 1,000 invoice of which 600 is paid: 400 absorbed, the red keeps −300 of its own.
  const red2 = await redLetter(t, inv4.id, 70_000, day(10));
  on(day(5));
  await receivedPayment(t, { customerId: customer.id, date: day(5), amount: 5_000, cancelled: true });
  on(D);
  return { D, day, customer, order, ret, inv1, inv2, inv3, inv4, red2 };
}

describe('receivables reconcile across capabilities to the fen', () => {
  it('summary, ageing on every basis, statement, dashboard, credit exposure and the registers tell one balance', async () => {
    const s = await quarter();
    const customerId = s.customer.id;
    // The return gave back one 止回阀 with its share of the discount and the freight.
    expect(s.ret.gross).toBe(10_000 - 389 + 750);
    const delivered = 207_222 - s.ret.gross;
    expect(s.inv1.gross).toBe(delivered);
    expect(s.red2).toMatchObject({ gross: -70_000, open: -30_000, settledOn: null });

    const invoices = (await t.ok('invoices.list', { filters: { customerId }, pageSize: 100 })).rows;
    const receipts = (await t.ok('receipts.list', { filters: { customerId, includeCancelled: true }, pageSize: 100 }))
      .rows;
    const open = invoices.reduce((sum, i) => sum + i.open, 0);
    const unapplied = receipts.reduce((sum, r) => sum + r.unapplied, 0);
    // The order's invoice: 20,000 paid (the 100,000 taken back), 99.99 red-lettered; 3,000 less 1,200 paid less
    // the 500 red; 800 untouched; the over-red's −300.
    expect(open).toBe(delivered - 20_000 - 9999 + 130_000 + 80_000 - 30_000);
    expect(unapplied).toBe(140_000 + 10_000);
    const balance = open - unapplied;
    expect(balance).toBe(196_862);

    const summary = await t.ok('receivables.customerSummary', { customerId });
    expect([summary.balance, summary.openItems.amount, summary.unapplied]).toEqual([balance, open, unapplied]);
    expect(summary.standing.openInvoices).toBe(open);

    for (const basis of ['invoice', 'delivery', 'due'] as const) {
      const ageing = await t.ok('receivables.ageing', { basis });
      const row = ageing.rows.find((r) => r.customerId === customerId);
      expect([basis, row?.total, row?.unapplied, row?.balance]).toEqual([basis, open, unapplied, balance]);
      expect(row!.buckets.reduce((sum, x) => sum + x, 0)).toBe(open);
    }

    const statement = await t.ok('receivables.statement', { customerId, from: s.day(80), to: s.D });
    expect([statement.opening, statement.closing]).toEqual([0, balance]);

    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const dashboard = await t.call('dashboard.summary', {}, { sessionId: manager });
    expect(dashboard.ok && dashboard.value.kpi.receivables).toBe(open);
  });

  it('as of past dates the ageing balance is the statement closing balance for a period ending then', async () => {
    const s = await quarter();
    const customerId = s.customer.id;
    const expected: [number, number][] = [
      // Invoiced 6,768.61 by then, 3,500 received.
      [25, 676_861 - 350_000 - 80_000],
      [20, 676_861 - 350_000],
      [11, 676_861 - 350_000 - 50_000 - 9999],
      [8, 676_861 - 350_000 - 50_000 - 9999 - 70_000],
    ];
    for (const [n, figure] of expected) {
      const asOf = s.day(n);
      const statement = await t.ok('receivables.statement', { customerId, from: s.day(80), to: asOf });
      for (const basis of ['invoice', 'delivery', 'due'] as const) {
        const row = (await t.ok('receivables.ageing', { asOf, basis })).rows.find((r) => r.customerId === customerId);
        expect([n, basis, row?.balance, statement.closing]).toEqual([n, basis, figure, figure]);
      }
      // The dashboard's receivables then are the ageing's open invoices then.
      const ageing = (await t.ok('receivables.ageing', { asOf })).rows.find((r) => r.customerId === customerId)!;
      const dashboard = await t.ok('dashboard.summary', { asOf });
      expect([n, dashboard.kpi.receivables]).toEqual([n, ageing.total]);
    }
  });

  it('the order progress: ordered the order, delivered the notes less the return, invoiced incl. the red, paid the live allocations', async () => {
    const s = await quarter();
    const p = await t.ok('orders.progress', { orderId: s.order.id });
    expect(p.totals).toEqual({
      ordered: s.order.totals.gross,
      delivered: 207_222 - s.ret.gross,
      invoiced: 207_222 - s.ret.gross - 9999,
      paid: 20_000,
    });
    expect(p.orderedGross).toBe(207_222);
    expect([...p.lines, ...p.charges].map((l) => l.values.invoiced)).toEqual([90_000, 90_000, -7388, 14_250]);
  });
});
