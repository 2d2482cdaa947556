import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@shared/orders/contract';
import { emailList } from '../forms/email-list';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';

/** E-mails the order's contract (or its change confirmation) to the customer through the company's mail server. */
export function EmailOrderDialog({
  order,
  onClose,
  onSent,
}: {
  order: OrderDetail;
  onClose(): void;
  onSent(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<{ to: string; cc?: string; subject?: string; body?: string }>();
  const [busy, setBusy] = useState(false);
  async function send() {
    const v = form.getFieldsValue();
    setBusy(true);
    try {
      const sent = await rpc('orders.email', {
        id: order.id,
        to: emailList(v.to),
        cc: emailList(v.cc),
        subject: v.subject || null,
        body: v.body || null,
      });
      message.success(t('orders.contractEmailed', { to: emailList(v.to).join(', '), register: sent.registerNumber }));
      await onSent();
      onClose();
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={`${t('orders.emailContract')} ${order.number}`}
      onCancel={onClose}
      onOk={() => void send()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="to" label={t('quotes.emailTo')}>
          <Input />
        </Form.Item>
        <Form.Item name="cc" label={t('quotes.emailCc')}>
          <Input />
        </Form.Item>
        <Form.Item name="subject" label={t('fields.subject')} extra={t('orders.subjectDefault')}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('fields.body')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
