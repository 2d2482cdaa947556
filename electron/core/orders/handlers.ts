import { pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { nowIso } from '../db/rows';
import { orderProgressOf } from '../deliveries/progress';
import { freezeOrder } from '../docs/issued-snapshot';
import { nextNumber } from '../numbering/numbering';
import { getQuote } from '../quotes/quote-store';
import { creditStandingOf } from '../receivables/credit-standing';
import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { orderListBase } from './order-list';
import { getOrder, orderQuery, toOrderRow, type OrderDbRow } from './order-store';
import { pricedLineColumns } from '../quotes/priced-line-columns';

type Channel = 'orders.createFromQuote' | 'orders.list' | 'orders.get' | 'orders.progress';

export const orderHandlers: HandlerMap<Channel> = {
  'orders.createFromQuote': async (input, ctx) => {
    const trx = ctx.tx();
    const quote = await getQuote(trx, input.quoteId);
    if (quote.status !== 'won') throw new AppError('CONFLICT', 'errors.quoteNotWon');
    const existing = (await trx('sales_orders').where({ quote_id: quote.id }).first('number')) as
      { number: string } | undefined;
    if (existing)
      throw new AppError('CONFLICT', 'errors.orderExists', { number: quote.number, order: existing.number });
    const customer = (await trx('customers').where({ id: quote.customerId }).first('id')) as { id: number };
    const defaultAddress = (await trx('customer_addresses')
      .where({ customer_id: customer.id, is_default: true })
      .first('address')) as { address: string } | undefined;
    // The quote's author sells it: the order's salesperson.
    const author = (await trx('quotes').where({ id: quote.id }).first('quoted_by')) as { quoted_by: number | null };
    const number = await nextNumber(trx, 'order', new Date(`${input.orderDate}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('sales_orders')
      .insert({
        number,
        quote_id: quote.id,
        customer_id: quote.customerId,
        customer_po: input.customerPo,
        order_date: input.orderDate,
        due_date: input.dueDate,
        delivery_address: input.deliveryAddress ?? quote.contactAddress ?? defaultAddress?.address ?? null,
        contact_name: quote.contactName,
        contact_phone: quote.contactPhone,
        payment_terms: quote.paymentTerms,
        price_includes_tax: quote.priceIncludesTax,
        net_fen: quote.totals.net,
        tax_fen: quote.totals.tax,
        gross_fen: quote.totals.gross,
        status: 'confirmed',
        salesperson_id: author.quoted_by,
        change_no: 0,
        notes: input.notes,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const id = row!.id;
    // Lines carry over as quoted: quantities, prices and the amounts computed then.
    await trx('sales_order_lines').insert(
      quote.lines.map((l, i) => ({ ...pricedLineColumns(i + 1, l, l), order_id: id, due_date: input.dueDate })),
    );
    // Made from a won quote, the order is confirmed at once: its contract is issued now.
    await freezeOrder(trx, id);
    const created = await getOrder(trx, id);
    // Check point (a): the order's value on top of the exposure; a warning only, the order is made.
    const standing = await creditStandingOf(trx, created.customerId, created.totals.gross);
    const creditWarning = standing.reasons.length ? standing : null;
    await ctx.audit({ entity: 'order', entityId: id, action: 'create', after: { ...created, creditWarning } });
    return { ...created, creditWarning };
  },
  'orders.list': async (input, { db }) => {
    const base = orderListBase(db, input.filters);
    return pageQuery(
      base,
      input,
      {
        search: (term) => documentMatchIds(db, 'sales_orders', term),
        sortColumns: {
          number: 'sales_orders.number',
          orderDate: 'sales_orders.order_date',
          dueDate: 'sales_orders.due_date',
          gross: 'sales_orders.gross_fen',
        },
        defaultSort: { column: 'sales_orders.order_date', dir: 'desc' },
        idColumn: 'sales_orders.id',
        read: orderQuery(db),
      },
      (r: OrderDbRow) => toOrderRow(r),
    );
  },
  'orders.get': async ({ id }, { db }) => getOrder(db, id),
  'orders.progress': async ({ orderId }, { db }) => orderProgressOf(db, orderId),
};
