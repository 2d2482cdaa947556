import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPageSizes } from '../../../electron/core/docs/pdf-files';
import { useTestCore } from '../support/test-core';
import { wonOrder } from '../support/orders';
import { today } from '../../../electron/core/dates';

const t = useTestCore();

function pagesText(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-note-')), 'n.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** A note with the given number of lines, each 1 unit at 100 yuan. */
async function noteWithLines(count: number, customerName = '苏州工业园区清源华衍水务有限公司') {
  const lines = Array.from({ length: count }, (_, i) => ({
    name: `备件${i + 1}`,
    spec: `SP-${100 + i}`,
    unit: '件',
    quantity: '1',
    unitPrice: '100',
  }));
  const { order } = await wonOrder(t, { customer: { name: customerName }, lines });
  const progress = await t.ok('orders.progress', { orderId: order.id });
  const notice = await t.ok('deliveries.notices.create', {
    orderId: order.id,
    date: today(),
    lines: progress.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.ordered })),
  });
  await t.ok('deliveries.notices.confirm', { id: notice.id });
  return t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: count });
}

describe('printing delivery notes', () => {
  it('a three-part note on 241 × 93 mm carbonless forms: page size, the parts named on the form, the total in 大写', async () => {
    await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司' });
    const note = await noteWithLines(3);
    const file = await t.ok('deliveries.notes.preview', { ids: [note.id] });
    expect(file.pages).toBe(1);
    expect(await pdfPageSizes(Buffer.from(file.dataBase64, 'base64'))).toEqual([{ widthMm: 241, heightMm: 93 }]);
    const text = squash(pagesText(file.dataBase64)[0]!);
    for (const part of ['①存根', '②客户', '③回单']) expect(text).toContain(part);
    expect(text).toContain('送货单');
    expect(text).toContain(note.number);
    expect(text).toContain('（大写）叁佰元整');
    expect(text).toContain('第1页共1页');
  });

  it('parts printed separately: one labelled copy per part; prices hidden for a customer who wants none', async () => {
    await t.ok('settings.delivery.update', {
      paper: 'form-241x93',
      parts: ['存根', '客户', '回单', '财务'],
      partMode: 'separate',
      receiptDays: 7,
    });
    const note = await noteWithLines(2);
    const customer = await t.ok('customers.get', { id: note.customerId });
    await t.core.services.db()('customers').where({ id: customer.id }).update({ delivery_show_prices: false });
    const hidden = await noteWithLines(2, '不显示价格的客户');
    await t.core.services.db()('delivery_notes').where({ id: hidden.id }).update({ show_prices: false });
    const file = await t.ok('deliveries.notes.preview', { ids: [note.id, hidden.id] });
    const pages = pagesText(file.dataBase64).map(squash);
    expect(pages).toHaveLength(8);
    expect(pages.slice(0, 4).map((p) => /第(.)联(..)/.exec(p)?.slice(1))).toEqual([
      ['一', '存根'],
      ['二', '客户'],
      ['三', '回单'],
      ['四', '财务'],
    ]);
    expect(pages[0]).toContain('单价');
    expect(pages[4]).not.toContain('单价');
    expect(pages[4]).not.toContain('大写');
  });

  it('a batch is one PDF in the order chosen; a long note runs over pages with 第 N 页 共 M 页 and its total only on the last; reprints say 补打', async () => {
    const long = await noteWithLines(20, '长沙银河自动化有限公司');
    const short = await noteWithLines(1, '武汉江城水务工程有限公司');
    const first = await t.ok('deliveries.notes.print', { ids: [short.id, long.id] });
    expect(first.reprinted).toEqual([]);
    const pages = pagesText(first.dataBase64).map(squash);
    // 1/3 forms hold 8 lines a page: 20 lines take 3 pages.
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('武汉江城水务工程有限公司');
    expect(pages.slice(1).map((p) => /第(\d)页共(\d)页/.exec(p)?.slice(1).join('/'))).toEqual(['1/3', '2/3', '3/3']);
    expect(pages[1]).toContain('续下页');
    expect(pages[1]).not.toContain('大写');
    expect(pages[3]).toContain('（大写）贰仟元整');
    expect(pages[3]).toContain('备件20');
    expect(pages.join('')).not.toContain('补打');

    const again = await t.ok('deliveries.notes.print', { ids: [long.id] });
    expect(again.reprinted).toEqual([long.number]);
    expect(pagesText(again.dataBase64).every((p) => squash(p).includes('补打'))).toBe(true);
    const history = await t.ok('audit.forEntity', { entity: 'delivery', entityId: String(long.id) });
    expect(history.map((h) => h.action).slice(0, 2)).toEqual(['reprint', 'print']);
  });
});
