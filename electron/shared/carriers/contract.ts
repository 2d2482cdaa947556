import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { fen, id, optText, price, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

/** What a carrier charges by: per piece, per kg or per m³. */
export const FREIGHT_BASES = ['piece', 'weight', 'volume'] as const;

export const carrierInput = z.object({
  name: text(100),
  contactName: optText(40),
  phone: optText(40),
  routes: optText(500),
  basis: z.enum(FREIGHT_BASES).default('weight'),
  /** Yuan per piece, per kg or per m³. */
  rate: price,
  minimum: fen.default(0),
  notes: optText(500),
  active: z.boolean().default(true),
});
export type CarrierInput = z.input<typeof carrierInput>;
export const carrierOut = carrierInput.extend({ id, lockVersion: z.number().int(), updatedAt: z.string() });
export type CarrierOut = z.output<typeof carrierOut>;

export const carrierChannels = {
  'carriers.list': query('deliveries.read', listInput(['name'] as const, { active: z.boolean() }), pageOf(carrierOut)),
  'carriers.create': mutation('deliveries.write', carrierInput, carrierOut),
  'carriers.update': mutation(
    'deliveries.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: carrierInput }),
    carrierOut,
  ),
};
