import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { loggedIn } from '../support/users';
import { useTestCore } from '../support/test-core';
import { draftQuoteWithCosts, suppliersAndValve } from './rfq-support';

const t = useTestCore();

/** The quote's valve cost line asked of three suppliers by phone and fax. */
async function askedFromQuote(costIncludesTax = true) {
  const s = await suppliersAndValve(t);
  const quote = await draftQuoteWithCosts(t, s.valve.id, costIncludesTax);
  const [valveLine] = (await t.core.services
    .db()('quote_cost_lines')
    .where({ quote_id: quote.id })
    .orderBy('position')
    .pluck('id')) as number[];
  const rfq = await t.ok('purchasing.rfq.create', {
    origin: 'quote',
    quoteId: quote.id,
    costLineIds: [valveLine!],
    date: today(),
    supplierIds: [s.su.id, s.sh.id, s.tj.id],
  });
  for (const [supplier, channel] of [
    [s.su, 'phone'],
    [s.sh, 'fax'],
    [s.tj, 'phone'],
  ] as const)
    await t.ok('purchasing.rfq.logAsked', { id: rfq.id, supplierId: supplier.id, channel, sentOn: today() });
  const itemId = rfq.rfqItems[0]!.id;
  // 苏州 quotes 1130 含税 (net 1000), 上海 980 未税 (gross 1107.40); 天津 will not quote.
  await t.ok('purchasing.rfq.answer', {
    id: rfq.id,
    supplierId: s.su.id,
    answerDate: today(),
    priceIncludesTax: true,
    paymentTerms: '款到发货',
    lines: [{ itemId, unitPrice: '1130', taxRate: '0.13', leadDays: 15, params: [{ name: '压力', value: '1.6MPa' }] }],
  });
  await t.ok('purchasing.rfq.answer', {
    id: rfq.id,
    supplierId: s.sh.id,
    answerDate: today(),
    priceIncludesTax: false,
    lines: [{ itemId, unitPrice: '980', taxRate: '0.13', leadDays: 20, params: [{ name: '压力', value: '2.5MPa' }] }],
  });
  await t.ok('purchasing.rfq.decline', { id: rfq.id, supplierId: s.tj.id, reason: '无货' });
  return { ...s, quote, rfqId: rfq.id, itemId, valveLine: valveLine! };
}

