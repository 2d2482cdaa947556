import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { ageingCsv } from '../../../electron/core/receivables/ageing-csv';
import { statementCsv } from '../../../electron/core/receivables/statement-csv';
import { AppError } from '../../../electron/core/rpc/errors';
import { receivedPayment, registeredInvoice } from '../support/finance';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

async function data() {
  setClock(new Date('2026-11-30T04:00:00Z'));
  const a = await t.ok('customers.create', {
    code: 'C001',
    name: '北京华联, 商厦',
    paymentDays: 30,
    salesperson: '张丽',
  });
  const b = await t.ok('customers.create', { code: 'C002', name: '上海浦江电气' });
  await registeredInvoice(t, { customerId: a.id, issueDate: '2026-11-10', gross: 1_234_56 });
  await registeredInvoice(t, { customerId: a.id, issueDate: '2026-06-01', gross: 10_000_00 });
  await receivedPayment(t, { customerId: a.id, date: '2026-11-20', amount: 200_00 });
  await registeredInvoice(t, { customerId: b.id, issueDate: '2025-01-05', gross: 5_00 });
  return { a, b };
}

const failure = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

describe('neiqin report as CSV', () => {
  it('ageing: a header row, one line per customer with code and name, yuan with 2 decimals, the totals', async () => {
    await data();
    const csv = await ageingCsv(t.core.services.db(), { basis: 'invoice' });
    expect(csv.split('\n')).toEqual([
      '客户编码,客户,业务员,30天以内,31-60天,61-90天,91-180天,181-365天,365天以上,应收合计,90天以上,90天以上占比,未核销预收,应收余额',
      'C001,"北京华联, 商厦",张丽,1234.56,0.00,0.00,0.00,10000.00,0.00,11234.56,10000.00,89.0%,-200.00,11034.56',
      'C002,上海浦江电气,,0.00,0.00,0.00,0.00,0.00,5.00,5.00,5.00,100.0%,0.00,5.00',
      ',合计,,1234.56,0.00,0.00,0.00,10000.00,5.00,11239.56,10005.00,89.0%,-200.00,11039.56',
      '',
    ]);
    const due = await ageingCsv(t.core.services.db(), { basis: 'due', asOf: '2026-11-15' });
    expect(due.split('\n')[0]).toContain('未到期,1-30天');
    expect(due.split('\n')[1]).toMatch(/^C001,"北京华联, 商厦",张丽,1234\.56,/);
  });

  it('statement: opening, lines and closing with the customer on every row', async () => {
    await data();
    const csv = await statementCsv(t.core.services.db(), { customer: 'C001', from: '2026-11-01', to: '2026-11-30' });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('客户编码,客户,日期,类型,单据号,应收增加,已收款,余额');
    expect(lines[1]).toBe('C001,"北京华联, 商厦",2026-11-01,期初余额,,,,10000.00');
    expect(lines[2]).toMatch(/^C001,"北京华联, 商厦",2026-11-10,发票,\d{20},1234\.56,,11234\.56$/);
    expect(lines[3]).toMatch(/^C001,"北京华联, 商厦",2026-11-20,收款,HK\d{4}-\d+,,200\.00,11034\.56$/);
    expect(lines[4]).toBe('C001,"北京华联, 商厦",2026-11-30,期末余额,,1234.56,200.00,11034.56');
  });

  it('bad arguments: an unknown customer code, a bad date, a bad basis, a missing period — plain messages', async () => {
    await data();
    const db = t.core.services.db();
    const { translate } = await import('../../../electron/shared/i18n/translate');
    const say = (e: AppError) => translate('zh-CN', e.messageKey, e.vars);
    expect(say(await failure(statementCsv(db, { customer: 'NOPE', from: '2026-11-01', to: '2026-11-30' })))).toBe(
      '没有编码为 NOPE 的客户',
    );
    expect(say(await failure(statementCsv(db, { customer: 'C001', from: '2026-13-01', to: '2026-11-30' })))).toBe(
      '--from 不是有效日期：2026-13-01（格式 YYYY-MM-DD）',
    );
    expect(say(await failure(statementCsv(db, { customer: 'C001', from: '2026-11-01' })))).toBe('缺少 --to');
    expect(say(await failure(ageingCsv(db, { asOf: '30/11/2026' })))).toContain('--as-of 不是有效日期');
    expect(say(await failure(ageingCsv(db, { basis: 'weekly' })))).toBe(
      '--basis 只能是 invoice、delivery 或 due，而不是 weekly',
    );
  });
});
