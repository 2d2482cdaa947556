import { pageQuery } from '../db/list-query';
import type { HandlerMap } from '../rpc/handler';
import { toAuditRow } from './audit-log';
import { nameAuditRefs } from './audit-refs';

type Channel = 'audit.forEntity' | 'audit.list';

export const auditHandlers: HandlerMap<Channel> = {
  'audit.forEntity': async ({ entity, entityId }, { db }) =>
    nameAuditRefs(
      db,
      (
        (await db('audit_log').where({ entity, entity_id: entityId }).orderBy('id', 'desc').limit(500)) as Parameters<
          typeof toAuditRow
        >[0][]
      ).map(toAuditRow),
    ),
  'audit.list': async (input, { db }) => {
    const base = db('audit_log').select('*');
    if (input.filters.entity) base.where({ entity: input.filters.entity });
    if (input.filters.userName) base.where({ user_name: input.filters.userName });
    const page = await pageQuery(
      base,
      input,
      { sortColumns: { at: 'at', channel: 'channel', entity: 'entity' }, defaultSort: { column: 'id', dir: 'desc' } },
      toAuditRow,
    );
    return { ...page, rows: await nameAuditRefs(db, page.rows) };
  },
};
