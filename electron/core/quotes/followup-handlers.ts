import { today } from '../dates';
import type { HandlerMap } from '../rpc/handler';
import { addFollowUp, dueFollowUps, listFollowUps } from './followups';

type Channel = 'quotes.followups.add' | 'quotes.followups.list' | 'quotes.followups.due';

/** Follow-ups on a sent quote, and the list of those due. */
export const followUpHandlers: HandlerMap<Channel> = {
  'quotes.followups.add': async (input, ctx) => {
    const row = await addFollowUp(ctx.tx(), input, ctx.user);
    await ctx.audit({ entity: 'quote', entityId: input.quoteId, action: 'followUp', after: row });
    return row;
  },
  'quotes.followups.list': async ({ quoteId }, { db }) => listFollowUps(db, quoteId),
  'quotes.followups.due': async ({ on, limit }, { db }) => dueFollowUps(db, on ?? today(), limit),
};
