import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { freezeOrder } from '../../../electron/core/docs/issued-snapshot';
import { writeTransaction } from '../../../electron/core/db/write-transaction';
import { wonOrder } from '../support/orders';
import { A4_FILED, expectLaidOut as expectPdfLaidOut } from '../support/pdf-read';
import { pdfImageSizes, pdfPagesText } from '../support/pdf-text';
import { solidPng } from '../support/png';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

const LONG_SPEC = 'LDG-150 DN150 PN16 衬四氟 哈氏合金电极 一体式 4-20mA HART 防护等级IP68 分体安装 带现场显示';

/** An order of `count` lines, 2 units at 1,000.00 each; every seventh line with a long spec that wraps. */
async function orderOf(count: number, sealAttachmentId: number | null = null) {
  await t.ok('settings.company.update', {
    sealAttachmentId,
    name: '杭州恒信机电设备有限公司',
    taxId: '91330100MA2XXXXX1A',
    address: '杭州市拱墅区莫干山路1418号',
    phone: '0571-88236600',
    bankName: '中国工商银行杭州莫干山路支行',
    bankAccount: '1202021209001234567',
  });
  return wonOrder(t, {
    quote: { contactName: '孙伟', contactPhone: '13851712345' },
    customer: {
      name: '苏州工业园区清源华衍水务有限公司',
      taxId: '91320594MA1XXXXX2B',
      invoiceAddressPhone: '苏州工业园区星港街 33 号 0512-62880000',
      invoiceBankAccount: '中国银行苏州工业园区支行 5555 6666 7777',
    },
    lines: Array.from({ length: count }, (_, i) => ({
      name: `电磁流量计${i + 1}`,
      brand: '光华',
      spec: i % 7 === 3 ? LONG_SPEC : `LDG-${100 + i}`,
      unit: '台',
      quantity: '2',
      unitPrice: '1000',
    })),
  });
}

/** The contract and the notice on A4 with filing margins, every page more than a page number. */
const expectLaidOut = (file: { dataBase64: string; pages: number }) =>
  expectPdfLaidOut(file, A4_FILED, { minChars: 60 });

const IN_WORDS: Record<number, string> = {
  1: '贰仟元整',
  15: '叁万元整',
  16: '叁万贰仟元整',
  40: '捌万元整',
  300: '陆拾万元整',
};

