import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '@shared/quotes/contract';
import { emailList as list } from '../forms/email-list';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';

/** E-mails the quote's PDF through the company's mail server; the quote is then sent. */
export function EmailQuoteDialog({
  quote,
  onClose,
  onSent,
}: {
  quote: QuoteDetail;
  onClose(): void;
  onSent(q: QuoteDetail): void;
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
      const sent = await rpc('quotes.email', {
        id: quote.id,
        to: list(v.to),
        cc: list(v.cc),
        subject: v.subject || null,
        body: v.body || null,
      });
      message.success(t('quotes.emailed', { to: list(v.to).join(', ') }));
      onSent(sent);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={`${t('quotes.email')} ${quote.number} V${quote.version}`}
      onCancel={onClose}
      onOk={() => void send()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ to: quote.contactEmail ?? '' }}>
        <Form.Item name="to" label={t('quotes.emailTo')}>
          <Input />
        </Form.Item>
        <Form.Item name="cc" label={t('quotes.emailCc')}>
          <Input />
        </Form.Item>
        <Form.Item name="subject" label={t('fields.subject')}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('fields.body')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