describe('an RFQ from a quote’s cost sheet: compared, negotiated and chosen', () => {
  it('normalises both tax bases, marks the best, and shows who differs in parameters and who declined', async () => {
    const { rfqId, su, sh, tj } = await askedFromQuote();
    const rfq = await t.ok('purchasing.rfq.get', { id: rfqId });
    expect(rfq.status).toBe('sent');
    expect(rfq.origin).toBe('quote');
    expect(rfq.rfqItems.map((i) => [i.name, i.quantity])).toEqual([['法兰球阀', '10']]);

    const m = await t.ok('purchasing.rfq.compare', { id: rfqId });
    const [cSu, cSh, cTj] = m.items[0]!.cells;
    expect(cSu).toMatchObject({ supplierId: su.id, netUnitPrice: '1000.0000', grossUnitPrice: '1130.0000' });
    expect(cSu).toMatchObject({ netTotal: 1000000, grossTotal: 1130000, best: false, leadDays: 15 });
    expect(cSh).toMatchObject({ supplierId: sh.id, netUnitPrice: '980.0000', grossUnitPrice: '1107.4000' });
    expect(cSh).toMatchObject({ netTotal: 980000, grossTotal: 1107400, best: true });
    expect(cTj).toMatchObject({ supplierId: tj.id, state: 'declined', unitPrice: null, best: false });
    // Nothing asked for 压力: the two answers differ from each other, both are flagged.
    expect(m.items[0]!.paramDiffs).toEqual([
      {
        name: '压力',
        asked: null,
        values: [
          { supplierId: su.id, value: '1.6MPa' },
          { supplierId: sh.id, value: '2.5MPa' },
        ],
        differing: [su.id, sh.id],
      },
    ]);
    expect(m.suppliers.map((s) => [s.supplierName, s.round, s.declined])).toEqual([
      ['苏州阀门厂有限公司', 1, null],
      ['上海良工阀门厂', 1, null],
      ['天津塘沽瓦特斯阀门', null, '无货'],
    ]);
  });

  it('a second round replaces the first in the matrix; at the same net price the shorter lead time wins', async () => {
    const { rfqId, itemId, su, sh } = await askedFromQuote();
    // 苏州 comes down to 1107.40 含税 = 980 net, as 上海, but delivers in 10 days instead of 20.
    await t.ok('purchasing.rfq.answer', {
      id: rfqId,
      supplierId: su.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId, unitPrice: '1107.4', taxRate: '0.13', leadDays: 10 }],
    });
    const m = await t.ok('purchasing.rfq.compare', { id: rfqId });
    const cells = m.items[0]!.cells;
    expect(cells.map((c) => [c.supplierId, c.round, c.netUnitPrice, c.best])).toEqual([
      [su.id, 2, '980.0000', true],
      [sh.id, 1, '980.0000', false],
      [expect.any(Number), null, null, false],
    ]);
    const rfq = await t.ok('purchasing.rfq.get', { id: rfqId });
    expect(rfq.rfqSuppliers[0]!.answers.map((a) => a.round)).toEqual([1, 2]);
  });

  it('the chosen price becomes the quote’s cost (含税 basis, 供应商报价, supplier named), the margin is recalculated, the catalogue learns it, and the RFQ is decided', async () => {
    const { rfqId, itemId, su, quote, valve } = await askedFromQuote();
    // The quote is edited after the RFQ was made: its cost line keeps its place and the RFQ still points at it.
    const before = await t.ok('quotes.get', { id: quote.id });
    expect(before.cost).toBe(884956 + 26549);
    const edited = await t.ok('quotes.update', {
      id: quote.id,
      lockVersion: before.lockVersion,
      data: { ...before, project: '华联二期' } as never,
    });
    await t.ok('purchasing.rfq.answer', {
      id: rfqId,
      supplierId: su.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId, unitPrice: '1100', taxRate: '0.13', leadDays: 12, model: 'Q41F-16C-80' }],
    });
    const round2 = (await t.ok('purchasing.rfq.get', { id: rfqId })).rfqSuppliers[0]!.answers[1]!.lines[0]!;

    const chosen = await t.ok('purchasing.rfq.choose', { itemId, answerLineId: round2.id, reason: '价格最低，交期短' });
    expect(chosen.quoteUpdated).toBe(true);
    expect(chosen.quoteNote).toBe(`报价单 ${quote.number} V1 成本表第 1 行已改为供应商报价 1100.0000，毛利已重算`);
    expect(chosen.detail.status).toBe('decided');
    expect(chosen.detail.choices).toMatchObject([{ itemId, supplierId: su.id, reason: '价格最低，交期短' }]);

    const after = await t.ok('quotes.get', { id: quote.id });
    expect(after.lockVersion).toBe(edited.lockVersion + 1);
    expect(after.costLines[0]).toMatchObject({
      unitCost: '1100.0000',
      costSource: 'supplier_quote',
      supplierId: su.id,
    });
    expect(after.costLines[1]).toMatchObject({ name: '运费', unitCost: '300', costSource: 'manual' });
    // 11000.00 含税 at 13% is 9734.51 net; with the freight's 265.49 the cost is 10000.00; the goods sell for 15000.00
    // 含税 (13274.34 net): margin (13274.34 − 10000) / 13274.34.
    expect(after.cost).toBe(1000000);
    expect(after.marginPercent).toBe('24.67');

    const prices = await t.core.services.db()('supplier_prices').where({ product_id: valve.id });
    expect(prices).toMatchObject([
      { supplier_id: su.id, unit_price: '1100', source: 'rfq', rfq_answer_line_id: round2.id, lead_days: 12 },
    ]);
    const offers = await t.ok('purchasing.catalogue.list', { q: 'Q41F-16C-80' });
    expect(offers.rows.map((o) => [o.supplierName, o.model, o.lastPrice?.netUnitPrice])).toEqual([
      ['苏州阀门厂有限公司', 'Q41F-16C-80', '973.4513'],
    ]);

    const history = await t.ok('audit.forEntity', { entity: 'rfq', entityId: String(rfqId) });
    expect(history.map((h) => h.action)).toContain('choose');
    const quoteHistory = await t.ok('audit.forEntity', { entity: 'quote', entityId: String(quote.id) });
    expect(quoteHistory.filter((h) => h.channel === 'purchasing.rfq.choose')).toHaveLength(1);
  });

  it('once the quote is won, the POs made from the RFQ serve the order it became, line for line', async () => {
    const { rfqId, itemId, quote, sh } = await askedFromQuote();
    const answer = (await t.ok('purchasing.rfq.get', { id: rfqId })).rfqSuppliers[1]!.answers[0]!.lines[0]!;
    await t.ok('purchasing.rfq.choose', { itemId, answerLineId: answer.id, reason: '未税 980，折含税仍最低' });
    const submitted = await t.ok('quotes.submit', { id: quote.id });
    if (submitted.status === 'pending_approval') await t.ok('quotes.approve', { id: quote.id, comment: null });
    await t.ok('quotes.markSent', { id: quote.id, via: 'fax' });
    await t.ok('quotes.outcome', { id: quote.id, outcome: 'won' });
    const order = await t.ok('orders.createFromQuote', { quoteId: quote.id, customerPo: 'PO-7', orderDate: today() });
    const [valveLine] = (await t.ok('orders.progress', { orderId: order.id })).lines;

    const made = (await t.ok('purchasing.orders.fromRfq', { rfqId })).orders;
    expect(made).toHaveLength(1);
    const po = await t.ok('purchasing.orders.get', { id: made[0]!.id });
    expect(po).toMatchObject({ supplierId: sh.id, priceIncludesTax: false });
    expect(po.lines[0]!.allocations).toMatchObject([{ orderLineId: valveLine!.orderLineId, quantity: '10' }]);
    const bought = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(bought.lines[0]).toMatchObject({ purchased: '10', needed: '0' });
  });

  it('on a net cost sheet the cost is the net price', async () => {
    const { rfqId, itemId, quote } = await askedFromQuote(false);
    const m = await t.ok('purchasing.rfq.compare', { id: rfqId });
    const su = m.items[0]!.cells[0]!;
    await t.ok('purchasing.rfq.choose', { itemId, answerLineId: su.answerLineId!, reason: '老供应商' });
    const after = await t.ok('quotes.get', { id: quote.id });
    expect(after.costLines[0]).toMatchObject({ unitCost: '1000.0000', costSource: 'supplier_quote' });
    expect(after.cost).toBe(1000000 + 30000);
  });

  it('a quote no longer editable keeps its cost sheet: the choice is recorded and the user told why', async () => {
    const { rfqId, itemId, quote } = await askedFromQuote();
    const submitted = await t.ok('quotes.submit', { id: quote.id });
    const m = await t.ok('purchasing.rfq.compare', { id: rfqId });
    const chosen = await t.ok('purchasing.rfq.choose', {
      itemId,
      answerLineId: m.items[0]!.cells[1]!.answerLineId!,
      reason: '最便宜',
    });
    expect(chosen.quoteUpdated).toBe(false);
    expect(submitted.editable).toBe(false);
    expect(chosen.quoteNote).toMatch(
      new RegExp(
        `^报价单 ${quote.number} V1 状态为「(已审批|待审批)」，成本表不能再改；只记录了这次选择（如需更新成本，请修订报价）$`,
      ),
    );
    const after = await t.ok('quotes.get', { id: quote.id });
    expect(after.costLines[0]).toMatchObject({ unitCost: '1000', costSource: 'manual' });
    expect(after.lockVersion).toBe(submitted.lockVersion);
    expect(await t.count('rfq_choices')).toBe(1);
  });

  it('refuses an earlier round, an answer of another item and a missing reason, writing nothing', async () => {
    const { rfqId, itemId, su } = await askedFromQuote();
    const round1 = (await t.ok('purchasing.rfq.get', { id: rfqId })).rfqSuppliers[0]!.answers[0]!.lines[0]!;
    await t.ok('purchasing.rfq.answer', {
      id: rfqId,
      supplierId: su.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId, unitPrice: '1090', taxRate: '0.13' }],
    });
    const old = await t.fail('purchasing.rfq.choose', { itemId, answerLineId: round1.id, reason: '便宜' });
    expect(old.details?.fields).toEqual([{ path: 'answerLineId', message: '只能选择该供应商最新一轮的报价' }]);
    const noReason = await t.fail('purchasing.rfq.choose', { itemId, answerLineId: round1.id, reason: ' ' });
    expect(noReason.code).toBe('VALIDATION');
    expect(noReason.details?.fields?.[0]?.path).toBe('reason');
    expect(await t.count('rfq_choices')).toBe(0);
    expect(await t.count('supplier_prices')).toBe(0);
  });
});