describe('the sales contract (销售合同 / 订单确认书)', () => {
  it('reads as a contract: seller and buyer with tax data, the lines, totals in 大写, delivery, payment, numbered terms, both signature blocks and the seal', async () => {
    const seal = (
      await t.ok('attachments.upload', {
        filename: 'seal.png',
        mime: 'image/png',
        dataBase64: solidPng(40, 40, [200, 0, 0]),
      })
    ).id;
    const { order } = await orderOf(1, seal);
    const file = await t.ok('orders.printContract', { id: order.id });
    expect(file.filename).toBe(`销售合同-${order.number}.pdf`);
    expect(file.pages).toBe(1);
    const text = expectLaidOut(file)[0]!;
    for (const s of [
      '杭州恒信机电设备有限公司',
      '销售合同',
      '（订单确认书）',
      `合同编号：${order.number}`,
      '客户订单号：PO-1',
      `签订日期：${today()}`,
      '卖方（甲方）：杭州恒信机电设备有限公司',
      '纳税人识别号：91330100MA2XXXXX1A',
      '开户行及账号：中国工商银行杭州莫干山路支行',
      '1202021209001234567',
      '买方（乙方）：苏州工业园区清源华衍水务有限公司',
      '纳税人识别号：91320594MA1XXXXX2B',
      '地址、电话：苏州工业园区星港街33号0512-62880000',
      '开户行及账号：中国银行苏州工业园区支行555566667777',
      '序号品名品牌型号规格单位数量含税单价',
      '含税金额',
      '1电磁流量计1光华LDG-100台21,000.002,000.0013%',
      '金额合计：¥1,769.91税额合计：¥230.09',
      '价税合计：¥2,000.00（大写：贰仟元整）',
      '联系人：孙伟13851712345',
      '1.交货地点：苏州工业园区星港街33号收货人：孙伟13851712345交货日期：双方另行约定',
      '2.付款方式：双方另行约定',
      '3.质量标准',
      '9.争议解决',
      '卖方（盖章）：杭州恒信机电设备有限公司',
      '买方（盖章）：苏州工业园区清源华衍水务有限公司',
      '授权代表（签字）',
      '第1页共1页',
    ])
      expect(text).toContain(s);
    expect(pdfImageSizes(file.dataBase64)).toEqual(['40x40']);
  });

  for (const count of [1, 15, 16, 40, 300])
    it(`${count} lines: the header on every page of lines, rows inside the printable area, no blank page, totals and signatures together on the last page`, async () => {
      const { order } = await orderOf(count);
      const file = await t.ok('orders.printContract', { id: order.id });
      const pages = expectLaidOut(file);
      if (count === 1) expect(file.pages).toBe(1);
      if (count <= 16) expect(file.pages).toBeLessThanOrEqual(2);
      if (count === 300) expect(file.pages).toBeGreaterThanOrEqual(8);
      const last = pages.at(-1)!;
      for (const s of ['价税合计', `（大写：${IN_WORDS[count]}）`, '卖方（盖章）', '买方（盖章）'])
        expect(last).toContain(s);
      for (const p of pages.slice(0, -1)) {
        expect(p).toContain('序号品名品牌型号规格单位数量');
        expect(p).not.toContain('价税合计');
        expect(p).not.toContain('卖方（盖章）');
      }
      expect(last).toContain(`第${file.pages}页共${file.pages}页`);
      const all = pages.join('');
      // Every line printed once, the last one too.
      expect(all.match(/电磁流量计\d+/g)).toHaveLength(count);
      expect(all).toContain(`${count}电磁流量计${count}光华`);
    });

  it('after a change (变更) the title says 订单变更确认书 (第N次变更); in English the contract is in English', async () => {
    const { order } = await orderOf(2);
    const db = t.core.services.db();
    // As the order change will: number the change on the order, then freeze it again.
    if (!(await db.schema.hasColumn('sales_orders', 'change_no')))
      await db.schema.alterTable('sales_orders', (c) => c.integer('change_no').notNullable().defaultTo(0));
    await db('sales_orders').where({ id: order.id }).update({ change_no: 2 });
    await writeTransaction(db, (trx) => freezeOrder(trx, order.id));
    const changed = await t.ok('orders.printContract', { id: order.id });
    expect(changed.filename).toBe(`订单变更确认书-${order.number}-第2次变更.pdf`);
    expect(expectLaidOut(changed)[0]).toContain('订单变更确认书（第2次变更）');

    const r = await t.call('orders.printContract', { id: order.id }, { locale: 'en' });
    if (!r.ok) throw new Error(r.error.message);
    const english = pdfPagesText(r.value.dataBase64).join(' ').replace(/\s+/g, ' ');
    for (const s of ['Order Change Confirmation', '(Change No. 2)', 'Seller', 'Buyer', 'Disputes:', 'Page 1 of 1'])
      expect(english).toContain(s);
  });

  it('each print is counted and in the order history (print, then reprint); a dispatch clerk may not print it and nothing is counted', async () => {
    const { order } = await orderOf(1);
    await t.ok('orders.printContract', { id: order.id });
    await t.ok('orders.printContract', { id: order.id });
    const history = await t.ok('audit.forEntity', { entity: 'order', entityId: String(order.id) });
    expect(history.slice(0, 2).map((h) => [h.action, (h.after as { printCount: number }).printCount])).toEqual([
      ['reprint', 2],
      ['print', 1],
    ]);
    const sessionId = await loggedIn(t, 'dispatch', 'wang', '王调度');
    const audits = await t.count('audit_log');
    expect((await t.fail('orders.printContract', { id: order.id }, { sessionId })).code).toBe('FORBIDDEN');
    expect(await t.count('audit_log')).toBe(audits);
    const row = (await t.core.services.db()('sales_orders').where({ id: order.id }).first('print_count')) as {
      print_count: number;
    };
    expect(row.print_count).toBe(2);
  });
});

