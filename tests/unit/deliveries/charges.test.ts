import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { allocated, invoiceLine, receivedPayment, redLetter, registeredInvoice, undone } from '../support/finance';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/**
 * Goods 1,999.99 (A: 10 × 100, B: 3 × 333.33), a 77.77 discount at 13% and 150 freight at 9%, prices incl. tax:
 * the order is 2,072.22 and its goods gross 199,999 fen is the base every share is taken of.
 */
async function orderWithCharges(customer: { name?: string; deliveryShowPrices?: boolean } = {}) {
  const won = await wonOrder(t, {
    customer,
    lines: [
      { name: '止回阀', spec: 'H44H-16C DN100', unit: '台', quantity: '10', unitPrice: '100' },
      { name: '压力表', spec: 'Y-100 0-1.6MPa', unit: '只', quantity: '3', unitPrice: '333.33' },
      { kind: 'discount', name: '优惠', unit: '项', quantity: '1', unitPrice: '77.77' },
      { kind: 'freight', name: '运费', unit: '项', quantity: '1', unitPrice: '150', taxRate: '0.09' },
    ],
  });
  const [a, b] = won.lineIds as [number, number];
  const charges = (await t.ok('orders.progress', { orderId: won.order.id })).charges;
  const [discount, freight] = charges.map((c) => c.orderLineId) as [number, number];
  return { ...won, a, b, discount, freight };
}

/** A note of the whole confirmed notice, left prepared. */
const noteOf = async (orderId: number, lines: { orderLineId: number; quantity: string }[]) => {
  const notice = await confirmedNotice(t, orderId, lines);
  return t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 1 });
};

const chargeFigures = (charges: { name: string; net: number; tax: number; gross: number }[]) =>
  charges.map((c) => [c.name, c.net, c.tax, c.gross]);

