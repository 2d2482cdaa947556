import { translate } from '../../shared/i18n/translate';
import { DELIVERY_PAPER_MM } from '../../shared/printing/contract';
import type { HandlerMap } from '../rpc/handler';
import { renderCalibration } from './calibration-pdf';
import { FORM_OFFSETS_KEY, readFormOffset, readFormOffsets, writeFormOffset } from './form-offsets';

type Channel = 'printing.offsets.get' | 'printing.offsets.update' | 'printing.calibration';

/** 套打: the offsets of the company's pre-printed forms, and the page to measure them with. */
export const printingHandlers: HandlerMap<Channel> = {
  'printing.offsets.get': async (_input, { db }) => ({ forms: await readFormOffsets(db) }),
  'printing.offsets.update': async (input, ctx) => {
    const trx = ctx.tx();
    const before = await readFormOffset(trx, input.paper);
    await writeFormOffset(trx, input);
    await ctx.audit({
      entity: 'settings',
      entityId: `${FORM_OFFSETS_KEY}.${input.paper}`,
      action: 'update',
      before: { offsetX: before.offsetX, offsetY: before.offsetY },
      after: { offsetX: input.offsetX, offsetY: input.offsetY },
    });
    return { forms: await readFormOffsets(trx) };
  },
  'printing.calibration': async ({ paper }, { db, services, locale }) => {
    const { pdf, pages } = await renderCalibration(services, paper, await readFormOffset(db, paper));
    const { widthMm, heightMm } = DELIVERY_PAPER_MM[paper];
    return {
      filename: translate(locale, 'printMsg.calibrationFile', { paper: `${widthMm}x${heightMm}` }),
      dataBase64: Buffer.from(pdf).toString('base64'),
      pages,
    };
  },
};
