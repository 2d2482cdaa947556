import { useQuery } from '@tanstack/react-query';
import Empty from 'antd/es/empty';
import Spin from 'antd/es/spin';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { AUDITED_ENTITIES, AuditRow } from '@shared/audit/contract';
import { formatTime } from '../format';
import { changedFields, show } from './audit-values';
import { rpcQuery } from '../rpc/query-keys';
import { useValueNames } from './useValueNames';

type Entity = (typeof AUDITED_ENTITIES)[number];

export function AuditChanges({ row }: { row: AuditRow }) {
  const namesOf = useValueNames();
  if (!row.before) return null;
  const changes = changedFields(row.before, row.after);
  if (!changes.length) return null;
  const names = namesOf(row);
  return (
    <table className="audit-change">
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <td>{names.label(c.field)}</td>
            <td>
              <Typography.Text delete type="secondary">
                {show(c.before, names, c.field)}
              </Typography.Text>
            </td>
            <td>→ {show(c.after, names, c.field)}</td>
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