describe('the delivery notice (发货通知单) for the warehouse', () => {
  async function noticeOf(count: number, notes: string | null = '上午送到，须提前电话联系') {
    const { order, lineIds } = await orderOf(count);
    return t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      shipDate: today(),
      contactName: '钱工',
      contactPhone: '0512-62880000',
      notes,
      lines: lineIds.map((orderLineId) => ({ orderLineId, quantity: '2' })),
    });
  }

  it('reads as the warehouse needs it: numbers, customer, address, quantities without prices, remarks and the 制单 / 审核 / 仓库 boxes', async () => {
    const notice = await t.ok('deliveries.notices.confirm', { id: (await noticeOf(2)).id });
    const file = await t.ok('deliveries.notices.print', { id: notice.id });
    expect(file.filename).toBe(`发货通知单-${notice.number}.pdf`);
    const text = expectLaidOut(file)[0]!;
    for (const s of [
      '发货通知单',
      `通知单号：${notice.number}`,
      `合同号：${notice.orderNumber}`,
      '客户订单号：PO-1',
      '客户：苏州工业园区清源华衍水务有限公司',
      `要求发货日期：${today()}`,
      '收货地址：苏州工业园区星港街33号',
      '联系人及电话：钱工0512-62880000',
      '序号品名品牌型号规格单位通知数量实发数量件数备注',
      '1电磁流量计1光华LDG-100台2',
      '合计：2行，通知数量4',
      '备注：上午送到，须提前电话联系',
      '制单：管理员',
      '审核：',
      '仓库（发货）：',
    ])
      expect(text).toContain(s);
    for (const s of ['单价', '金额', '¥', '未确认', '作废']) expect(text).not.toContain(s);
    const history = await t.ok('audit.forEntity', { entity: 'deliveryNotice', entityId: String(notice.id) });
    expect(history[0]!.action).toBe('print');
  });

  for (const count of [1, 15, 16, 40, 300])
    it(`${count} lines: the header on every page of lines, inside the printable area, no blank page, total and signature boxes on the last`, async () => {
      const notice = await noticeOf(count);
      const file = await t.ok('deliveries.notices.print', { id: notice.id });
      const pages = expectLaidOut(file);
      if (count === 1) expect(file.pages).toBe(1);
      const last = pages.at(-1)!;
      for (const s of [`合计：${count}行，通知数量${count * 2}`, '制单：', '仓库（发货）：', '未确认'])
        expect(pages.join('')).toContain(s);
      expect(last).toContain('仓库（发货）：');
      expect(last).toContain(`合计：${count}行`);
      for (const p of pages.slice(0, -1)) {
        expect(p).toContain('序号品名品牌型号规格单位通知数量');
        expect(p).not.toContain('仓库（发货）');
      }
      expect(pages.join('').match(/电磁流量计\d+/g)).toHaveLength(count);
    });

  it('a cancelled notice prints with 作废 on every page and the warning that nothing ships against it', async () => {
    const notice = await noticeOf(60, null);
    await t.ok('deliveries.notices.cancel', { id: notice.id, reason: '客户改期' });
    const file = await t.ok('deliveries.notices.print', { id: notice.id });
    const pages = expectLaidOut(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain('发货通知单（作废）');
    expect(pages[0]).toMatch(/发货通知单作废/);
    expect(pages.at(-1)).toContain('本通知单已作废，仓库不得据此发货');
    expect(pages.join('')).not.toContain('合计：');
  });
});
