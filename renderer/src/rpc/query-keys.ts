import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName, In, Out } from '@shared/contracts';
import { rpc } from './client';

/**
 * A react-query key is the channel's name, then (part of) its input: invalidating by a channel's name
 * reaches every cached answer of that channel, and a misspelt channel does not compile.
 */
export type RpcKey<K extends ChannelName = ChannelName> = readonly [K] | readonly [K, Partial<In<K>>];

export function rpcKey<K extends ChannelName>(channel: K, input?: Partial<In<K>>): RpcKey<K> {
  return input === undefined ? [channel] : [channel, input];
}

/** useQuery's key and fetch for one call, kept together so they cannot disagree. */
export function rpcQuery<K extends ChannelName>(channel: K, input: In<K>) {
  return { queryKey: rpcKey(channel, input as Partial<In<K>>), queryFn: () => rpc(channel, input) };
}

/** Marks a channel's cached answers stale: all of them, or those asked with (at least) this input. */
export function invalidateRpc<K extends ChannelName>(
  client: QueryClient,
  channel: K,
  input?: Partial<In<K>>,
): Promise<void> {
  return client.invalidateQueries({ queryKey: rpcKey(channel, input) });
}

/** Puts a call's fresh answer in the cache (what a write returned), under the key its query uses. */
export function setRpcData<K extends ChannelName>(client: QueryClient, channel: K, input: In<K>, data: Out<K>): void {
  client.setQueryData(rpcKey(channel, input as Partial<In<K>>), data);
}

/** The channels that fetch one record by its id (`customers.get`, `quotes.get`...). */
export type GetByIdChannel = {
  [K in ChannelName]: K extends `${string}.get` ? (In<K> extends { id: number } ? K : never) : never;
}[ChannelName];
