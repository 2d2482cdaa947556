import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { catalogue, lineOf, phonedOrder, repeatCustomer } from '../support/direct-orders';
import { useTestCore } from '../support/test-core';
import { wonOrder } from '../support/orders';
import { loggedIn } from '../support/users';

const t = useTestCore();

const PDF = Buffer.from('%PDF-1.4\n%\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

async function auditActions(orderId: number) {
  const rows = (await t.core.services
    .db()('audit_log')
    .where({ entity: 'order', entity_id: String(orderId) })
    .orderBy('id')
    .select('action', 'user_name', 'before_json', 'after_json')) as {
    action: string;
    user_name: string;
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows.map((r) => ({
    action: r.action,
    user: r.user_name,
    before: r.before_json ? (JSON.parse(r.before_json) as unknown) : null,
    after: r.after_json ? (JSON.parse(r.after_json) as unknown) : null,
  }));
}

describe('a repeat order by phone is entered directly: draft, confirm, deliver', () => {
  it('entered at list price by the sales assistant, it is a numbered draft, edited, then confirms itself', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const made = await t.call('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '8', '113')]), {
      sessionId: sales,
    });
    if (!made.ok) throw new Error(made.error.message);
    const draft = made.value;
    expect(draft).toMatchObject({
      number: `HT${today().slice(0, 4)}-00001`,
      status: 'draft',
      approval: null,
      editable: true,
      quoteId: null,
      enteredBy: '张丽',
      customerPo: 'QY-PO-2611',
      deliveryAddress: '苏州工业园区星港街 33 号',
      totals: { net: 80_000, tax: 10_400, gross: 90_400 },
      amountInWords: '玖佰零肆元整',
    });

    // The customer rings back: ten, not eight.
    const update = await t.call(
      'orders.direct.update',
      { id: draft.id, lockVersion: draft.lockVersion, data: phonedOrder(c.id, [lineOf(valve, '10', '113')]) },
      { sessionId: sales },
    );
    if (!update.ok) throw new Error(update.error.message);
    const edited = update.value;
    expect(edited.totals).toEqual({ net: 100_000, tax: 13_000, gross: 113_000 });
    // At list price, 600.00 standard cost against 1,000.00 net: nothing for a manager.
    expect(edited.check).toEqual({
      cost: 60_000,
      marginPercent: '40.00',
      discountPercent: '0.00',
      uncostedLines: [],
      belowListLines: [],
      reasons: [],
    });

    const confirmed = await t.call('orders.direct.confirm', { id: draft.id }, { sessionId: sales });
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    expect(confirmed.value).toMatchObject({
      status: 'confirmed',
      approval: null,
      editable: false,
      creditWarning: null,
    });
    expect(confirmed.value.approvals).toMatchObject([{ action: 'auto', userName: '张丽', reasons: [] }]);
    expect((await auditActions(draft.id)).map((a) => [a.action, a.user])).toEqual([
      ['create', '张丽'],
      ['update', '张丽'],
      ['confirm', '张丽'],
    ]);
    expect((await auditActions(draft.id))[2]).toMatchObject({
      before: { orderStatus: 'draft', approval: null },
      after: { orderStatus: 'confirmed', approval: null },
    });

    // Confirmed: no more editing here; the warehouse gets its notice.
    const refused = await t.fail('orders.direct.update', {
      id: draft.id,
      lockVersion: confirmed.value.lockVersion,
      data: phonedOrder(c.id, [lineOf(valve, '12', '113')]),
    });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: `销售合同 ${draft.number} 状态为「已确认」，不能修改` });
    const lineId = (await t.ok('orders.progress', { orderId: draft.id })).lines[0]!.orderLineId;
    const notice = await t.ok('deliveries.notices.create', {
      orderId: draft.id,
      date: today(),
      lines: [{ orderLineId: lineId, quantity: '10' }],
    });
    expect(notice.lines[0]!.quantity).toBe('10');
  });

  it('a price below list waits for the manager: the sales assistant cannot approve, the manager can', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const made = await t.call('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '10', '101.70')]), {
      sessionId: sales,
    });
    if (!made.ok) throw new Error(made.error.message);
    const id = made.value.id;
    expect(made.value.check).toMatchObject({ discountPercent: '10.00', belowListLines: [1], marginPercent: '33.33' });

    const pending = await t.call('orders.direct.confirm', { id }, { sessionId: sales });
    expect(pending.ok && pending.value).toMatchObject({ status: 'draft', approval: 'pending', editable: false });
    expect(pending.ok && pending.value.approvals).toMatchObject([
      { action: 'submit', userName: '张丽', reasons: ['折扣 10.00% 高于 5%'] },
    ]);
    // While the manager has it, it is not changed underneath.
    expect((await t.fail('orders.direct.confirm', { id }, { sessionId: sales })).code).toBe('CONFLICT');

    // The manager's list of what waits for approval shows it, with why.
    const queue = await t.call('orders.direct.pending', {}, { sessionId: manager });
    expect(queue.ok && queue.value).toMatchObject({
      total: 1,
      rows: [{ id, enteredBy: '张丽', reasons: ['折扣 10.00% 高于 5%'], gross: 101_700 }],
    });

    const denied = await t.fail('orders.direct.approve', { id, comment: null }, { sessionId: sales });
    expect(denied.code).toBe('FORBIDDEN');
    expect((await t.ok('orders.direct.get', { id })).approval).toBe('pending');

    const approved = await t.call('orders.direct.approve', { id, comment: '老客户，同意' }, { sessionId: manager });
    if (!approved.ok) throw new Error(approved.error.message);
    expect(approved.value).toMatchObject({ status: 'confirmed', approval: 'approved' });
    expect(approved.value.approvals.map((a) => [a.action, a.userName, a.comment])).toEqual([
      ['submit', '张丽', null],
      ['approve', '陈经理', '老客户，同意'],
    ]);
    expect((await t.ok('orders.direct.pending', {})).total).toBe(0);
    expect((await t.fail('orders.direct.approve', { id, comment: null })).message).toBe(
      `销售合同 ${made.value.number} 没有待审批的申请`,
    );
  });

  it('a rejected order goes back to draft with the comment; edited to list price it confirms itself', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const draft = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '10', '101.70')]));
    await t.ok('orders.direct.confirm', { id: draft.id });
    const empty = await t.fail('orders.direct.reject', { id: draft.id, comment: '' }, { sessionId: manager });
    expect(empty.details?.fields?.map((f) => f.path)).toEqual(['comment']);

    const rejected = await t.call(
      'orders.direct.reject',
      { id: draft.id, comment: '低于价目表，请按原价' },
      { sessionId: manager },
    );
    if (!rejected.ok) throw new Error(rejected.error.message);
    expect(rejected.value).toMatchObject({ status: 'draft', approval: 'rejected', editable: true });
    expect(rejected.value.approvals.at(-1)).toMatchObject({
      action: 'reject',
      userName: '陈经理',
      comment: '低于价目表，请按原价',
    });
    expect((await auditActions(draft.id)).at(-1)).toMatchObject({
      action: 'reject',
      user: '陈经理',
      before: { orderStatus: 'draft', approval: 'pending' },
      after: { orderStatus: 'draft', approval: 'rejected' },
    });

    const edited = await t.ok('orders.direct.update', {
      id: draft.id,
      lockVersion: rejected.value.lockVersion,
      data: phonedOrder(c.id, [lineOf(valve, '10', '113')]),
    });
    expect(edited).toMatchObject({ approval: null, check: { reasons: [] } });
    expect((await t.ok('orders.direct.confirm', { id: draft.id })).status).toBe('confirmed');
  });

  it('goods without a cost need approval on an order as on a quote', async () => {
    const c = await repeatCustomer(t);
    const { valve, gauge } = await catalogue(t);
    // The gauge has no standard cost; the typed-in part has no product at all.
    const draft = await t.ok(
      'orders.direct.create',
      phonedOrder(c.id, [
        lineOf(valve, '10', '113'),
        lineOf(gauge, '20', '90.40'),
        { name: '密封垫片', spec: 'DN50', unit: '片', quantity: '20', unitPrice: '5' },
        { kind: 'freight', name: '运费', unit: '项', quantity: '1', unitPrice: '100', taxRate: '0.09' },
      ]),
    );
    expect(draft.check).toMatchObject({
      uncostedLines: [2, 3],
      belowListLines: [],
      reasons: ['部分行无成本（第 2、3 行）'],
    });
    const english = await t.call('orders.direct.get', { id: draft.id }, { locale: 'en' });
    expect(english.ok && english.value.check.reasons).toEqual(['some lines have no cost (lines 2, 3)']);
    const pending = await t.ok('orders.direct.confirm', { id: draft.id });
    expect(pending).toMatchObject({ status: 'draft', approval: 'pending' });
    expect(pending.approvals[0]!.reasons).toEqual(['部分行无成本（第 2、3 行）']);
  });

  it('the customer’s faxed order is filed with it, and the history names the file', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const draft = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '10', '113')]));
    const scan = await t.ok('attachments.upload', {
      filename: '清源订单传真.pdf',
      mime: 'application/pdf',
      dataBase64: PDF,
    });
    const filed = await t.ok('orders.direct.attach', { id: draft.id, attachmentId: scan.id, label: '客户订单' });
    expect(filed.attachments).toEqual([
      { attachmentId: scan.id, filename: '清源订单传真.pdf', mime: 'application/pdf', label: '客户订单' },
    ]);
    expect(filed.lockVersion).toBe(draft.lockVersion + 1);
    expect((await auditActions(draft.id)).at(-1)).toMatchObject({
      action: 'attach',
      after: { attachmentId: scan.id, label: '客户订单' },
    });
  });
});

