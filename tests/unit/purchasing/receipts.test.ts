import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { poInput, poLine, supplierWithContact } from '../support/purchasing';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { A4_FILED, expectLaidOut } from '../support/pdf-read';

const t = useTestCore();

/** A confirmed PO of 10 流量计 for the order's first line (and nothing else). */
async function confirmedPo(more: Partial<Parameters<typeof poInput>[2]> = {}, quantity = '10') {
  const won = await wonOrder(t);
  const { supplier } = await supplierWithContact(t);
  const po = await t.ok(
    'purchasing.orders.create',
    poInput(supplier.id, [poLine(quantity, '5000', [{ orderLineId: won.lineIds[0]!, quantity }])], {
      ...more,
      ...(more.deliveryMode === 'drop_ship' ? { shipOrderId: won.order.id } : {}),
    }),
  );
  await t.ok('purchasing.orders.confirm', { id: po.id });
  return { ...won, po: await t.ok('purchasing.orders.get', { id: po.id }) };
}

describe('goods receipt (签收入库)', () => {
  it('receives in part with damaged goods: the short stays owed, the PO and the order follow', async () => {
    const { order, po } = await confirmedPo();
    const lineId = po.lines[0]!.id;
    const first = await t.ok('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '仓库老张',
      lines: [{ poLineId: lineId, quantity: '7', damaged: '1', note: '外壳碎裂' }],
    });
    expect(first).toMatchObject({ number: expect.stringMatching(/^RK\d{4}-00001$/), place: 'us', status: 'posted' });
    expect(first.lines[0]).toMatchObject({ quantity: '7', damaged: '1', wrong: '0', accepted: '6' });
    let now = await t.ok('purchasing.orders.get', { id: po.id });
    expect(now.status).toBe('partial');
    expect(now.lines[0]).toMatchObject({ arrived: '7', accepted: '6', owed: '4' });
    expect((await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id })).lines[0]).toMatchObject({
      purchased: '10',
      received: '6',
    });

    // 5 more where 4 are owed: refused beside the line, nothing written.
    const over = await t.fail('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '仓库老张',
      lines: [{ poLineId: lineId, quantity: '5' }],
    });
    expect(over.details?.fields).toEqual([
      { path: 'lines.0.quantity', message: '“电磁流量计”只欠 4 台，签收的合格数量不能更多' },
    ]);
    const refused = await t.fail('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '仓库老张',
      lines: [{ poLineId: lineId, quantity: '2', damaged: '2', wrong: '1' }],
    });
    expect(refused.details?.fields?.[0]?.path).toBe('lines.0.damaged');
    expect(await t.count('goods_receipts')).toBe(1);

    const rest = await t.ok('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '仓库老张',
      lines: [{ poLineId: lineId, quantity: '4' }],
    });
    expect((await t.ok('purchasing.orders.get', { id: po.id })).status).toBe('received');

    // Taken back: owed again, and the PO is partly received once more.
    await t.ok('purchasing.receipts.cancel', { id: rest.id, reason: '型号不对，退回供应商' });
    now = await t.ok('purchasing.orders.get', { id: po.id });
    expect(now.status).toBe('partial');
    expect(now.lines[0]!.owed).toBe('4');
    expect(await t.fail('purchasing.orders.cancel', { id: po.id, reason: '不要了' })).toMatchObject({
      message: `采购订单 ${po.number} 已有到货，不能取消，请结案`,
    });
    // Closing short needs a reason; with it, the 4 are owed no more and the order line needs them again.
    expect((await t.fail('purchasing.orders.close', { id: po.id })).details?.fields?.[0]?.path).toBe('reason');
    await t.ok('purchasing.orders.close', { id: po.id, reason: '供应商停产，余量不再供货' });
    expect((await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id })).lines[0]).toMatchObject({
      purchased: '6',
      received: '6',
      needed: '4',
    });
    const history = await t.ok('audit.forEntity', { entity: 'goodsReceipt', entityId: String(rest.id) });
    expect(history.map((h) => h.action)).toEqual(['cancel', 'create']);
  });

  it('a drop-ship signed at the customer’s delivers the sales order through a delivery note', async () => {
    const { order, po } = await confirmedPo({ deliveryMode: 'drop_ship' }, '4');
    expect(po.deliveryAddress).toBe('苏州工业园区星港街 33 号');
    const receipt = await t.ok('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '钱工',
      lines: [{ poLineId: po.lines[0]!.id, quantity: '4', wrong: '1' }],
    });
    expect(receipt.place).toBe('customer');
    expect(receipt.deliveryNote?.number).toMatch(/^FH\d{4}-00001$/);
    const note = await t.ok('deliveries.notes.get', { id: receipt.deliveryNote!.id });
    expect(note).toMatchObject({ status: 'receipted', receiptSigner: '钱工', deliveredOn: today() });
    // 3 accepted × 6800 (the order's price) reach the customer's note.
    expect(note.lines.map((l) => [l.quantity, l.gross])).toEqual([['3', 2_040_000]]);
    const row = (await t.core.services.db()('delivery_notes').where({ id: note.id }).first('purchase_order_id')) as {
      purchase_order_id: number;
    };
    expect(row.purchase_order_id).toBe(po.id);
    const progress = await t.ok('orders.progress', { orderId: order.id });
    expect(progress.lines[0]).toMatchObject({ ordered: '10', delivered: '3', outstanding: '7' });
    expect((await t.ok('orders.get', { id: order.id })).status).toBe('partial');
    // The wrong one stays owed by the supplier.
    expect((await t.ok('purchasing.orders.get', { id: po.id })).lines[0]!.owed).toBe('1');
    expect((await t.fail('purchasing.receipts.cancel', { id: receipt.id, reason: '填错' })).message).toContain(
      note.number,
    );
  });

  it('goods bought beyond the order stay whole: the order is served first, the forward and the order agree', async () => {
    const won = await wonOrder(t);
    const { supplier } = await supplierWithContact(t);
    // 13 bought for the order's 10: 3 spare for stock. 4 arrive: all 4 are the order's, not 4 × 10/13.
    const po = await t.ok(
      'purchasing.orders.create',
      poInput(supplier.id, [
        poLine('13', '5000', [{ orderLineId: won.lineIds[0]!, quantity: '10' }], { overReason: '备3台库存' }),
      ]),
    );
    await t.ok('purchasing.orders.confirm', { id: po.id });
    const lineId = (await t.ok('purchasing.orders.get', { id: po.id })).lines[0]!.id;
    await t.ok('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '仓库老张',
      lines: [{ poLineId: lineId, quantity: '4' }],
    });
    expect((await t.ok('purchasing.orders.forSalesOrder', { orderId: won.order.id })).lines[0]).toMatchObject({
      received: '4',
    });
    const notice = await t.ok('purchasing.orders.forward', { id: po.id, orderId: won.order.id, date: today() });
    expect(notice.lines.map((l) => [l.orderLineId, l.quantity])).toEqual([[won.lineIds[0], '4']]);
  });

  it('received goods are forwarded by our own delivery notice, or moved internally with a transfer slip', async () => {
    const { order, po, lineIds } = await confirmedPo();
    const receipt = await t.ok('purchasing.receipts.create', {
      poId: po.id,
      receiptDate: today(),
      signer: '仓库老张',
      lines: [{ poLineId: po.lines[0]!.id, quantity: '8' }],
    });
    const notice = await t.ok('purchasing.orders.forward', { id: po.id, orderId: order.id, date: today() });
    expect(notice).toMatchObject({ status: 'draft', orderId: order.id });
    expect(notice.lines.map((l) => [l.orderLineId, l.quantity])).toEqual([[lineIds[0], '8']]);

    const slip = await t.ok('purchasing.receipts.transfer', {
      receiptId: receipt.id,
      date: today(),
      fromPlace: '一号仓库',
      toPlace: '工程部现场库',
      receivedBy: '王工',
      lines: [{ poLineId: po.lines[0]!.id, quantity: '5' }],
    });
    expect(slip).toMatchObject({ number: expect.stringMatching(/^DB\d{4}-00001$/), receiptNumber: receipt.number });
    const tooMany = await t.fail('purchasing.receipts.transfer', {
      receiptId: receipt.id,
      date: today(),
      fromPlace: '一号仓库',
      toPlace: '工程部现场库',
      lines: [{ poLineId: po.lines[0]!.id, quantity: '4' }],
    });
    expect(tooMany.details?.fields).toEqual([{ path: 'lines.0.quantity', message: '“电磁流量计”最多还能调拨 3 台' }]);
    const pdf = await t.ok('purchasing.receipts.printTransfer', { id: slip.id });
    const text = expectLaidOut(pdf, A4_FILED).join('');
    expect(text).toContain('内部调拨单');
    expect(text).toContain('工程部现场库');
    expect((await t.ok('purchasing.receipts.getTransfer', { id: slip.id })).printCount).toBe(1);
  });
});
