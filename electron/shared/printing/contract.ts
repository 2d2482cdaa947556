import { z } from 'zod';
import { DELIVERY_PAPERS, type DeliveryPaper } from '../deliveries/contract';
import { mutation, query } from '../rpc/channel';

/** The delivery-note papers in millimetres, for the printer's form size and the calibration page. */
export const DELIVERY_PAPER_MM: Record<DeliveryPaper, { widthMm: number; heightMm: number }> = {
  'form-241x93': { widthMm: 241, heightMm: 93 },
  'form-241x140': { widthMm: 241, heightMm: 140 },
  'form-241x279': { widthMm: 241, heightMm: 279 },
  a4: { widthMm: 210, heightMm: 297 },
};

/** Further than this the form is loaded wrong, not off by a little. */
export const MAX_OFFSET_MM = 20;

const offsetMm = z
  .number({ error: 'printMsg.errors.offsetNumber' })
  .finite({ error: 'printMsg.errors.offsetNumber' })
  .min(-MAX_OFFSET_MM, { error: 'printMsg.errors.offsetRange' })
  .max(MAX_OFFSET_MM, { error: 'printMsg.errors.offsetRange' })
  // A ruler reads tenths of a millimetre at best.
  .transform((v) => Math.round(v * 10) / 10);

/**
 * 套打 offsets of one pre-printed form: how far the printed content moves, in mm, right (x) and down (y); negative
 * moves it left and up. A property of the company's forms, kept in the shared settings.
 */
export const formOffset = z.object({ paper: z.enum(DELIVERY_PAPERS), offsetX: offsetMm, offsetY: offsetMm });
export type FormOffset = z.output<typeof formOffset>;

const printedFile = z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() });

export const printingChannels = {
  /** Every delivery-note paper with its offsets (0 / 0 until calibrated), in the order papers are offered. */
  'printing.offsets.get': query('deliveries.read', z.object({}), z.object({ forms: z.array(formOffset) })),
  /** The dispatch clerk who lines the forms up in the printer sets them; audited. */
  'printing.offsets.update': mutation('deliveries.write', formOffset, z.object({ forms: z.array(formOffset) })),
  /** A page to print on the form and measure: a millimetre grid, crosshairs at known places, the offsets in force. */
  'printing.calibration': query('deliveries.read', z.object({ paper: z.enum(DELIVERY_PAPERS) }), printedFile),
};
