import { z } from 'zod';
import { mutation } from '../rpc/channel';
import { id, optText } from '../rpc/fields';

/** A printed document: its file name, the PDF, how many pages. */
const email = z.email({ error: 'validation.email' });

export const printedPdf = z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() });

export const orderDocumentChannels = {
  /**
   * 销售合同 / 订单确认书 (订单变更确认书 after a change) on the letterhead, as confirmed; each print is counted and
   * audited (print, then reprint).
   */
  'orders.printContract': mutation('orders.write', z.object({ id }), printedPdf),
  /**
   * The contract (or, after a change, the 订单变更确认书) e-mailed to the customer as a PDF through the company mail
   * server; filed as an outgoing contract in 收发文 and audited on the order. Not for drafts or cancelled orders.
   */
  'orders.email': mutation(
    'orders.write',
    z.object({
      id,
      to: z.array(email).min(1).max(10),
      cc: z.array(email).max(10).default([]),
      subject: optText(200),
      body: optText(5000),
    }),
    z.object({ subject: z.string(), registerNumber: z.string(), changeNo: z.number().int() }),
  ),
};