describe("an order's discount and freight travel with its goods", () => {
  it('three notes share them pro rata; the note completing the order takes the remainder, so the notes sum to the order', async () => {
    const o = await orderWithCharges();
    expect(o.order.totals.gross).toBe(207_222);

    const notice = await confirmedNotice(t, o.order.id, [{ orderLineId: o.a, quantity: '3' }]);
    // The notice's gross (what the credit check weighs) holds its estimated share: 300 − 11.67 + 22.50.
    expect(notice.gross).toBe(31_083);
    const n1 = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 1 });
    expect(chargeFigures(n1.charges)).toEqual([
      ['优惠', -1032, -135, -1167],
      ['运费', 2064, 186, 2250],
    ]);
    expect(n1.totals).toEqual({ net: 26_549 - 1032 + 2064, tax: 3451 - 135 + 186, gross: 31_083 });
    expect(n1.amountInWords).toBe('叁佰壹拾元捌角叁分');

    const n2 = await noteOf(o.order.id, [
      { orderLineId: o.a, quantity: '4' },
      { orderLineId: o.b, quantity: '1' },
    ]);
    expect(chargeFigures(n2.charges)).toEqual([
      ['优惠', -2523, -329, -2852],
      ['运费', 5046, 454, 5500],
    ]);
    expect(n2.gross).toBe(73_333 - 2852 + 5500);

    // Pro rata the discount would be −37.59 here (−77.77 × 966.66 / 1,999.99); the last note closes it at −37.58.
    const n3 = await noteOf(o.order.id, [
      { orderLineId: o.a, quantity: '3' },
      { orderLineId: o.b, quantity: '2' },
    ]);
    expect(chargeFigures(n3.charges)).toEqual([
      ['优惠', -3327, -431, -3758],
      ['运费', 6651, 599, 7250],
    ]);
    expect(n3.gross).toBe(100_158);
    expect(n1.gross + n2.gross + n3.gross).toBe(o.order.totals.gross);
    const db = t.core.services.db();
    const sums = (await db('delivery_note_charges')
      .whereIn('note_id', [n1.id, n2.id, n3.id])
      .groupBy('order_line_id')
      .orderBy('order_line_id')
      .select('order_line_id')
      .sum({ net: 'net_fen', tax: 'tax_fen', gross: 'gross_fen' })) as Record<string, number>[];
    expect(sums.map((s) => [s.order_line_id, Number(s.net), Number(s.tax), Number(s.gross)])).toEqual([
      [o.discount, -6882, -895, -7777],
      [o.freight, 13_761, 1239, 15_000],
    ]);
  });

  it("a cancelled note's share goes back: the note that replaces it and completes the order takes exactly that", async () => {
    const o = await orderWithCharges();
    const first = await confirmedNotice(t, o.order.id, [{ orderLineId: o.a, quantity: '3' }]);
    const n1 = await t.ok('deliveries.notes.create', { noticeId: first.id, date: today(), packages: 1 });
    const n2 = await noteOf(o.order.id, [
      { orderLineId: o.a, quantity: '7' },
      { orderLineId: o.b, quantity: '3' },
    ]);
    expect(n2.gross).toBe(207_222 - 31_083);
    await t.ok('deliveries.notes.cancel', { id: n1.id, reason: '车辆故障，改日重发' });
    const again = await t.ok('deliveries.notes.create', { noticeId: first.id, date: today(), packages: 1 });
    expect(chargeFigures(again.charges)).toEqual(chargeFigures(n1.charges));
    expect(again.gross + n2.gross).toBe(207_222);
  });

  it('a partial return gives back its share of the charges; returning the rest brings the note to zero', async () => {
    const o = await orderWithCharges();
    await noteOf(o.order.id, [{ orderLineId: o.a, quantity: '3' }]);
    await noteOf(o.order.id, [
      { orderLineId: o.a, quantity: '4' },
      { orderLineId: o.b, quantity: '1' },
    ]);
    const last = await confirmedNotice(t, o.order.id, [
      { orderLineId: o.a, quantity: '3' },
      { orderLineId: o.b, quantity: '2' },
    ]);
    const note = await deliveredNote(t, last.id);
    expect(note.gross).toBe(100_158);
    const [lineA, lineB] = note.lines as [(typeof note.lines)[number], (typeof note.lines)[number]];

    const partial = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '压力表表盘破损',
      lines: [{ noteLineId: lineB.id, quantity: '1' }],
    });
    expect(chargeFigures(partial.charges)).toEqual([
      ['优惠', -1147, -149, -1296],
      ['运费', 2293, 207, 2500],
    ]);
    expect(partial.gross).toBe(33_333 - 1296 + 2500);

    const rest = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '客户项目取消',
      lines: [
        { noteLineId: lineA.id, quantity: '3' },
        { noteLineId: lineB.id, quantity: '1' },
      ],
    });
    expect(chargeFigures(rest.charges)).toEqual([
      ['优惠', -3327 + 1147, -431 + 149, -3758 + 1296],
      ['运费', 6651 - 2293, 599 - 207, 7250 - 2500],
    ]);
    expect(partial.gross + rest.gross).toBe(note.gross);
    const back = (await t.core.services
      .db()('delivery_returns')
      .where({ note_id: note.id })
      .sum({ net: 'net_fen', tax: 'tax_fen' })
      .first()) as { net: number; tax: number };
    expect([Number(back.net), Number(back.tax)]).toEqual([note.totals.net, note.totals.tax]);

    // Re-delivering what came back completes the order again: the 补发 note takes back exactly what the returns gave.
    const redo = await t.ok('deliveries.notes.redeliver', { id: note.id, date: today() });
    expect(redo.gross).toBe(30_000 + 66_666);
    await t.ok('deliveries.notices.confirm', { id: redo.id });
    const again = await t.ok('deliveries.notes.create', { noticeId: redo.id, date: today(), packages: 1 });
    expect(again.gross).toBe(100_158);
  });

  it('a short-delivered line re-delivered (补发) charges nothing twice', async () => {
    const o = await orderWithCharges();
    const notice = await confirmedNotice(t, o.order.id, [
      { orderLineId: o.a, quantity: '10' },
      { orderLineId: o.b, quantity: '3' },
    ]);
    const note = await deliveredNote(t, notice.id);
    expect(note.gross).toBe(207_222);
    await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: note.lines[1]!.id, kind: 'short', quantity: '1', note: '少一只' }],
    });
    const redo = await t.ok('deliveries.notes.redeliver', { id: note.id, date: today() });
    await t.ok('deliveries.notices.confirm', { id: redo.id });
    const again = await t.ok('deliveries.notes.create', { noticeId: redo.id, date: today(), packages: 1 });
    expect(again.charges).toEqual([]);
    expect(again.gross).toBe(33_333);
  });

  it('the printed note lists the charges after the goods and totals them; with prices hidden none of it shows', async () => {
    const o = await orderWithCharges();
    const n1 = await noteOf(o.order.id, [{ orderLineId: o.a, quantity: '3' }]);
    const text = pdfText((await t.ok('deliveries.notes.preview', { ids: [n1.id] })).dataBase64);
    expect(text).toMatch(/止回阀.*优惠-11\.67运费22\.50/);
    expect(text).toContain('金额¥310.83（大写）叁佰壹拾元捌角叁分');

    const hidden = await orderWithCharges({ name: '无锡华光环保能源集团股份有限公司', deliveryShowPrices: false });
    const n2 = await noteOf(hidden.order.id, [{ orderLineId: hidden.a, quantity: '3' }]);
    const bare = pdfText((await t.ok('deliveries.notes.preview', { ids: [n2.id] })).dataBase64);
    expect(bare).toContain('止回阀');
    for (const word of ['运费', '优惠', '22.50', '大写', '¥']) expect(bare).not.toContain(word);
  });

  it('charges paginate with the goods on 241 × 140 mm forms (17 rows): 1, 15, 16 and 40 goods lines and two charges', async () => {
    await t.ok('settings.delivery.update', {
      paper: 'form-241x140',
      parts: ['存根', '客户', '回单'],
      partMode: 'carbonless',
      receiptDays: 7,
    });
    for (const [goods, pages] of [
      [1, 1],
      [15, 1],
      [16, 2],
      [40, 3],
    ] as const) {
      const lines = Array.from({ length: goods }, (_, i) => ({
        name: `备件${i + 1}`,
        spec: `SP-${100 + i}`,
        unit: '件',
        quantity: '1',
        unitPrice: '100',
      }));
      const won = await wonOrder(t, {
        customer: { name: `常州天宁备件客户${goods}` },
        lines: [
          ...lines,
          { kind: 'discount', name: '优惠', unit: '项', quantity: '1', unitPrice: '10' },
          { kind: 'freight', name: '运费', unit: '项', quantity: '1', unitPrice: '50' },
        ],
      });
      const notice = await confirmedNotice(
        t,
        won.order.id,
        won.lineIds.map((orderLineId) => ({ orderLineId, quantity: '1' })),
      );
      const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: goods });
      expect(note.gross).toBe(goods * 10_000 + 4000);
      const file = await t.ok('deliveries.notes.preview', { ids: [note.id] });
      expect(file.pages).toBe(pages);
      const printed = pdfPages(file.dataBase64);
      expect(printed).toHaveLength(pages);
      // The charges follow the last goods line (the 17th row may push the freight over a page), the total ends it.
      const all = printed.join('');
      expect(all.indexOf(`备件${goods}SP`)).toBeLessThan(all.indexOf('优惠-10.00'));
      expect(all.indexOf('优惠-10.00')).toBeLessThan(all.indexOf('运费50.00'));
      expect(printed.at(-1)).toContain('运费50.00');
      expect(printed.at(-1)).toContain(`¥${(goods * 100 + 40).toLocaleString('en-US')}.00`);
      for (const page of printed.slice(0, -1)) expect(page).toContain('（续下页）');
    }
  });
});

