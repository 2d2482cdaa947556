import { z } from 'zod';
import { mutation } from '../rpc/channel';
import { id } from '../rpc/fields';

/** A printed document: its file name, the PDF, how many pages. */
export const printedPdf = z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() });

export const orderDocumentChannels = {
  /**
   * 销售合同 / 订单确认书 (订单变更确认书 after a change) on the letterhead, as confirmed; each print is counted and
   * audited (print, then reprint).
   */
  'orders.printContract': mutation('orders.write', z.object({ id }), printedPdf),
};
