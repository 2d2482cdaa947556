import { z } from 'zod';
import { mutation, query } from '../rpc/channel';

export const demoChannels = {
  'demo.status': query('public', z.object({}), z.object({ empty: z.boolean(), loaded: z.boolean() })),
  'demo.load': mutation(
    'demo.load',
    z.object({}),
    z.object({
      customers: z.number().int(),
      products: z.number().int(),
      suppliers: z.number().int(),
      users: z.number().int(),
    }),
  ),
};
