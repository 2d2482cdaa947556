import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Spin from 'antd/es/spin';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useSession } from '../auth/session-context';
import { FieldGrid, type FieldSpec } from '../forms/FieldGrid';
import { validateWith } from '../forms/zod-form';
import { invalidateRpc, rpcKey } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import type { ChannelName } from '@shared/contracts';
import type { Permission } from '@shared/auth/roles';

interface Props<S extends z.ZodType, T> {
  /** The channel `load` calls: the cached settings live under its name. */
  channel: ChannelName;
  load(): Promise<T>;
  save(data: z.output<S>): Promise<unknown>;
  schema: S;
  fields: FieldSpec[];
  /** From the stored settings to the form, and from the form to the channel's input. */
  toForm?(value: T): Record<string, unknown>;
  fromForm?(values: Record<string, unknown>): Record<string, unknown>;
  /** Who may change these settings; settings.write unless the section says otherwise. */
  writePermission?: Permission;
}

/** One settings section: load, edit with the channel's schema, save; read-only without settings.write. */
export function SettingsForm<S extends z.ZodType, T>({
  channel,
  load,
  save,
  schema,
  fields,
  toForm,
  fromForm,
  writePermission = 'settings.write',
}: Props<S, T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: rpcKey(channel, {}), queryFn: load });
  useEffect(() => {
    if (q.data) form.setFieldsValue(toForm ? toForm(q.data) : (q.data as Record<string, unknown>));
    // toForm is a pure mapping given inline; re-running on its identity would reset edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q.data, form]);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async () => {
      message.success(t('common.saved'));
      await invalidateRpc(queryClient, channel);
    },
    onError: (err) => rpcError.show(err, form),
  });
  const readOnly = !can(writePermission);
  // The form appears only with the stored values in it: typing into it earlier would be overwritten when they arrive.
  if (!q.data) return q.isError ? <Alert type="error" showIcon message={(q.error as Error).message} /> : <Spin />;
  return (
    <Form form={form} layout="vertical" disabled={readOnly} style={{ maxWidth: 820 }}>
      <FieldGrid fields={fields} />
      {!readOnly && (
        <Button
          type="primary"
          loading={mutation.isPending}
          onClick={() => {
            const values = form.getFieldsValue(true) as Record<string, unknown>;
            const data = validateWith(form, schema, fromForm ? fromForm(values) : values);
            if (data) mutation.mutate(data);
          }}
        >
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
