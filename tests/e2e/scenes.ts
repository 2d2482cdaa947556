import { today } from '../../electron/core/dates';
import { rpcAs, type Neiqin } from './fixtures';

/** The demo company and a won quote made a sales order, over the RPC seam: the browser part starts at the order. */
export async function salesOrder(neiqin: Neiqin) {
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  const customers = await rpcAs(neiqin, 'zhangli', 'customers.list', { q: 'csyh' });
  const q = await rpcAs(neiqin, 'zhangli', 'quotes.create', {
    customerId: customers.rows[0]!.id,
    quoteDate: today(),
    lines: [
      { name: '水泵控制柜', spec: 'HX-KZG-15kW', unit: '台', quantity: '3', unitPrice: '9800' },
      { name: '液位浮球开关', spec: 'UQK-61', unit: '只', quantity: '6', unitPrice: '180' },
    ],
  });
  const submitted = await rpcAs(neiqin, 'zhangli', 'quotes.submit', { id: q.id });
  // The manager approves only when the rules asked for it; any other failure fails the test.
  if (submitted.status === 'pending_approval')
    await rpcAs(neiqin, 'chenjl', 'quotes.approve', { id: q.id, comment: null });
  await rpcAs(neiqin, 'zhangli', 'quotes.markSent', { id: q.id, via: 'fax' });
  await rpcAs(neiqin, 'zhangli', 'quotes.outcome', { id: q.id, outcome: 'won' });
  return rpcAs(neiqin, 'zhangli', 'orders.createFromQuote', {
    quoteId: q.id,
    customerPo: 'YH-2611',
    orderDate: today(),
  });
}

/** The whole order on one confirmed notice and one delivery note that passed the pick check. */
export async function checkedNote(neiqin: Neiqin, orderId: number) {
  const progress = await rpcAs(neiqin, 'zhangli', 'orders.progress', { orderId });
  const notice = await rpcAs(neiqin, 'zhangli', 'deliveries.notices.create', {
    orderId,
    date: today(),
    lines: progress.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.ordered })),
  });
  await rpcAs(neiqin, 'zhangli', 'deliveries.notices.confirm', { id: notice.id });
  const note = await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.create', {
    noticeId: notice.id,
    date: today(),
    packages: 4,
  });
  return rpcAs(neiqin, 'wangqiang', 'deliveries.notes.check', {
    id: note.id,
    lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
  });
}
