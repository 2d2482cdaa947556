import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailList } from '../forms/email-list';
import { useRpcError } from '../rpc/useRpcError';

/** What the person sending typed: recipients split into addresses, an empty subject or body left to the default. */
export interface OutgoingMail {
  to: string[];
  cc: string[];
  subject: string | null;
  body: string | null;
}

/**
 * Asks for recipients, subject and text, then e-mails a document through the company's mail server: `send` calls
 * the document's channel and returns the message to show; errors stay beside the fields.
 */
export function EmailDocumentDialog({
  title,
  initialTo,
  subjectHint,
  send,
  onClose,
}: {
  title: string;
  initialTo?: string | null;
  subjectHint?: string;
  send(mail: OutgoingMail): Promise<string>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<{ to: string; cc?: string; subject?: string; body?: string }>();
  const [busy, setBusy] = useState(false);
  async function submit() {
    const v = form.getFieldsValue();
    setBusy(true);
    try {
      message.success(
        await send({ to: emailList(v.to), cc: emailList(v.cc), subject: v.subject || null, body: v.body || null }),
      );
      onClose();
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy}>
      <Form form={form} layout="vertical" initialValues={{ to: initialTo ?? '' }}>
        <Form.Item name="to" label={t('quotes.emailTo')}>
          <Input />
        </Form.Item>
        <Form.Item name="cc" label={t('quotes.emailCc')}>
          <Input />
        </Form.Item>
        <Form.Item name="subject" label={t('fields.subject')} extra={subjectHint}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('fields.body')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
