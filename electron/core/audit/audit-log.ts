import type { Knex } from 'knex';
import type { AuditRow } from '../../shared/audit/contract';
import { redactForAudit } from './audit-redaction';
import { nowIso } from '../db/rows';

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  action: string;
  before?: unknown;
  after?: unknown;
  /** Who acted, where the session does not say yet (a login). */
  actor?: { id: number; name: string };
}

export interface AuditActor {
  userId: number | null;
  userName: string | null;
  channel: string;
}

/** Every row passes through redaction: no password, token or file's bytes reaches the log. */
export async function appendAudit(db: Knex | Knex.Transaction, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db('audit_log').insert({
    at: nowIso(),
    user_id: entry.actor?.id ?? actor.userId,
    user_name: entry.actor?.name ?? actor.userName,
    channel: actor.channel,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    action: entry.action,
    before_json: entry.before === undefined ? null : JSON.stringify(redactForAudit(entry.before)),
    after_json: entry.after === undefined ? null : JSON.stringify(redactForAudit(entry.after)),
  });
}

interface AuditDbRow {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string | null;
  channel: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

/** A stored row as read back, before the records it mentions are named (audit-refs.ts). */
export function toAuditRow(r: AuditDbRow): AuditRow {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    userName: r.user_name,
    channel: r.channel,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    refs: {},
    entityName: null,
  };
}
