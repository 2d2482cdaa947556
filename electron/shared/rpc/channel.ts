import type { z } from 'zod';
import type { Permission } from '../auth/roles';

/**
 * Who may call a channel: anyone holding the launch token ('public', e.g. login),
 * any logged-in user ('session'), or users whose role grants the permission.
 */
export type Access = 'public' | 'session' | Permission;

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Writes run in a transaction and must leave an audit row. */
  write: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(access: Access, input: I, output: O): ChannelDef<I, O> {
  return { input, output, access, write: false };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
): ChannelDef<I, O> {
  return { input, output, access, write: true };
}

export type ChannelInput<C extends ChannelDef> = z.input<C['input']>;
export type ChannelOutput<C extends ChannelDef> = z.output<C['output']>;

type Merged<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Merged<R>
  : unknown;

/**
 * One map from several: channel contracts, or their handlers. A name in two groups is a mistake a
 * spread would hide (the later silently wins), so it stops start-up naming the duplicate.
 */
export function uniqueMerge<const T extends readonly Record<string, unknown>[]>(what: string, ...groups: T): Merged<T> {
  const all: Record<string, unknown> = {};
  for (const group of groups)
    for (const [name, value] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(all, name)) throw new Error(`${what} "${name}" is declared twice`);
      all[name] = value;
    }
  return all as Merged<T>;
}
