import { useQuery } from '@tanstack/react-query';
import { Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AUDITED_ENTITIES, AuditRow } from '../../../electron/shared/audit/contract';
import { rpc } from '../rpc/client';
import { formatTime } from '../format';

type Entity = (typeof AUDITED_ENTITIES)[number];

const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'id']);

/** A recorded value as people read it; objects as their fields, named through i18n when a label exists. */
export function show(value: unknown, label: (field: string) => string = (f) => f): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'name' in v ? String((v as { name: unknown }).name) : show(v, label))).join('、');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${label(k)}：${show(v, label)}`).join('，');
  return String(value);
}

/** The fields that differ between two snapshots, for a readable "what changed". */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return Array.from(new Set([...Object.keys(b), ...Object.keys(a)]))
    .filter((k) => !HIDDEN.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}

export function AuditChanges({ row }: { row: AuditRow }) {
  const { t, i18n } = useTranslation();
  if (!row.before) return null;
  const changes = changedFields(row.before, row.after);
  if (!changes.length) return null;
  const label = (f: string) => (i18n.exists(`fields.${f}`) ? t(`fields.${f}`) : f);
  return (
    <table className="audit-change">
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <td>{label(c.field)}</td>
            <td>
              <Typography.Text delete type="secondary">
                {show(c.before, label)}
              </Typography.Text>
            </td>
            <td>→ {show(c.after, label)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who did what to one record, newest first. */
export function AuditTimeline({ entity, entityId }: { entity: Entity; entityId: number }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['audit.forEntity', entity, entityId], queryFn: () => rpc('audit.forEntity', { entity, entityId: String(entityId) }) });
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
