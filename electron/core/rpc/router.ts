import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Permission } from '../../shared/auth/roles';
import { roleCan } from '../../shared/auth/roles';
import { channels, isChannelName, type ChannelName } from '../../shared/contracts';
import type { CallMeta, Envelope, FieldError, Locale, RpcErrorBody } from '../../shared/rpc/envelope';
import { appendAudit, type AuditEntry } from '../audit/audit-log';
import { isUniqueViolation } from '../db/connection';
import type { CoreServices } from '../services';
import { AppError, forbidden } from './errors';
import type { HandlerContext, HandlerEntry, HandlerMap } from './handler';
import { parseIn, tr } from './validation';
import { validationSummary } from '../../shared/rpc/issue-messages';
import { writeTransaction } from '../db/write-transaction';

function validationError(locale: Locale, fields: FieldError[]): RpcErrorBody {
  return { code: 'VALIDATION', message: validationSummary(locale, fields), details: { fields } };
}

function appErrorBody(locale: Locale, err: AppError): RpcErrorBody {
  const fields = err.fields.map((f) => ({ path: f.path, message: tr(locale, f.message, err.vars) }));
  return {
    code: err.code,
    message: tr(locale, err.messageKey, err.vars),
    ...(fields.length ? { details: { fields } } : {}),
  };
}

export interface Router {
  call(channel: string, input: unknown, meta?: CallMeta): Promise<Envelope<unknown>>;
}

/**
 * The one entry to the core: channel -> session -> permission -> input validation
 * -> handler (writes in a transaction, audited) -> output validation -> envelope.
 */
export function createRouter(services: CoreServices, handlers: HandlerMap<ChannelName>): Router {
  async function call(name: string, rawInput: unknown, meta: CallMeta = {}): Promise<Envelope<unknown>> {
    let locale: Locale = meta.locale ?? 'zh-CN';
    try {
      if (!isChannelName(name)) {
        return {
          ok: false,
          error: { code: 'NOT_FOUND', message: tr(locale, 'errors.unknownChannel', { channel: name.slice(0, 64) }) },
        };
      }
      const def = channels[name];
      const user = services.sessions.userOf(meta.sessionId);
      if (user && !meta.locale) locale = user.locale;
      if (def.access !== 'public') {
        if (!user)
          return { ok: false, error: { code: 'UNAUTHENTICATED', message: tr(locale, 'errors.unauthenticated') } };
        if (def.access !== 'session' && !roleCan(user.role, def.access)) throw forbidden();
      }
      const parsed = parseIn(def.input, rawInput ?? {}, locale);
      if (!parsed.ok) return { ok: false, error: validationError(locale, parsed.fields) };

      const entry = handlers[name] as HandlerEntry<ChannelName>;
      const run = typeof entry === 'function' ? entry : entry.run;
      const makeContext = (db: HandlerContext['db'], audited: { count: number }): HandlerContext => ({
        db,
        tx() {
          if (!('isTransaction' in db) || !db.isTransaction)
            throw new Error(`${name} asked for a transaction outside a write`);
          return db as Knex.Transaction;
        },
        user,
        sessionId: meta.sessionId ?? null,
        locale,
        channel: name,
        services,
        async audit(a: AuditEntry) {
          audited.count++;
          await appendAudit(db, { userId: user?.id ?? null, userName: user?.displayName ?? null, channel: name }, a);
        },
        require(permission: Permission) {
          if (!user || !roleCan(user.role, permission)) throw forbidden();
        },
      });

      let value: unknown;
      if (!def.write || typeof entry !== 'function') {
        value = await run(parsed.data as never, makeContext(services.db(), { count: 0 }));
      } else {
        value = await writeTransaction(services.db(), async (trx) => {
          const audited = { count: 0 };
          const result = await run(parsed.data as never, makeContext(trx, audited));
          // Every write leaves a trace, even where a handler has no entity to name; appendAudit
          // stores a redacted copy of the input (no passwords, tokens or file bytes).
          if (audited.count === 0) {
            await appendAudit(
              trx,
              { userId: user?.id ?? null, userName: user?.displayName ?? null, channel: name },
              {
                entity: name.split('.')[0] ?? name,
                entityId: null,
                action: name.split('.').slice(1).join('.'),
                after: parsed.data,
              },
            );
          }
          return result;
        });
      }
      const out = def.output.safeParse(value);
      if (!out.success) {
        const ref = randomUUID().slice(0, 8);
        console.error(
          `[neiqin] output of ${name} does not match its contract (ref ${ref})`,
          out.error.issues.slice(0, 5),
        );
        return { ok: false, error: { code: 'INTERNAL', message: tr(locale, 'errors.internal', { ref }) } };
      }
      return { ok: true, value: out.data };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: appErrorBody(locale, err) };
      if (isUniqueViolation(err)) {
        return {
          ok: false,
          error: {
            code: 'CONFLICT',
            message: tr(locale, 'errors.conflict', { detail: String((err as Error).message).slice(0, 200) }),
          },
        };
      }
      const ref = randomUUID().slice(0, 8);
      console.error(`[neiqin] ${name} failed (ref ${ref})`, err);
      return { ok: false, error: { code: 'INTERNAL', message: tr(locale, 'errors.internal', { ref }) } };
    }
  }

  return { call };
}
