import { describe, expect, it } from 'vitest';
import { paid } from '../support/finance';
import { deliveredMeters, digitalNumber, invoiceInput, line, today } from './invoice-fixtures';
import type { In } from '../../../electron/shared/contracts';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const red = (
  originalId: number,
  over: Partial<In<'invoices.red'>> & Pick<In<'invoices.red'>, 'mode'>,
): In<'invoices.red'> => ({
  type: 'digital_special' as const,
  number: digitalNumber(),
  issueDate: '2026-11-25',
  originalId,
  reason: 'allowance' as const,
  ...over,
});

describe('red-letter invoices', () => {
  it('a partial red takes back chosen lines; the original stays open for the rest', async () => {
    const { customer: c } = await deliveredMeters(t, '1');
    const blue = await t.ok('invoices.create', invoiceInput(c.id, { lines: [line(100000, 13000), line(50000, 6500)] }));
    const part = await t.ok(
      'invoices.red',
      red(blue.id, {
        reason: 'goods_returned',
        mode: 'lines',
        lines: [{ originalLineId: blue.lines[1]!.id, quantity: '1', net: 20000, tax: 2600, gross: 22600 }],
      }),
    );
    expect(part).toMatchObject({ net: -20000, tax: -2600, gross: -22600, open: 0, settledOn: '2026-11-25' });
    expect(part.redOfId).toBe(blue.id);
    expect(part.original).toEqual({ id: blue.id, number: blue.number, code: '', gross: 169500 });
    expect(part.lines[0]).toMatchObject({ name: '电磁流量计', quantity: '-1', gross: -22600 });
    const after = await t.ok('invoices.get', { id: blue.id });
    expect(after).toMatchObject({ open: 146900, settledOn: null, redRemaining: 146900 });
    expect(after.reds).toEqual([
      { id: part.id, number: part.number, issueDate: '2026-11-25', gross: -22600, reason: 'goods_returned' },
    ]);
    const audit = await t.ok('audit.forEntity', { entity: 'invoice', entityId: String(blue.id) });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'redLettered']);
  });

  it('a full red negates every line and settles an unpaid original', async () => {
    const { customer: c } = await deliveredMeters(t, '1');
    const blue = await t.ok('invoices.create', invoiceInput(c.id, { lines: [line(100000, 13000), line(50000, 6500)] }));
    const full = await t.ok('invoices.red', red(blue.id, { reason: 'wrong_issue', mode: 'full' }));
    expect(full.lines.map((l) => [l.net, l.tax, l.gross])).toEqual([
      [-100000, -13000, -113000],
      [-50000, -6500, -56500],
    ]);
    expect(full).toMatchObject({ gross: -169500, open: 0, redRemaining: 0 });
    expect(await t.ok('invoices.get', { id: blue.id })).toMatchObject({
      open: 0,
      settledOn: '2026-11-25',
      redRemaining: 0,
    });
    // Nothing left to take back, and a red is never red-lettered.
    const before = await t.count('invoices');
    const again = await t.fail('invoices.red', red(blue.id, { mode: 'amount', amount: 1 }));
    expect(again.details?.fields).toEqual([{ path: 'amount', message: '超过了原发票还可冲红的 0.00 元' }]);
    const ofRed = await t.fail('invoices.red', red(full.id, { mode: 'full' }));
    expect(ofRed.code).toBe('CONFLICT');
    expect(ofRed.message).toBe(`发票 ${full.number} 本身是红字发票，不能再开红字`);
    expect(await t.count('invoices')).toBe(before);
  });

  it('what the original no longer owes stays on the red as the customer’s credit', async () => {
    const { customer: c } = await deliveredMeters(t, '1');
    const blue = await t.ok('invoices.create', invoiceInput(c.id, { lines: [line(100000, 13000)] }));
    // The customer has paid 63,000 fen of it.
    await paid(t, blue.id, 63000, '2026-11-20');
    const over = await t.fail('invoices.red', red(blue.id, { mode: 'amount', amount: 113001 }));
    expect(over.details?.fields).toEqual([{ path: 'amount', message: '超过了原发票还可冲红的 1,130.00 元' }]);
    const allowance = await t.ok('invoices.red', red(blue.id, { mode: 'amount', amount: 80000 }));
    // 80,000 gross at 13%: 70,796 net + 9,204 tax; 50,000 absorbed by the original, 30,000 left as credit.
    expect(allowance).toMatchObject({ net: -70796, tax: -9204, gross: -80000, open: -30000, settledOn: null });
    expect(allowance.lines[0]).toMatchObject({ orderLineId: null, quantity: null });
    expect(await t.ok('invoices.get', { id: blue.id })).toMatchObject({
      open: 0,
      settledOn: '2026-11-25',
      redRemaining: 33000,
    });
    const list = await t.ok('invoices.list', { filters: { color: 'red' } });
    expect(list.rows.map((r) => [r.number, r.open])).toEqual([[allowance.number, -30000]]);
  });
});

describe('delivered, not yet invoiced', () => {
  it('counts what was delivered less returns and shortfalls less what invoices cover, red-letters giving back', async () => {
    const { customer: c, orderLineId, note } = await deliveredMeters(t, '4');
    // One came back, and the 回单 was signed one short: 2 of the 4 remain to invoice, 13,600.00.
    await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '型号不符',
      lines: [{ noteLineId: note.lines[0]!.id, quantity: '1' }],
    });
    await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: note.lines[0]!.id, kind: 'short', quantity: '1', note: '少一台' }],
    });
    const open = await t.ok('invoices.uninvoiced', { customerId: c.id });
    expect(open.customers).toEqual([{ customerId: c.id, customerName: c.name, notes: 1, gross: 1360000 }]);
    expect(open.lines).toMatchObject([
      { noteId: note.id, orderLineId, kind: 'item', name: '电磁流量计', quantity: '2', gross: 1360000 },
    ]);

    const draft = await t.ok('invoices.draftFromNotes', { customerId: c.id, noteIds: [note.id] });
    // 13,600.00 with tax: 12,035.40 net + 1,564.60 tax, at 6,017.70 a unit before tax.
    expect(draft).toMatchObject({
      type: 'digital_special',
      customerId: c.id,
      buyerTaxId: c.taxId,
      noteIds: [note.id],
      orderIds: [note.orderId],
      lines: [
        { orderLineId, quantity: '2', unitPrice: '6017.7', taxRate: '0.13', net: 1203540, tax: 156460, gross: 1360000 },
      ],
    });
    const inv = await t.ok('invoices.create', {
      ...draft,
      number: digitalNumber(),
      lines: [{ ...draft.lines[0]!, quantity: '1', net: 601770, tax: 78230, gross: 680000 }],
    });
    expect((await t.ok('invoices.uninvoiced', { customerId: c.id })).lines).toMatchObject([
      { quantity: '1', gross: 680000 },
    ]);
    // The rest invoiced: nothing open; the customer leaves the all-customers summary.
    const rest = await t.ok('invoices.create', {
      ...draft,
      number: digitalNumber(),
      lines: [{ ...draft.lines[0]!, quantity: '1', net: 601770, tax: 78230, gross: 680000 }],
    });
    expect(await t.ok('invoices.uninvoiced', {})).toEqual({ customers: [], lines: [] });
    // A red-letter of the first gives its one back.
    await t.ok('invoices.red', red(inv.id, { issueDate: today(), reason: 'goods_returned', mode: 'full' }));
    expect((await t.ok('invoices.uninvoiced', { customerId: c.id })).lines).toMatchObject([
      { quantity: '1', gross: 680000 },
    ]);
    expect(rest.gross).toBe(680000);
  });
});
