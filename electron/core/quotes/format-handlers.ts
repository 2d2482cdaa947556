import { today } from '../dates';
import { readSnapshot } from '../docs/issued-snapshot';
import type { HandlerMap } from '../rpc/handler';
import { listFormats, saveFormat } from './quote-formats';
import { printQuote } from './quote-pdf';
import { sampleQuote } from './sample-quote';
import { getQuote } from './quote-store';

type Channel = 'quotes.formats.list' | 'quotes.formats.save' | 'quotes.formats.preview';

/** 报价格式: the layouts quotes print in, designed with a preview. */
export const formatHandlers: HandlerMap<Channel> = {
  'quotes.formats.list': async (_input, { db }) => listFormats(db),
  'quotes.formats.save': async ({ id, format }, ctx) => {
    const saved = await saveFormat(ctx.tx(), id, format);
    await ctx.audit({
      entity: 'settings',
      entityId: `quoteFormat.${saved.id}`,
      action: id === null ? 'create' : 'update',
      after: saved,
    });
    return saved;
  },
  'quotes.formats.preview': async ({ format, quoteId }, { services }) => {
    const db = services.db();
    const quote = quoteId === null ? sampleQuote(today()) : await getQuote(db, quoteId);
    // A sent quote keeps its customer and letterhead under the format being designed.
    const issued = quoteId === null ? null : await readSnapshot(db, 'quote', quoteId);
    const { pdf, pages } = await printQuote(db, services, quote, format, issued);
    return { dataBase64: Buffer.from(pdf).toString('base64'), pages };
  },
};
