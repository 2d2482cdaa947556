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
