import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import type { In } from '../../../electron/shared/contracts';
import { priceQuote } from '../../../electron/shared/quotes/quote-pricing';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

const customer = () => t.ok('customers.create', { name: '宁波北仑港务机械有限公司' });

/** A valve listed at 100.00 net (13% VAT), standard cost 60.00. */
const valve = () =>
  t.ok('products.create', {
    code: 'FM-DN50',
    name: '法兰球阀',
    spec: 'Q41F-16C DN50',
    unit: '台',
    taxRate: '0.13',
    listPrice: '100',
    standardCost: '60',
  });

function quote(customerId: number, over: Partial<In<'quotes.create'>> = {}): In<'quotes.create'> {
  return { customerId, quoteDate: today(), priceIncludesTax: true, lines: [], ...over };
}

describe('a quote without a cost for some lines needs a manager', () => {
  it('a cost sheet leaving the gauges uncosted sends the quote to the manager, naming line 2', async () => {
    const c = await customer();
    const q = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: [
          { name: '法兰球阀', quantity: '10', unitPrice: '1280' },
          { name: '压力表', quantity: '20', unitPrice: '85' },
          { kind: 'freight', name: '运费', quantity: '1', unitPrice: '300', taxRate: '0.09' },
        ],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '905' }],
      }),
    );
    // Freight is no goods: only the gauges lack a cost.
    expect(q.uncostedLines).toEqual([2]);
    const submitted = await t.ok('quotes.submit', { id: q.id });
    expect(submitted.status).toBe('pending_approval');
    expect(submitted.approvals[0]!.reasons).toEqual(['部分行无成本（第 2 行）']);

    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    expect((await t.fail('quotes.approve', { id: q.id, comment: null }, { sessionId: sales })).code).toBe('FORBIDDEN');
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const approved = await t.call('quotes.approve', { id: q.id, comment: '压力表按库存价' }, { sessionId: manager });
    expect(approved.ok && approved.value.status).toBe('approved');
  });

  it('no cost sheet at all no longer skips the rules: every goods line is named', async () => {
    const c = await customer();
    const q = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: [
          { name: '法兰球阀', quantity: '10', unitPrice: '1280' },
          { name: '压力表', quantity: '20', unitPrice: '85' },
        ],
      }),
    );
    expect(q.marginPercent).toBeNull();
    const submitted = await t.ok('quotes.submit', { id: q.id });
    expect(submitted).toMatchObject({ status: 'pending_approval' });
    expect(submitted.approvals[0]!.reasons).toEqual(['部分行无成本（第 1、2 行）']);
  });

  it('a cost line of 0 is no cost; with the rule switched off in 设置 the quote approves itself', async () => {
    const c = await customer();
    const data = quote(c.id, {
      lines: [{ name: '法兰球阀', quantity: '10', unitPrice: '1280' }],
      costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '0' }],
    });
    expect((await t.ok('quotes.create', data)).uncostedLines).toEqual([1]);
    await t.ok('quotes.rules.update', {
      minMarginPercent: '15',
      maxDiscountPercent: '5',
      maxAmount: 50_000_000,
      missingCostNeedsApproval: false,
    });
    const q = await t.ok('quotes.create', data);
    expect((await t.ok('quotes.submit', { id: q.id })).status).toBe('approved');
  });
});

describe('a price below the list price is a discount', () => {
  it('10 valves at 101.70 with tax against a list of 100.00 net (113.00 with tax) are 10.00% off', async () => {
    const c = await customer();
    const p = await valve();
    const q = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: [{ productId: p.id, name: '法兰球阀', quantity: '10', unitPrice: '101.70' }],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '60' }],
      }),
    );
    expect(q.lines[0]!.listPrice).toBe('100.00');
    expect(q.belowListLines).toEqual([1]);
    // Given: 1,130.00 − 1,017.00 = 113.00 of 1,130.00 at list. Margin: 900.00 net against 600.00 cost.
    expect(q).toMatchObject({ discountPercent: '10.00', marginPercent: '33.33', cost: 60_000 });
    const submitted = await t.ok('quotes.submit', { id: q.id });
    expect(submitted.status).toBe('pending_approval');
    expect(submitted.approvals[0]!.reasons).toEqual(['折扣 10.00% 高于 5%']);
  });

  it('a below-list price and a discount line add up; freight stays out of it', async () => {
    const c = await customer();
    const p = await valve();
    const q = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: [
          { productId: p.id, name: '法兰球阀', quantity: '10', unitPrice: '110.74' },
          { kind: 'discount', name: '优惠', quantity: '1', unitPrice: '56.50' },
          { kind: 'freight', name: '运费', quantity: '1', unitPrice: '200', taxRate: '0.09' },
        ],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '60' }],
      }),
    );
    // 1,130.00 − 1,107.40 = 22.60 below list, plus 56.50 off: 79.10 of 1,130.00.
    expect(q).toMatchObject({ discountPercent: '7.00', belowListLines: [1] });
  });

  it('at the list price (113.00 with tax) only the discount lines count, as before', async () => {
    const c = await customer();
    const p = await valve();
    const q = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: [
          { productId: p.id, name: '法兰球阀', quantity: '10', unitPrice: '113' },
          { kind: 'discount', name: '优惠', quantity: '1', unitPrice: '56.50' },
        ],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '60' }],
      }),
    );
    expect(q).toMatchObject({ discountPercent: '5.00', belowListLines: [] });
    expect((await t.ok('quotes.submit', { id: q.id })).status).toBe('approved');
  });
});

