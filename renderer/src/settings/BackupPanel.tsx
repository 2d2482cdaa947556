import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Divider from 'antd/es/divider';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { formatTime } from '../format';
import { rpc } from '../rpc/client';
import { AutoBackupPanel } from './AutoBackupPanel';
import { useRpcError } from '../rpc/useRpcError';
import { PAGE_SIZES } from '../table/page-sizes';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';

export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const rpcError = useRpcError();
  const { logout } = useSession();
  const queryClient = useQueryClient();
  const q = useQuery(rpcQuery('backup.list', {}));
  const create = useMutation({
    mutationFn: () => rpc('backup.create', {}),
    onSuccess: async (b) => {
      message.success(t('settings.backupDone', { name: b.name }));
      await invalidateRpc(queryClient, 'backup.list');
    },
    onError: (err) => rpcError.show(err),
  });
  function restore(name: string) {
    modal.confirm({
      title: t('settings.restore'),
      content: t('settings.restoreConfirm', { name }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await rpc('backup.restore', { name });
          message.success(t('settings.restored', { name }));
          // The restored database no longer knows this session: the logout call fails by design.
          await logout().catch(() => undefined);
        } catch (err) {
          rpcError.show(err);
        }
      },
    });
  }
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" loading={create.isPending} onClick={() => create.mutate()}>
          {t('settings.backupNow')}
        </Button>
        <Typography.Text type="secondary">
          {t('settings.backupFolder')}
          {t('wording.colon')}
          <Typography.Text code copyable>
            {q.data?.folder}
          </Typography.Text>
        </Typography.Text>
      </Space>
      <Table
        size="small"
        rowKey="name"
        loading={q.isLoading}
        dataSource={q.data?.backups}
        pagination={{ pageSize: PAGE_SIZES[0] }}
        style={{ maxWidth: 900 }}
        columns={[
          { title: t('fields.filename'), dataIndex: 'name' },
          {
            title: t('settings.reason'),
            dataIndex: 'reason',
            render: (r: string) => (i18n.exists(`settings.reasons.${r}`) ? t(`settings.reasons.${r}`) : r),
          },
          { title: t('fields.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          {
            title: t('settings.size'),
            dataIndex: 'size',
            align: 'right',
            render: (v: number) => `${(v / 1024).toFixed(0)} KB`,
          },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Button size="small" danger onClick={() => restore(r.name)}>
                {t('settings.restore')}
              </Button>
            ),
          },
        ]}
      />
      <Divider />
      <AutoBackupPanel />
    </>
  );
}
