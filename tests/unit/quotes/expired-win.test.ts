import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { useTestCore } from '../support/test-core';

const t = useTestCore();
const at = (date: string) => setClock(new Date(`${date}T04:00:00Z`));

/** A quote made and faxed on 1 October, valid 15 days (to 16 October); the customer calls back on 30 November. */
async function expiredQuote() {
  at('2026-10-01');
  const c = await t.ok('customers.create', { name: '绍兴柯桥印染有限公司' });
  const q = await t.ok('quotes.create', {
    customerId: c.id,
    quoteDate: '2026-10-01',
    validDays: 15,
    lines: [{ name: '离心泵', spec: 'IS 80-65-160', unit: '台', quantity: '2', unitPrice: '5600' }],
    costLines: [{ lineNo: 1, name: '离心泵', quantity: '2', unitCost: '3800' }],
  });
  await t.ok('quotes.submit', { id: q.id });
  await t.ok('quotes.markSent', { id: q.id, via: 'fax' });
  at('2026-11-30');
  return q;
}

describe('a quote past its validity is won only on purpose', () => {
  it('winning it at the old prices is refused until the user confirms, then recorded with the confirmation', async () => {
    const q = await expiredQuote();
    expect((await t.ok('quotes.get', { id: q.id })).status).toBe('expired');
    const audits = await t.count('audit_log');

    const refused = await t.fail('quotes.outcome', { id: q.id, outcome: 'won' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(`报价单 ${q.number} V1 已于 2026-10-16 过期：请修订出新版本，或确认仍按此价成交`);
    expect(refused.details?.fields).toEqual([
      { path: 'confirmExpired', message: '报价已过有效期，需确认仍按此价成交' },
    ]);
    expect((await t.ok('quotes.get', { id: q.id })).status).toBe('expired');
    expect(await t.count('audit_log')).toBe(audits);

    const won = await t.ok('quotes.outcome', {
      id: q.id,
      outcome: 'won',
      reason: '客户确认按原价',
      confirmExpired: true,
    });
    expect(won).toMatchObject({ status: 'won', outcomeReason: '客户确认按原价' });
    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'quote', entity_id: String(q.id), action: 'outcome' })
      .first('before_json', 'after_json')) as { before_json: string; after_json: string };
    expect(JSON.parse(audit.before_json)).toEqual({ status: 'expired' });
    expect(JSON.parse(audit.after_json)).toEqual({ status: 'won', confirmedExpired: true });
    const order = await t.ok('orders.createFromQuote', { quoteId: q.id, orderDate: '2026-11-30' });
    expect(order.totals.gross).toBe(1_120_000);
  });

  it('English callers are told the same in English', async () => {
    const q = await expiredQuote();
    const refused = await t.fail('quotes.outcome', { id: q.id, outcome: 'won' }, { locale: 'en' });
    expect(refused.message).toBe(
      `Quote ${q.number} V1 expired on 2026-10-16: revise it into a new version, or confirm the deal at these prices`,
    );
  });

  it('a new version dated today is won without any confirmation; losing an expired quote needs none either', async () => {
    const q = await expiredQuote();
    const v2 = await t.ok('quotes.revise', { id: q.id, reason: '原报价已过期，按新价格重报' });
    expect(v2).toMatchObject({ version: 2, quoteDate: '2026-11-30', validUntil: '2026-12-15' });
    await t.ok('quotes.submit', { id: v2.id });
    await t.ok('quotes.markSent', { id: v2.id, via: 'email' });
    expect((await t.ok('quotes.outcome', { id: v2.id, outcome: 'won' })).status).toBe('won');

    const other = await expiredQuote();
    expect((await t.ok('quotes.outcome', { id: other.id, outcome: 'lost', reason: '客户已另购' })).status).toBe('lost');
  });
});
