import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Switch from 'antd/es/switch';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES, type DocType, type NumberFormat } from '@shared/settings/contract';
import { useSession } from '../auth/session-context';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';

export function NumberingPanel() {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const q = useQuery(rpcQuery('settings.numbering.get', {}));
  const save = useMutation({
    mutationFn: (v: { type: DocType; format: NumberFormat }) => rpc('settings.numbering.update', v),
    onSuccess: () => invalidateRpc(queryClient, 'settings.numbering.get'),
    onError: (err) => rpcError.show(err),
  });
  const readOnly = !can('settings.write');
  const rows = DOC_TYPES.map((type) => ({ type, format: q.data?.formats[type], preview: q.data?.preview[type] }));
  const update = (type: DocType, format: NumberFormat | undefined, patch: Partial<NumberFormat>) =>
    format && save.mutate({ type, format: { ...format, ...patch } });
  return (
    <Table
      size="small"
      loading={q.isLoading}
      rowKey="type"
      pagination={false}
      style={{ maxWidth: 820 }}
      dataSource={rows}
      columns={[
        { title: t('settings.docType'), dataIndex: 'type', render: (type: DocType) => t(`settings.docTypes.${type}`) },
        {
          title: t('fields.prefix'),
          render: (_, r) => (
            <Input
              key={r.format?.prefix}
              disabled={readOnly}
              defaultValue={r.format?.prefix}
              style={{ width: 90 }}
              aria-label={`${t(`settings.docTypes.${r.type}`)} ${t('fields.prefix')}`}
              onBlur={(e) =>
                e.target.value !== r.format?.prefix && update(r.type, r.format, { prefix: e.target.value })
              }
            />
          ),
        },
        {
          title: t('fields.padding'),
          render: (_, r) => (
            <InputNumber
              disabled={readOnly}
              min={1}
              max={10}
              value={r.format?.padding}
              onChange={(v) => v && update(r.type, r.format, { padding: v })}
            />
          ),
        },
        {
          title: t('fields.yearly'),
          render: (_, r) => (
            <Switch
              disabled={readOnly}
              checked={r.format?.yearly}
              onChange={(yearly) => update(r.type, r.format, { yearly })}
            />
          ),
        },
        {
          title: t('settings.preview'),
          dataIndex: 'preview',
          render: (p: string) => <Typography.Text code>{p}</Typography.Text>,
        },
      ]}
    />
  );
}
