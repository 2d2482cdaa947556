import { countPrints } from '../docs/print-count';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { renderContractPdf } from './contract-pdf';

type Channel = 'orders.printContract';

/** The order's contract as a document: printed (rendered first, outside the transaction that counts the print). */
export const contractHandlers: HandlerMap<Channel> = {
  'orders.printContract': selfManaged(async ({ id }, ctx) => {
    const { filename, pdf, pages } = await renderContractPdf(ctx.services.db(), ctx.services, id, ctx.locale);
    await countPrints(ctx, 'sales_orders', 'order', [id]);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  }),
};
