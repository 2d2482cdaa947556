import type { ColumnDef } from '@tanstack/react-table';
import Select from 'antd/es/select';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDITED_ENTITIES, type AuditRow } from '@shared/audit/contract';
import type { In } from '@shared/contracts';
import { formatTime } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { changedFields, show } from './audit-values';
import { rpcKey } from '../rpc/query-keys';
import { useRecordName, useValueNames } from './useValueNames';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [entity, setEntity] = useState<(typeof AUDITED_ENTITIES)[number] | undefined>();
  const namesOf = useValueNames();
  const recordName = useRecordName();
  const columns = useMemo<ColumnDef<AuditRow, unknown>[]>(
    () => [
      {
        id: 'at',
        header: t('audit.at'),
        accessorKey: 'at',
        size: 160,
        meta: { export: { kind: 'timestamp' }, sortField: 'at' },
        cell: (c) => formatTime(c.getValue() as string),
      },
      { id: 'user', header: t('audit.user'), accessorKey: 'userName', size: 100 },
      {
        id: 'entity',
        header: t('audit.entity'),
        accessorKey: 'entity',
        size: 90,
        meta: { export: { enumLabels: 'entities' }, sortField: 'entity' },
        cell: (c) => t(`entities.${c.getValue() as string}`),
      },
      {
        id: 'record',
        header: t('auditText.record'),
        accessorKey: 'entityName',
        size: 160,
        cell: (c) => recordName(c.row.original),
      },
      {
        id: 'action',
        header: t('audit.action'),
        accessorKey: 'action',
        size: 90,
        meta: { export: { enumLabels: 'audit.actions' } },
        cell: (c) =>
          i18n.exists(`audit.actions.${c.getValue() as string}`)
            ? t(`audit.actions.${c.getValue() as string}`)
            : (c.getValue() as string),
      },
      {
        id: 'changes',
        header: t('audit.changes'),
        size: 560,
        // One line per row in the list; the record's history tab shows the full table.
        cell: (c) => {
          const r = c.row.original;
          const names = namesOf(r);
          const text = r.before
            ? changedFields(r.before, r.after)
                .map(
                  (f) =>
                    `${names.label(f.field)}${names.punct.colon}${show(f.before, names, f.field)} → ${show(f.after, names, f.field)}`,
                )
                .join(t('wording.clauseSep'))
            : '';
          return <span title={text}>{text}</span>;
        },
      },
    ],
    [t, i18n, namesOf, recordName],
  );
  const filters = useMemo(() => (entity ? { entity } : {}), [entity]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('audit.list', { ...req, filters } as In<'audit.list'>),
    [filters],
  );
  return (
    <div className="page">
      <DataTable<AuditRow>
        id="audit"
        columns={columns}
        queryKey={rpcKey('audit.list', { filters })}
        fetchPage={fetchPage}
        toolbar={
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('audit.entity')}
            onChange={setEntity}
            options={AUDITED_ENTITIES.map((e) => ({ value: e, label: t(`entities.${e}`) }))}
          />
        }
      />
    </div>
  );
}
