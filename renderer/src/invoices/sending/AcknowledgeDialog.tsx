import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDelivery } from '@shared/invoices/sending-contract';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';
import { FileUploadButton } from './InvoiceFileUpload';
import { dateProps } from './date-field';

/** Records the customer's 回执: when, who signed, and the scan of the signed slip. */
export function AcknowledgeDialog({
  invoice,
  onClose,
  onDone,
}: {
  invoice: { id: number; number: string; sentOn: string | null };
  onClose(): void;
  onDone(d: InvoiceDelivery): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<{ date?: string; signer?: string }>();
  const [scan, setScan] = useState<{ id: number; filename: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    const v = form.getFieldsValue();
    setBusy(true);
    try {
      const done = await rpc('invoices.acknowledge', {
        invoiceId: invoice.id,
        date: v.date ?? '',
        signer: v.signer ?? '',
        attachmentId: scan?.id ?? null,
      });
      void message.success(t('invoiceSending.acknowledged'));
      onDone(done);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={t('invoiceSending.ackTitle', { number: invoice.number })}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('invoiceSending.acknowledge')}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ date: dayjs().format('YYYY-MM-DD') }}>
        <Form.Item name="date" label={t('invoiceSending.ackDate')} {...dateProps}>
          <DatePicker
            style={{ width: 180 }}
            disabledDate={(d) =>
              d.isAfter(dayjs(), 'day') || (invoice.sentOn !== null && d.isBefore(dayjs(invoice.sentOn), 'day'))
            }
          />
        </Form.Item>
        <Form.Item name="signer" label={t('invoiceSending.signer')}>
          <Input />
        </Form.Item>
        <Form.Item name="attachmentId" label={t('invoiceSending.scan')}>
          <Space>
            {scan && <span>{scan.filename}</span>}
            <FileUploadButton accept="scan" label={t('invoiceSending.uploadScan')} onUploaded={setScan} />
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
