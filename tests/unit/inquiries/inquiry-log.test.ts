import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('the daily log (报价业务日志) counts each quote once', () => {
  it('a quote revised twice the same day counts once, at its current version’s amount', async () => {
    setClock(new Date('2026-11-24T04:00:00Z'));
    const c = await t.ok('customers.create', { name: '嘉兴港区污水处理有限公司' });
    const sent = async (quantity: string) => {
      const q = await t.ok('quotes.create', {
        customerId: c.id,
        quoteDate: '2026-11-24',
        lines: [{ name: '潜污泵', unit: '台', quantity, unitPrice: '4000' }],
        costLines: [{ lineNo: 1, name: '潜污泵', quantity, unitCost: '2800' }],
      });
      await t.ok('quotes.submit', { id: q.id });
      return t.ok('quotes.markSent', { id: q.id, via: 'email' });
    };
    const first = await sent('2');
    const v2 = await t.ok('quotes.revise', { id: first.id, reason: '客户要求加一台' });
    const data = {
      customerId: c.id,
      quoteDate: '2026-11-24',
      lines: [{ name: '潜污泵', unit: '台', quantity: '3', unitPrice: '4000' }],
      costLines: [{ lineNo: 1, name: '潜污泵', quantity: '3', unitCost: '2800' }],
    };
    await t.ok('quotes.update', { id: v2.id, lockVersion: v2.lockVersion, data });
    await t.ok('quotes.submit', { id: v2.id });
    const v3 = await t.ok('quotes.revise', { id: v2.id, reason: '再加一台' });
    await t.ok('quotes.update', {
      id: v3.id,
      lockVersion: v3.lockVersion,
      data: { ...data, lines: [{ ...data.lines[0]!, quantity: '4' }] },
    });
    await sent('1');

    // Four versions were written that day; two quotes were made: V3 of the first (16,000.00) and the second (4,000.00).
    expect(await t.count('quotes')).toBe(4);
    expect(await t.ok('inquiries.log', { from: '2026-11-24', to: '2026-11-24' })).toEqual([
      { date: '2026-11-24', person: '管理员', inquiries: 0, quotes: 2, quotedAmount: 2_000_000 },
    ]);
  });
});
