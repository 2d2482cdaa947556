import { describe, expect, it } from 'vitest';
import type { QuoteInput } from '../../../electron/shared/quotes/contract';
import { useTestCore } from '../support/test-core';
import { today } from '../../../electron/core/dates';

const t = useTestCore();

async function customer() {
  return t.ok('customers.create', {
    name: '长沙银河自动化有限公司',
    shortName: '长沙银河',
    contacts: [{ name: '黄志强', mobile: '13973112345' }],
  });
}

function quote(customerId: number, over: Partial<QuoteInput> = {}): QuoteInput {
  return {
    customerId,
    contactName: '黄志强',
    project: '麓谷水厂改造',
    quoteDate: today(),
    validDays: 15,
    priceIncludesTax: true,
    taxStatement: '含13%增值税专用发票',
    paymentTerms: '30%预付，70%验收后',
    targetMargin: '20',
    lines: [
      { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN50', unit: '台', quantity: '10', unitPrice: '1280' },
      { name: '压力表', brand: '布莱迪', spec: 'Y-100 0-1.6MPa', unit: '只', quantity: '20', unitPrice: '85' },
    ],
    costLines: [
      { lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '905', costSource: 'standard' },
      { lineNo: 2, name: '压力表', quantity: '20', unitCost: '42', costSource: 'last_purchase' },
    ],
    ...over,
  };
}

describe('quotes: from draft to won, with approval and revisions', () => {
  it('a new quote is a numbered draft with exact totals in figures and words', async () => {
    const c = await customer();
    const q = await t.ok('quotes.create', quote(c.id));
    expect(q.number).toMatch(/^BJ\d{4}-00001$/);
    expect(q).toMatchObject({
      version: 1,
      status: 'draft',
      editable: true,
      customerName: '长沙银河自动化有限公司',
      daysLeft: 15,
    });
    expect(q.totals.gross).toBe(1_450_000);
    expect(q.amountInWords).toBe('壹万肆仟伍佰元整');
    expect(q.cost).toBe(989_000);
    expect(q.lines.map((l) => l.gross)).toEqual([1_280_000, 170_000]);
  });

  it('a healthy quote approves itself on submit; a thin one waits for the manager, who approves it', async () => {
    const c = await customer();
    const healthy = await t.ok('quotes.create', quote(c.id));
    const submitted = await t.ok('quotes.submit', { id: healthy.id });
    expect(submitted.status).toBe('approved');
    expect(submitted.approvals.map((a) => a.action)).toEqual(['auto']);

    const thin = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: [{ name: '法兰球阀', quantity: '10', unitPrice: '1000' }],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '905' }],
      }),
    );
    const pending = await t.ok('quotes.submit', { id: thin.id });
    expect(pending.status).toBe('pending_approval');
    expect(pending.approvals[0]!.reasons[0]).toMatch(/^毛利率 .*% 低于 15%$/);

    await t.ok('users.create', { username: 'chenjl', displayName: '陈经理', role: 'manager' });
    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const sales = (await t.ok('auth.login', { username: 'zhangli' })).sessionId;
    expect((await t.fail('quotes.approve', { id: thin.id }, { sessionId: sales })).code).toBe('FORBIDDEN');
    const manager = (await t.ok('auth.login', { username: 'chenjl' })).sessionId;
    const approved = await t.call('quotes.approve', { id: thin.id, comment: '老客户，同意' }, { sessionId: manager });
    expect(approved.ok && approved.value.status).toBe('approved');
    expect(approved.ok && approved.value.approvals.at(-1)).toMatchObject({
      action: 'approve',
      userName: '陈经理',
      comment: '老客户，同意',
    });
  });

  it('a rejected quote is edited and submitted again', async () => {
    const c = await customer();
    await t.ok('quotes.rules.update', { minMarginPercent: '15', maxDiscountPercent: '5', maxAmount: 1_000_000 });
    const q = await t.ok('quotes.create', quote(c.id));
    expect((await t.ok('quotes.submit', { id: q.id })).approvals[0]!.reasons).toEqual([
      '金额 14,500.00 元超过 10,000.00 元',
    ]);
    const rejected = await t.ok('quotes.reject', { id: q.id, comment: '请分两单报' });
    expect(rejected).toMatchObject({ status: 'rejected', editable: true });
    const edited = await t.ok('quotes.update', {
      id: q.id,
      lockVersion: rejected.lockVersion,
      data: quote(c.id, {
        lines: [{ name: '法兰球阀', quantity: '5', unitPrice: '1280' }],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '5', unitCost: '905' }],
      }),
    });
    expect(edited).toMatchObject({ status: 'draft', totals: { gross: 640_000 } });
    expect((await t.ok('quotes.submit', { id: q.id })).status).toBe('approved');
  });

  it('a sent quote cannot be edited; revising makes V2 and keeps V1 readable', async () => {
    const c = await customer();
    const q = await t.ok('quotes.create', quote(c.id));
    await t.ok('quotes.submit', { id: q.id });
    const sent = await t.ok('quotes.markSent', { id: q.id, via: 'email' });
    expect(sent).toMatchObject({ status: 'sent', sentVia: 'email', editable: false });
    const refused = await t.fail('quotes.update', { id: q.id, lockVersion: sent.lockVersion, data: quote(c.id) });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('不能再修改');

    const v2 = await t.ok('quotes.revise', { id: q.id, reason: '客户要求 DN50 改为 DN65，数量减少' });
    expect(v2).toMatchObject({
      number: q.number,
      version: 2,
      status: 'draft',
      revisionReason: '客户要求 DN50 改为 DN65，数量减少',
    });
    const v1 = await t.ok('quotes.get', { id: q.id });
    expect(v1).toMatchObject({ status: 'superseded', totals: sent.totals, editable: false });

    const changed = quote(c.id, {
      lines: [
        { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN50', unit: '台', quantity: '8', unitPrice: '1250' },
        { name: '闸阀', spec: 'Z41H-16C DN100', unit: '台', quantity: '2', unitPrice: '1980' },
      ],
      costLines: [],
    });
    await t.ok('quotes.update', { id: v2.id, lockVersion: v2.lockVersion, data: changed });
    const diff = await t.ok('quotes.compare', { fromId: q.id, toId: v2.id });
    expect(diff.added.map((l) => l.name)).toEqual(['闸阀']);
    expect(diff.removed.map((l) => l.name)).toEqual(['压力表']);
    expect(diff.changed).toEqual([
      {
        name: '法兰球阀',
        spec: 'Q41F-16C DN50',
        quantity: ['10', '8'],
        unitPrice: ['1280', '1250'],
        gross: [1_280_000, 1_000_000],
      },
    ]);
    expect(diff.totals.to.gross).toBe(1_396_000);
    const versions = await t.ok('quotes.versions', { number: q.number });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'draft'],
    ]);
  });

  it('a quote past its validity reads as expired, is listed so, and must be revised before sending', async () => {
    const c = await customer();
    const q = await t.ok('quotes.create', quote(c.id, { quoteDate: '2026-01-05', validDays: 15 }));
    const approved = await t.ok('quotes.submit', { id: q.id });
    expect(approved).toMatchObject({ status: 'expired', validUntil: '2026-01-20' });
    expect(approved.daysLeft).toBeLessThan(0);
    expect((await t.ok('quotes.list', { filters: { status: 'expired' } })).rows.map((r) => r.id)).toEqual([q.id]);
    expect((await t.ok('quotes.list', { filters: { status: 'approved' } })).total).toBe(0);
    expect((await t.fail('quotes.markSent', { id: q.id, via: 'fax' })).message).toContain('已过期');
  });

  it('a sent quote is won or lost, with the reason kept', async () => {
    const c = await customer();
    const q = await t.ok('quotes.create', quote(c.id));
    await t.ok('quotes.submit', { id: q.id });
    await t.ok('quotes.markSent', { id: q.id, via: 'wechat' });
    const won = await t.ok('quotes.outcome', { id: q.id, outcome: 'won', reason: '价格与交期均优' });
    expect(won).toMatchObject({ status: 'won', outcomeReason: '价格与交期均优' });
    expect((await t.fail('quotes.outcome', { id: q.id, outcome: 'lost' })).code).toBe('CONFLICT');
    const history = await t.ok('audit.forEntity', { entity: 'quote', entityId: String(q.id) });
    expect(history.map((h) => h.action)).toEqual(['outcome', 'send', 'submit', 'create']);
  });

  it("lists find quotes by number or by the customer's pinyin, newest first", async () => {
    const c = await customer();
    const other = await t.ok('customers.create', { name: '上海浦江化工有限公司' });
    const a = await t.ok('quotes.create', quote(c.id));
    await t.ok('quotes.create', quote(other.id));
    expect((await t.ok('quotes.list', { q: 'csyh' })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await t.ok('quotes.list', { q: a.number })).rows.map((r) => r.number)).toEqual([a.number]);
    expect((await t.ok('quotes.list', {})).total).toBe(2);
  });

  it('bad lines are refused by field, and nothing is written', async () => {
    const c = await customer();
    const err = await t.fail(
      'quotes.create',
      quote(c.id, {
        lines: [{ name: '球阀', quantity: '0', unitPrice: '-1' }],
        costLines: [{ lineNo: 5, name: 'x', quantity: '1', unitCost: '1' }],
      }),
    );
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields?.map((f) => f.path).sort()).toEqual([
      'costLines.0.lineNo',
      'lines.0.quantity',
      'lines.0.unitPrice',
    ]);
    expect(await t.count('quotes')).toBe(0);
    // No quote number was taken either.
    expect(await t.core.services.db()('number_sequences').where({ doc_type: 'quote' }).first()).toBeUndefined();
  });

  it('two people saving the same draft: the second is told it changed', async () => {
    const c = await customer();
    const q = await t.ok('quotes.create', quote(c.id));
    await t.ok('quotes.update', { id: q.id, lockVersion: q.lockVersion, data: quote(c.id, { project: '甲' }) });
    expect(
      (await t.fail('quotes.update', { id: q.id, lockVersion: q.lockVersion, data: quote(c.id, { project: '乙' }) }))
        .code,
    ).toBe('CONFLICT');
    expect((await t.ok('quotes.get', { id: q.id })).project).toBe('甲');
  });
});
