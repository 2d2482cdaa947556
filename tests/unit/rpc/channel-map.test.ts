import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { channels, type ChannelName } from '../../../electron/shared/contracts';
import { carrierChannels } from '../../../electron/shared/carriers/contract';
import { orderChannels } from '../../../electron/shared/orders/contract';
import { query, uniqueMerge } from '../../../electron/shared/rpc/channel';
import { handlers } from '../../../electron/core/handlers';

const ping = query('session', z.object({}), z.object({ ok: z.boolean() }));

describe('a channel name is declared once', () => {
  it('a name in two contracts stops start-up, naming the channel', () => {
    expect(() =>
      uniqueMerge('RPC channel', { 'orders.get': ping, 'orders.list': ping }, { 'orders.get': ping }),
    ).toThrow('RPC channel "orders.get" is declared twice');
  });

  it('distinct groups merge into one map holding every channel of each', () => {
    const merged = uniqueMerge('RPC channel', orderChannels, carrierChannels);
    expect(Object.keys(merged).sort()).toEqual([...Object.keys(orderChannels), ...Object.keys(carrierChannels)].sort());
    expectTypeOf<keyof typeof merged>().toEqualTypeOf<keyof typeof orderChannels | keyof typeof carrierChannels>();
  });

  it("the app's map has a handler for every channel and no handler without one", () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(channels).sort());
    expectTypeOf<'orders.progress'>().toExtend<ChannelName>();
    expectTypeOf<'deliveries.progress'>().not.toExtend<ChannelName>();
  });
});
