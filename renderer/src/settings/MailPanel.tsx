import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpUpdate } from '../../../electron/shared/settings/contract';
import { useSession } from '../auth/session-context';
import { FieldGrid } from '../forms/FieldGrid';
import { handleSaveError, validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';

/** The outgoing mail server: the password is sent only when typed, and never shown. */
export function MailPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: ['settings.smtp.get'], queryFn: () => rpc('settings.smtp.get', {}) });
  useEffect(() => {
    if (q.data) form.setFieldsValue({ ...q.data, password: '' });
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (data: ReturnType<typeof smtpUpdate.parse>) => rpc('settings.smtp.update', data),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['settings.smtp.get'] });
    },
    onError: (err) => message.error(handleSaveError(form, err)),
  });
  const readOnly = !can('settings.write');
  return (
    <Form form={form} layout="vertical" disabled={readOnly} style={{ maxWidth: 820 }}>
      <FieldGrid
        fields={[
          { name: 'host', label: 'fields.host', span: 12 },
          { name: 'port', label: 'fields.port', span: 6, input: <InputNumber min={1} max={65535} style={{ width: '100%' }} /> },
          { name: 'secure', label: 'fields.secure', span: 6, toggle: true },
          { name: 'user', label: 'fields.user', span: 12 },
          { name: 'password', label: 'fields.password', span: 12, input: <Input.Password autoComplete="new-password" placeholder={q.data?.hasPassword ? t('settings.passwordStored') : ''} /> },
          { name: 'from', label: 'fields.from', span: 12 },
          { name: 'fromName', label: 'fields.fromName', span: 12 },
        ]}
      />
      {!readOnly && (
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => {
            const v = form.getFieldsValue(true) as Record<string, unknown>;
            const data = validateWith(form, smtpUpdate, { ...v, password: v.password ? v.password : null });
            if (data) save.mutate(data);
          }}
        >
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
