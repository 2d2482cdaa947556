import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Switch from 'antd/es/switch';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@shared/auth/roles';
import { userChannels, type UserRow } from '@shared/users/contract';
import { validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';

function UserDialog({ user, onClose }: { user: UserRow | 'new'; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const isNew = user === 'new';
  const save = useMutation({
    mutationFn: async (values: Record<string, unknown>) => {
      if (isNew) {
        const data = validateWith(form, userChannels['users.create'].input, values);
        return data && rpc('users.create', data);
      }
      // Empty keeps the password; a single space clears it.
      const raw = String(values.password ?? '');
      const password = raw === '' ? null : raw.trim() === '' ? '' : raw;
      const data = validateWith(form, userChannels['users.update'].input, { ...values, id: user.id, password });
      return data && rpc('users.update', data);
    },
    onSuccess: async (saved) => {
      if (!saved) return;
      message.success(t('common.saved'));
      await invalidateRpc(queryClient, 'users.list');
      // The login screen offers active users: a new, renamed or deactivated one shows at the next login.
      await invalidateRpc(queryClient, 'auth.loginOptions');
      onClose();
    },
    onError: (err) => rpcError.show(err, form),
  });
  return (
    <Modal
      open
      title={isNew ? t('settings.newUser') : user.displayName}
      onCancel={onClose}
      onOk={() => save.mutate(form.getFieldsValue(true))}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={isNew ? { role: 'sales', locale: 'zh-CN' } : { ...user, password: '' }}
      >
        <Form.Item name="username" label={t('fields.username')}>
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item name="displayName" label={t('fields.displayName')}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('fields.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('fields.password')}
          extra={isNew ? t('settings.passwordOptional') : t('settings.passwordKeep')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {!isNew && (
          <Form.Item name="active" label={t('fields.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function UsersPanel() {
  const { t } = useTranslation();
  const q = useQuery(rpcQuery('users.list', {}));
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  return (
    <>
      <Button type="primary" onClick={() => setEditing('new')} style={{ marginBottom: 8 }}>
        {t('settings.newUser')}
      </Button>
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data}
        pagination={false}
        style={{ maxWidth: 820 }}
        onRow={(r) => ({ onDoubleClick: () => setEditing(r) })}
        columns={[
          { title: t('fields.username'), dataIndex: 'username' },
          { title: t('fields.displayName'), dataIndex: 'displayName' },
          { title: t('fields.role'), dataIndex: 'role', render: (r: string) => t(`roles.${r}`) },
          {
            title: t('fields.password'),
            dataIndex: 'hasPassword',
            render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
          },
          {
            title: t('fields.active'),
            dataIndex: 'active',
            render: (v: boolean) =>
              v ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
          },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Button size="small" onClick={() => setEditing(r)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <UserDialog user={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
