import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { loadExcelJs } from '../../../electron/core/excel/load-exceljs';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { customer, receivedPayment, redLetter, registeredInvoice } from '../support/finance';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const at = (date: string) => setClock(new Date(`${date}T04:00:00Z`));

describe('sales ledger (销售台账)', () => {
  const t = useTestCore();

  it('puts each salesperson’s plans beside orders, deliveries, invoices (less red-letter) and receipts by month', async () => {
    at('2026-03-10');
    const {
      customer: zhang,
      order,
      lineIds,
    } = await wonOrder(t, {
      customer: { name: '苏州清源水务有限公司', salesperson: '张三' },
      lines: [{ name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '1000' }],
    });
    expect(order.totals.gross).toBe(1_000_000);
    at('2026-04-02');
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '4' }]);
    await deliveredNote(t, notice.id);
    const invoice = await registeredInvoice(t, { customerId: zhang.id, issueDate: '2026-04-05', gross: 400_000 });
    await redLetter(t, invoice.id, 50_000, '2026-04-20');
    await receivedPayment(t, { customerId: zhang.id, date: '2026-04-25', amount: 200_000 });
    await receivedPayment(t, { customerId: zhang.id, date: '2026-04-26', amount: 777_777, cancelled: true });
    const li = await customer(t, '无锡惠联热电有限公司', { paymentDays: 0, salesperson: '李四' });
    await registeredInvoice(t, { customerId: li.id, issueDate: '2026-04-30', gross: 100_000 });
    await registeredInvoice(t, { customerId: li.id, issueDate: '2026-05-01', gross: 9_999 });

    await t.ok('ledger.plan.set', { month: '2026-03', salesperson: '张三', sales: 2_000_000, collection: 0 });
    await t.ok('ledger.plan.set', { month: '2026-04', salesperson: '张三', sales: 0, collection: 300_000 });
    await t.ok('ledger.plan.set', { month: '2026-04', salesperson: '张三', sales: 0, collection: 400_000 });
    expect(await t.count('sales_plans')).toBe(2);

    const report = await t.ok('ledger.report', { from: '2026-03', to: '2026-04' });
    const figures = report.rows.map((r) => [
      r.salesperson,
      r.month,
      r.salesPlan,
      r.orders,
      r.deliveries,
      r.invoiced,
      r.receipts,
      r.collectionPlan,
      r.salesRate,
      r.collectionRate,
    ]);
    // Salespeople in pinyin order (李 before 张), then by month.
    expect(figures).toEqual([
      ['李四', '2026-04', 0, 0, 0, 100_000, 0, 0, null, null],
      ['张三', '2026-03', 2_000_000, 1_000_000, 0, 0, 0, 0, '50.0', null],
      ['张三', '2026-04', 0, 0, 400_000, 350_000, 200_000, 400_000, null, '50.0'],
    ]);
    expect(report.totals).toMatchObject({ orders: 1_000_000, invoiced: 450_000, receipts: 200_000, salesRate: '50.0' });
    expect(report.salespeople).toEqual(expect.arrayContaining(['张三', '李四']));

    const zhangOnly = await t.ok('ledger.report', { from: '2026-04', to: '2026-05', salesperson: '张三' });
    expect(zhangOnly.rows.map((r) => [r.salesperson, r.month, r.invoiced])).toEqual([['张三', '2026-04', 350_000]]);

    const file = await t.ok('ledger.xlsx', { from: '2026-03', to: '2026-04' });
    expect(file.filename).toBe('销售台账-2026-03-2026-04.xlsx');
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).text).toBe('开票额（元）');
    expect(sheet.getRow(4).getCell(6).value).toBe(3500);
    expect(sheet.getRow(5).getCell(1).text).toBe('合计');
    expect(sheet.getRow(5).getCell(6).value).toBe(4500);
  });

  it('only a manager sets sales plans; a sales assistant reads the ledger', async () => {
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const plan = { month: '2026-04', salesperson: '张丽', sales: 1_000_000, collection: 800_000 };
    expect((await t.fail('ledger.plan.set', plan, { sessionId: sales })).code).toBe('FORBIDDEN');
    expect(await t.count('sales_plans')).toBe(0);
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    expect((await t.call('ledger.plan.set', plan, { sessionId: manager })).ok).toBe(true);
    const audit = (await t.core.services.db()('audit_log').where({ entity: 'salesPlan' }).first()) as {
      user_name: string;
      after_json: string;
    };
    expect(audit.user_name).toBe('陈经理');
    expect(JSON.parse(audit.after_json)).toEqual(plan);
    const read = await t.call('ledger.report', { from: '2026-04', to: '2026-04' }, { sessionId: sales });
    expect(read.ok && read.value.rows[0]).toMatchObject({
      salesperson: '张丽',
      salesPlan: 1_000_000,
      collectionPlan: 800_000,
    });
  });
});