describe('order progress reconciles ordered, delivered, invoiced and paid per line to the fen', () => {
  it('each goods and charge line carries the four values and the totals are their sums', async () => {
    const o = await orderWithCharges();
    const first = await confirmedNotice(t, o.order.id, [{ orderLineId: o.a, quantity: '3' }]);
    const firstNote = await deliveredNote(t, first.id);
    const rest = await confirmedNotice(t, o.order.id, [
      { orderLineId: o.a, quantity: '7' },
      { orderLineId: o.b, quantity: '3' },
    ]);
    const restNote = await deliveredNote(t, rest.id);

    // Two invoices for the notes, each goods line and charge on its order line.
    const customerId = o.customer.id;
    const goodsA = await registeredInvoice(t, {
      customerId,
      issueDate: today(),
      noteIds: [firstNote.id, restNote.id],
      lines: [
        invoiceLine(100_000, { orderLineId: o.a, name: '止回阀' }),
        invoiceLine(-7777, { orderLineId: o.discount, name: '优惠' }),
      ],
    });
    const goodsB = await registeredInvoice(t, {
      customerId,
      issueDate: today(),
      noteIds: [restNote.id],
      lines: [
        invoiceLine(99_999, { orderLineId: o.b, name: '压力表' }),
        invoiceLine(15_000, { orderLineId: o.freight, name: '运费', taxRate: '0.09' }),
      ],
    });
    expect([goodsA.gross, goodsB.gross]).toEqual([92_223, 114_999]);
    // A 销售折让 red-letter of 99.99 on B's 压力表: it reduces what is invoiced, and its offset of the original is not payment.
    await redLetter(t, goodsB.id, [{ originalLineId: goodsB.lines[0]!.id, gross: 9999 }], today());
    // 1,650.00 received: 500 on A, the 1,050 left open on B, and 100 more on A taken back as a mistake.
    const receipt = await receivedPayment(t, {
      customerId,
      date: today(),
      amount: 165_000,
      allocations: [
        { invoiceId: goodsA.id, amount: 50_000 },
        { invoiceId: goodsB.id, amount: 105_000 },
      ],
    });
    const [mistake] = await allocated(t, receipt.id, [{ invoiceId: goodsA.id, amount: 10_000 }]);
    await undone(t, mistake!, '核销错发票');

    const p = await t.ok('orders.progress', { orderId: o.order.id });
    const rows = [...p.lines, ...p.charges].map((l) => [l.name, l.values]);
    expect(rows).toEqual([
      ['止回阀', { ordered: 100_000, delivered: 100_000, invoiced: 100_000, paid: 54_216 }],
      ['压力表', { ordered: 99_999, delivered: 99_999, invoiced: 90_000, paid: 91_304 }],
      ['优惠', { ordered: -7777, delivered: -7777, invoiced: -7777, paid: -4216 }],
      ['运费', { ordered: 15_000, delivered: 15_000, invoiced: 15_000, paid: 13_696 }],
    ]);
    expect(p.totals).toEqual({ ordered: 207_222, delivered: 207_222, invoiced: 197_223, paid: 155_000 });
    expect(p.orderedGross).toBe(o.order.totals.gross);
  });

  it('delivered is less what was short on the 回单 and what came back, charges included', async () => {
    const o = await orderWithCharges();
    const notice = await confirmedNotice(t, o.order.id, [
      { orderLineId: o.a, quantity: '10' },
      { orderLineId: o.b, quantity: '3' },
    ]);
    const note = await deliveredNote(t, notice.id);
    await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: note.lines[1]!.id, kind: 'short', quantity: '1', note: '少一只' }],
    });
    const ret = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '规格不符',
      lines: [{ noteLineId: note.lines[0]!.id, quantity: '2' }],
    });
    const p = await t.ok('orders.progress', { orderId: o.order.id });
    const delivered = [...p.lines, ...p.charges].map((l) => l.values.delivered);
    // Discount and freight keep their full share through the short (补发 makes it good) and give back the return's.
    const [discountBack, freightBack] = ret.charges.map((c) => c.gross) as [number, number];
    expect(delivered).toEqual([80_000, 66_666, -7777 - discountBack, 15_000 - freightBack]);
    expect(p.totals.delivered).toBe(207_222 - 33_333 - ret.gross);
  });
});

function pdfPages(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-charges-')), 'n.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ''));
}
const pdfText = (dataBase64: string) => pdfPages(dataBase64).join('');