describe('RFQ answers and access', () => {
  it('an answer with a parameter named twice or an item of another RFQ is refused beside the field; nothing is written', async () => {
    const { rfqId, itemId, sh } = await askedFromQuote();
    const answers = await t.count('rfq_answers');
    const twice = await t.fail('purchasing.rfq.answer', {
      id: rfqId,
      supplierId: sh.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [
        {
          itemId,
          unitPrice: '1000',
          params: [
            { name: '电压', value: '380V' },
            { name: ' 电压 ', value: '220V' },
          ],
        },
      ],
    });
    expect(twice.details?.fields).toEqual([
      { path: 'lines.0.params.1.name', message: '参数“电压”重复了，同名参数只能有一个' },
    ]);
    const other = await t.fail('purchasing.rfq.answer', {
      id: rfqId,
      supplierId: sh.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId: itemId + 100, unitPrice: '1000' }],
    });
    expect(other.details?.fields).toEqual([{ path: 'lines.0.itemId', message: '这一行不是本询价单的明细' }]);
    expect(await t.count('rfq_answers')).toBe(answers);
  });

  it('a supplier not yet asked cannot answer; a draft becomes sent on the first ask; a cancelled RFQ takes nothing', async () => {
    const { su, sh, valve } = await suppliersAndValve(t);
    const rfq = await t.ok('purchasing.rfq.create', {
      origin: 'free',
      date: today(),
      items: [
        { productId: valve.id, name: '法兰球阀', unit: '台', quantity: '4', params: [{ name: '通径', value: 'DN80' }] },
      ],
      supplierIds: [su.id, sh.id],
    });
    expect(rfq).toMatchObject({
      status: 'draft',
      title: '法兰球阀',
      suppliers: ['苏州阀门厂有限公司', '上海良工阀门厂'],
    });
    const early = await t.fail('purchasing.rfq.answer', {
      id: rfq.id,
      supplierId: su.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId: rfq.rfqItems[0]!.id, unitPrice: '1000' }],
    });
    expect(early.message).toBe('询价单 ' + rfq.number + ' 状态为「草稿」，不能登记报价');
    const asked = await t.ok('purchasing.rfq.logAsked', {
      id: rfq.id,
      supplierId: su.id,
      channel: 'phone',
      sentOn: today(),
    });
    expect(asked.status).toBe('sent');
    const notAsked = await t.fail('purchasing.rfq.answer', {
      id: rfq.id,
      supplierId: sh.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId: rfq.rfqItems[0]!.id, unitPrice: '1000' }],
    });
    expect(notAsked.details?.fields).toEqual([
      { path: 'supplierId', message: '还没有向这个供应商询价，请先发送询价单或登记电话/传真询价' },
    ]);
    const cancelled = await t.ok('purchasing.rfq.cancel', { id: rfq.id, reason: '客户取消项目' });
    expect(cancelled.status).toBe('cancelled');
    const after = await t.fail('purchasing.rfq.logAsked', {
      id: rfq.id,
      supplierId: sh.id,
      channel: 'fax',
      sentOn: today(),
    });
    expect(after.code).toBe('CONFLICT');
    const list = await t.ok('purchasing.rfq.list', { filters: { status: 'cancelled' } });
    expect(list.rows.map((r) => r.number)).toEqual([rfq.number]);
    const bySupplier = await t.ok('purchasing.rfq.list', { q: '良工' });
    expect(bySupplier.total).toBe(1);
  });

  it('sales may read RFQs but not write them', async () => {
    const { su, valve } = await suppliersAndValve(t);
    const sales = await loggedIn(t, 'sales', 'li', '李娜');
    const input = {
      origin: 'free',
      date: today(),
      items: [{ productId: valve.id, name: '法兰球阀', unit: '台', quantity: '1' }],
      supplierIds: [su.id],
    };
    const denied = await t.fail('purchasing.rfq.create', input, { sessionId: sales });
    expect(denied.code).toBe('FORBIDDEN');
    expect(await t.count('rfqs')).toBe(0);
    const r = await t.call('purchasing.rfq.list', {}, { sessionId: sales });
    expect(r.ok).toBe(true);
  });
});