describe('costs and revenue compared on the same tax basis', () => {
  const lines = [
    { kind: 'item' as const, quantity: '10', unitPrice: '113', taxRate: '0.13' as const },
    { kind: 'item' as const, quantity: '10', unitPrice: '109', taxRate: '0.09' as const },
  ];
  const costLines = [
    { lineNo: 1, quantity: '10', unitCost: '79.10' },
    { lineNo: 2, quantity: '10', unitCost: '76.30' },
    { lineNo: null, quantity: '1', unitCost: '56.50' },
  ];

  it('tax-included costs are taken net at their line’s VAT (overheads at 13%) before the margin', () => {
    // Goods net 1,000.00 + 1,000.00; costs 791.00 / 1.13 = 700.00, 763.00 / 1.09 = 700.00, 56.50 / 1.13 = 50.00.
    const p = priceQuote({ priceIncludesTax: true, costIncludesTax: true, targetMargin: null, lines, costLines });
    expect(p.goodsNet).toBe(200_000);
    expect(p.costLines.map((c) => c.cost)).toEqual([79_100, 76_300, 5_650]);
    expect(p.cost).toBe(145_000);
    expect(p.marginPercent).toBe('27.50');
  });

  it('net costs are compared as they are: the margin of every quote made before is unchanged', () => {
    const p = priceQuote({ priceIncludesTax: true, targetMargin: null, lines, costLines });
    expect(p.cost).toBe(161_050);
    expect(p.marginPercent).toBe('19.48');
    expect(
      priceQuote({ priceIncludesTax: true, costIncludesTax: false, targetMargin: null, lines, costLines }),
    ).toEqual(p);
  });

  it('the quote keeps its cost basis through saving, revising and copying', async () => {
    const c = await customer();
    const q = await t.ok(
      'quotes.create',
      quote(c.id, {
        costIncludesTax: true,
        lines: lines.map((l, i) => ({ ...l, name: `货物${i + 1}` })),
        costLines: costLines.map((l, i) => ({ ...l, name: `材料${i + 1}` })),
      }),
    );
    expect(q).toMatchObject({ costIncludesTax: true, cost: 145_000, marginPercent: '27.50' });
    await t.ok('quotes.submit', { id: q.id });
    const v2 = await t.ok('quotes.revise', { id: q.id, reason: '客户要求改交期' });
    expect(v2).toMatchObject({ costIncludesTax: true, marginPercent: '27.50' });
    expect(await t.ok('quotes.copy', { id: q.id })).toMatchObject({ costIncludesTax: true, cost: 145_000 });
    const plain = await t.ok(
      'quotes.create',
      quote(c.id, {
        lines: lines.map((l, i) => ({ ...l, name: `货物${i + 1}` })),
        costLines: costLines.map((l, i) => ({ ...l, name: `材料${i + 1}` })),
      }),
    );
    expect(plain).toMatchObject({ costIncludesTax: false, cost: 161_050, marginPercent: '19.48' });
  });
});

describe('the rules in 设置 › 审批规则', () => {
  it('the manager sets them; a sales assistant reads but cannot change them; bad values are refused by field', async () => {
    expect(await t.ok('quotes.rules.get', {})).toEqual({
      minMarginPercent: '15',
      maxDiscountPercent: '5',
      maxAmount: 50_000_000,
      missingCostNeedsApproval: true,
    });
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const rules = {
      minMarginPercent: '12',
      maxDiscountPercent: '8',
      maxAmount: 2_000_000,
      missingCostNeedsApproval: false,
    };
    const saved = await t.call('quotes.rules.update', rules, { sessionId: manager });
    expect(saved.ok).toBe(true);
    expect(await t.ok('quotes.rules.get', {})).toEqual(rules);

    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    expect((await t.call('quotes.rules.get', {}, { sessionId: sales })).ok).toBe(true);
    expect((await t.fail('quotes.rules.update', rules, { sessionId: sales })).code).toBe('FORBIDDEN');

    const bad = await t.fail('quotes.rules.update', { ...rules, minMarginPercent: '120', maxAmount: -1 });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details?.fields?.map((f) => f.path).sort()).toEqual(['maxAmount', 'minMarginPercent']);
    expect(await t.ok('quotes.rules.get', {})).toEqual(rules);
    const audits = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'settings', entity_id: 'quotes.approval' })
      .select('user_name')) as { user_name: string }[];
    expect(audits.map((a) => a.user_name)).toEqual(['陈经理']);
  });

  it('rules saved before the missing-cost switch existed read as needing approval', async () => {
    await t.core.services
      .db()('settings')
      .insert({
        key: 'quotes.approval',
        value: JSON.stringify({ minMarginPercent: '10', maxDiscountPercent: '3', maxAmount: 100 }),
        updated_at: new Date().toISOString(),
      });
    expect(await t.ok('quotes.rules.get', {})).toEqual({
      minMarginPercent: '10',
      maxDiscountPercent: '3',
      maxAmount: 100,
      missingCostNeedsApproval: true,
    });
  });
});
