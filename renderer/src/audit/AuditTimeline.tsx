import { useQuery } from '@tanstack/react-query';
import Empty from 'antd/es/empty';
import Spin from 'antd/es/spin';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { AUDITED_ENTITIES, AuditRow } from '@shared/audit/contract';
import { formatTime } from '../format';
import { changedFields, ENUM_NAMES, show } from './audit-values';
import { rpcQuery } from '../rpc/query-keys';

type Entity = (typeof AUDITED_ENTITIES)[number];

export function AuditChanges({ row }: { row: AuditRow }) {
  const { t, i18n } = useTranslation();
  if (!row.before) return null;
  const changes = changedFields(row.before, row.after);
  if (!changes.length) return null;
  const label = (f: string) => (i18n.exists(`fields.${f}`) ? t(`fields.${f}`) : f);
  // A state recorded as its code reads as its name.
  const named = (field: string, v: unknown) =>
    typeof v === 'string' && ENUM_NAMES[field] && i18n.exists(`${ENUM_NAMES[field]}.${v}`)
      ? t(`${ENUM_NAMES[field]}.${v}`)
      : v;
  const punct = { listSep: t('wording.listSep'), colon: t('wording.colon'), comma: t('wording.comma') };
  return (
    <table className="audit-change">
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <td>{label(c.field)}</td>
            <td>
              <Typography.Text delete type="secondary">
                {show(named(c.field, c.before), label, c.field, punct)}
              </Typography.Text>
            </td>
            <td>→ {show(named(c.field, c.after), label, c.field, punct)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who did what to one record, newest first. */
export function AuditTimeline({ entity, entityId }: { entity: Entity; entityId: number }) {
  const { t, i18n } = useTranslation();
  const q = useQuery(rpcQuery('audit.forEntity', { entity, entityId: String(entityId) }));
  if (q.isLoading) return <Spin />;
  if (!q.data?.length) return <Empty description={t('audit.none')} />;
  return (
    <Timeline
      data-testid="audit-timeline"
      items={q.data.map((row) => ({
        key: row.id,
        children: (
          <div>
            <div>
              <b>{i18n.exists(`audit.actions.${row.action}`) ? t(`audit.actions.${row.action}`) : row.action}</b>
              {'  '}
              <Typography.Text type="secondary">
                {row.userName ?? '—'} · {formatTime(row.at)}
              </Typography.Text>
            </div>
            <AuditChanges row={row} />
          </div>
        ),
      }))}
    />
  );
}
