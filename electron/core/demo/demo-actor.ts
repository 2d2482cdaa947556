import type { Knex } from 'knex';
import type { z } from 'zod';
import { roleCan } from '../../shared/auth/roles';
import { channels, type ChannelName, type Channels, type In } from '../../shared/contracts';
import type { SessionUser } from '../../shared/users/contract';
import { appendAudit } from '../audit/audit-log';
import { attachmentHandlers } from '../attachments/handlers';
import { libraryHandlers } from '../bids/library/handlers';
import { bidPackageHandlers } from '../bids/packages/handlers';
import { tenderHandlers } from '../bids/tenders/handlers';
import { deliveryHandlers } from '../deliveries/handlers';
import { dispatchHandlers } from '../dispatch/handlers';
import { invoiceHandlers } from '../invoices/handlers';
import { invoiceSendingHandlers } from '../invoices/sending-handlers';
import { directOrderHandlers } from '../orders/direct-handlers';
import { orderHandlers } from '../orders/handlers';
import { orderLifecycleHandlers } from '../orders/lifecycle-handlers';
import { catalogueHandlers } from '../purchasing/catalogue/handlers';
import { purchaseOrderHandlers } from '../purchasing/orders/handlers';
import { payablesHandlers } from '../purchasing/payables/handlers';
import { goodsReceiptHandlers } from '../purchasing/receipts/handlers';
import { purchasingRfqHandlers } from '../purchasing/rfq/handlers';
import { quoteHandlers } from '../quotes/handlers';
import { receiptHandlers } from '../receipts/handlers';
import { ageingHandlers } from '../receivables/ageing-handlers';
import { collectionHandlers } from '../receivables/collections-handlers';
import { receivableHandlers } from '../receivables/handlers';
import { forbidden } from '../rpc/errors';
import type { HandlerContext, HandlerEntry } from '../rpc/handler';

/** The services the demo's history goes through, exactly as a user's calls would reach them. */
const DEMO_SERVICES = {
  ...quoteHandlers,
  ...orderHandlers,
  ...directOrderHandlers,
  ...orderLifecycleHandlers,
  ...deliveryHandlers,
  ...dispatchHandlers,
  ...invoiceHandlers,
  ...invoiceSendingHandlers,
  ...receiptHandlers,
  ...receivableHandlers,
  ...ageingHandlers,
  ...collectionHandlers,
  ...catalogueHandlers,
  ...purchasingRfqHandlers,
  ...purchaseOrderHandlers,
  ...goodsReceiptHandlers,
  ...payablesHandlers,
  ...attachmentHandlers,
  ...tenderHandlers,
  ...libraryHandlers,
  ...bidPackageHandlers,
};
export type DemoChannel = keyof typeof DEMO_SERVICES & ChannelName;
export type DemoResult<K extends ChannelName> = z.input<Channels[K]['output']>;

/** Calls a channel's handler as one user, inside the given transaction. */
export type DemoCall = <K extends DemoChannel>(name: K, input: In<K>) => Promise<DemoResult<K>>;

/**
 * One demo user at work inside demo.load's transaction: the channel's permission and input are checked as the router
 * checks them, the handler runs with a context whose user is this person, and every audit row (the handler's own, or
 * the router's fallback for a write that named none) is authored by them.
 */
export function demoActor(trx: Knex.Transaction, base: HandlerContext, user: SessionUser): DemoCall {
  return async (name, input) => {
    const def = channels[name];
    if (def.access !== 'public' && def.access !== 'session' && !roleCan(user.role, def.access)) throw forbidden();
    const parsed: unknown = def.input.parse(input);
    let audited = 0;
    const ctx: HandlerContext = {
      ...base,
      db: trx,
      tx: () => trx,
      user,
      channel: name,
      async audit(entry) {
        audited++;
        await appendAudit(trx, { userId: user.id, userName: user.displayName, channel: name }, entry);
      },
      require(permission) {
        if (!roleCan(user.role, permission)) throw forbidden();
      },
    };
    const entry = DEMO_SERVICES[name] as HandlerEntry<typeof name>;
    const run = typeof entry === 'function' ? entry : entry.run;
    const result = await run(parsed as never, ctx);
    if (def.write && audited === 0) {
      const [entity = name, ...action] = name.split('.');
      await appendAudit(
        trx,
        { userId: user.id, userName: user.displayName, channel: name },
        { entity, entityId: null, action: action.join('.'), after: parsed },
      );
    }
    return result as DemoResult<typeof name>;
  };
}