describe('bad input and the wrong people write nothing', () => {
  async function counts() {
    return Promise.all(['sales_orders', 'sales_order_lines', 'audit_log', 'order_approvals'].map((n) => t.count(n)));
  }

  it('a negative quantity, no lines, a due date before the order: refused by field', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const before = await counts();
    const negative = await t.fail('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '-1', '113')]));
    expect(negative.code).toBe('VALIDATION');
    expect(new Set(negative.details?.fields?.map((f) => `${f.path} ${f.message}`))).toEqual(
      new Set(['lines.0.quantity 数量须大于 0']),
    );
    const empty = await t.fail('orders.direct.create', phonedOrder(c.id, []));
    expect(empty.details?.fields).toEqual([{ path: 'lines', message: '请至少填写一行明细' }]);
    const chargesOnly = await t.fail(
      'orders.direct.create',
      phonedOrder(c.id, [{ kind: 'freight', name: '运费', quantity: '1', unitPrice: '100' }]),
    );
    expect(chargesOnly.details?.fields?.[0]?.message).toBe('至少要有一行货物（不能只有折扣或运费）');
    const early = await t.fail('orders.direct.create', {
      ...phonedOrder(c.id, [lineOf(valve, '1', '113')]),
      orderDate: '2026-11-20',
      dueDate: '2026-11-19',
    });
    expect(early.details?.fields).toEqual([{ path: 'dueDate', message: '交货日期不能早于合同日期' }]);
    expect(await counts()).toEqual(before);
  });

  it('an unknown customer or product is said beside its field, and no number is used up', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const before = await counts();
    const noCustomer = await t.fail('orders.direct.create', phonedOrder(99_999, [lineOf(valve, '1', '113')]));
    expect(noCustomer).toMatchObject({ code: 'VALIDATION', message: '找不到该客户，请重新选择' });
    expect(noCustomer.details?.fields).toEqual([{ path: 'customerId', message: '找不到该客户，请重新选择' }]);
    const noProduct = await t.fail(
      'orders.direct.create',
      phonedOrder(c.id, [lineOf(valve, '1', '113'), { ...lineOf(valve, '1', '113'), productId: 88_888 }]),
    );
    expect(noProduct.details?.fields).toEqual([{ path: 'lines.1.productId', message: '找不到该产品，请重新选择' }]);
    expect(await counts()).toEqual(before);
    // The next order still gets the first number.
    const first = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '1', '113')]));
    expect(first.number).toMatch(/-00001$/);
  });

  it('dispatch cannot enter or confirm orders; an order made from a quote is not edited here', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const dispatch = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const before = await counts();
    const denied = await t.fail('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '1', '113')]), {
      sessionId: dispatch,
    });
    expect(denied.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const draft = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '1', '113')]));
    expect((await t.fail('orders.direct.confirm', { id: draft.id }, { sessionId: dispatch })).code).toBe('FORBIDDEN');
    // Dispatch may still read it.
    expect((await t.call('orders.direct.get', { id: draft.id }, { sessionId: dispatch })).ok).toBe(true);

    const { order } = await wonOrder(t, { customer: { name: '常熟滨江水务有限公司' } });
    const fromQuote = await t.ok('orders.direct.get', { id: order.id });
    expect(fromQuote.editable).toBe(false);
    const refused = await t.fail('orders.direct.update', {
      id: order.id,
      lockVersion: fromQuote.lockVersion,
      data: phonedOrder(c.id, [lineOf(valve, '1', '113')]),
    });
    expect(refused.message).toBe(`销售合同 ${order.number} 由报价单生成，请在报价单上修改`);
  });

  it('every field the history records for a changed order has its name in both languages', async () => {
    const { changedFields } = await import('../../../renderer/src/audit/audit-values');
    const { zhCN } = await import('../../../electron/shared/i18n/zh-CN');
    const { en } = await import('../../../electron/shared/i18n/en');
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const draft = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '8', '113')]));
    const other = await repeatCustomer(t, '昆山开发区自来水有限公司');
    await t.ok('orders.direct.update', {
      id: draft.id,
      lockVersion: draft.lockVersion,
      data: {
        ...phonedOrder(other.id, [lineOf(valve, '10', '112')]),
        customerPo: 'KS-7',
        orderDate: '2026-11-29',
        dueDate: '2026-12-20',
        deliveryAddress: '昆山市前进东路 1 号',
        contactName: '周工',
        contactPhone: '0512-57000000',
        paymentTerms: '款到发货',
        priceIncludesTax: false,
        notes: '改由昆山公司下单',
      },
    });
    await t.ok('orders.direct.confirm', { id: draft.id });
    const changed = (await auditActions(draft.id))
      .filter((a) => a.before)
      .flatMap((a) => changedFields(a.before, a.after).map((f) => f.field));
    expect(new Set(changed).size).toBeGreaterThanOrEqual(12);
    for (const tree of [zhCN, en])
      expect(changed.filter((f) => !(tree.fields as Record<string, string>)[f])).toEqual([]);
  });
});
