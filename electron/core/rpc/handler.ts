import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Permission } from '../../shared/auth/roles';
import type { ChannelName, Channels } from '../../shared/contracts';
import type { Locale } from '../../shared/rpc/envelope';
import type { SessionUser } from '../../shared/users/contract';
import type { AuditEntry } from '../audit/audit-log';
import type { CoreServices } from '../services';

export interface HandlerContext {
  /** The write transaction for mutations, the plain connection for queries. */
  db: Knex | Knex.Transaction;
  /** The write transaction; throws when called from a query. */
  tx(): Knex.Transaction;
  user: SessionUser | null;
  sessionId: string | null;
  locale: Locale;
  channel: ChannelName;
  services: CoreServices;
  /** Appends an audit row in the same transaction as the write. */
  audit(entry: AuditEntry): Promise<void>;
  /** Throws FORBIDDEN unless the user's role grants the permission. */
  require(permission: Permission): void;
}

export type Handler<K extends ChannelName> = (
  input: z.output<Channels[K]['input']>,
  ctx: HandlerContext,
) => Promise<z.input<Channels[K]['output']>>;

/**
 * A handler that opens its own transactions (backup restore, long imports with
 * progress); it must still audit what it writes.
 */
export interface SelfManaged<K extends ChannelName> {
  selfManaged: true;
  run: Handler<K>;
}

export type HandlerEntry<K extends ChannelName> = Handler<K> | SelfManaged<K>;
export type HandlerMap<K extends ChannelName> = { [P in K]: HandlerEntry<P> };

export function selfManaged<K extends ChannelName>(run: Handler<K>): SelfManaged<K> {
  return { selfManaged: true, run };
}
