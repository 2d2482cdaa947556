import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Spin from 'antd/es/spin';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { MAIL_PLACEHOLDERS } from '@shared/invoices/sending-contract';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

interface TemplateForm {
  email?: string;
  subject?: string;
  body?: string;
}

/** The customer's invoice mail: address, subject and body with placeholders; empty means the default. */
export function MailTemplateDialog({ customerId, onClose }: { customerId: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const [form] = Form.useForm<TemplateForm>();
  const template = useQuery(rpcQuery('invoices.mailTemplate.get', { customerId }));
  const save = useMutation({
    mutationFn: (v: TemplateForm) =>
      rpc('invoices.mailTemplate.update', {
        customerId,
        email: v.email ?? null,
        subject: v.subject ?? null,
        body: v.body ?? null,
      }),
    onSuccess: async () => {
      await invalidateRpc(client, 'invoices.mailTemplate.get', { customerId });
      void message.success(t('invoiceSending.templateSaved'));
      onClose();
    },
    onError: (err) => rpcError.show(err, form),
  });
  const tpl = template.data;
  return (
    <Modal
      open
      width={640}
      title={t('invoiceSending.templateTitle', { customer: tpl?.customerName ?? '' })}
      onCancel={onClose}
      onOk={() => save.mutate(form.getFieldsValue())}
      confirmLoading={save.isPending}
    >
      {!tpl ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ email: tpl.email ?? '', subject: tpl.subject ?? '', body: tpl.body ?? '' }}
        >
          <Typography.Paragraph type="secondary">
            {t('invoiceSending.templateHint', {
              placeholders: MAIL_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' '),
              interpolation: { escapeValue: false },
            })}
          </Typography.Paragraph>
          <Form.Item name="email" label={t('invoiceSending.invoiceEmail')}>
            <Input />
          </Form.Item>
          <Form.Item name="subject" label={t('invoiceSending.subject')}>
            <Input placeholder={tpl.defaultSubject} />
          </Form.Item>
          <Form.Item name="body" label={t('invoiceSending.body')}>
            <Input.TextArea rows={7} placeholder={tpl.defaultBody} />
          </Form.Item>
          <Button onClick={() => form.setFieldsValue({ subject: '', body: '' })}>
            {t('invoiceSending.useDefault')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
