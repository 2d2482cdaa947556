import type { HandlerMap } from '../rpc/handler';
import { renderReturnPdf } from './return-note';
import { createReturn } from './returns';

type Channel = 'deliveries.returns.create' | 'deliveries.returns.pdf';

/** 退货 against a delivered note, and its return note. */
export const returnHandlers: HandlerMap<Channel> = {
  'deliveries.returns.create': async (input, ctx) => {
    const created = await createReturn(ctx.tx(), input, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'delivery', entityId: created.noteId, action: 'return', after: created });
    return created;
  },
  'deliveries.returns.pdf': async ({ id }, { services, locale }) => {
    const { filename, pdf } = await renderReturnPdf(services.db(), services, id, locale);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64') };
  },
};
