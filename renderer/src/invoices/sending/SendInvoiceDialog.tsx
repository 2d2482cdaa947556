import { useQuery } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Modal from 'antd/es/modal';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDelivery, SendingWay } from '@shared/invoices/sending-contract';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { dateProps } from './date-field';
import { FileUploadButton } from './InvoiceFileUpload';
import { MailTemplateDialog } from './MailTemplateDialog';

const addresses = (text?: string) =>
  (text ?? '')
    .split(/[,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

interface SendForm {
  to?: string;
  cc?: string;
  subject?: string;
  body?: string;
  courier?: string;
  trackingNo?: string;
  handedTo?: string;
  note?: string;
  date?: string;
}

/**
 * Sends one invoice, or several together by courier, by hand or to the tax account. E-mail takes the
 * customer's template filled for this invoice, editable here, with the invoice file(s) attached.
 */
export function SendInvoiceDialog({
  invoiceIds,
  onClose,
  onSent,
}: {
  invoiceIds: number[];
  onClose(): void;
  onSent(deliveries: InvoiceDelivery[]): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<SendForm>();
  const single = invoiceIds.length === 1;
  const [way, setWay] = useState<SendingWay>(single ? 'email' : 'courier');
  const [files, setFiles] = useState<{ id: number; filename: string }[]>([]);
  const [editTemplate, setEditTemplate] = useState(false);
  const [busy, setBusy] = useState(false);
  const first = useQuery(rpcQuery('invoices.delivery', { invoiceId: invoiceIds[0]! }));
  const invoice = first.data;
  const template = useQuery({
    ...rpcQuery('invoices.mailTemplate.get', { customerId: invoice?.customerId ?? 0, invoiceId: invoice?.id ?? null }),
    enabled: single && !!invoice,
  });

  // The template fills the mail once it is known (and again after the template is edited).
  useEffect(() => {
    const tpl = template.data;
    if (tpl?.filled) form.setFieldsValue({ to: tpl.email ?? '', subject: tpl.filled.subject, body: tpl.filled.body });
  }, [template.data, form]);
  useEffect(() => {
    if (invoice?.attachmentId && files.length === 0)
      void rpc('attachments.get', { id: invoice.attachmentId }).then((f) =>
        setFiles((now) => (now.length ? now : [{ id: f.id, filename: f.filename }])),
      );
  }, [invoice?.attachmentId, files.length]);

  async function send() {
    const v = form.getFieldsValue(true) as SendForm;
    const date = v.date ?? dayjs().format('YYYY-MM-DD');
    setBusy(true);
    try {
      let sent: InvoiceDelivery[];
      if (way === 'email') {
        if (!files.length) {
          void message.error(t('invoiceSending.needFile'));
          return;
        }
        sent = [
          await rpc('invoices.sendEmail', {
            invoiceId: invoiceIds[0]!,
            to: addresses(v.to),
            cc: addresses(v.cc),
            subject: v.subject ?? '',
            body: v.body ?? '',
            attachmentIds: files.map((f) => f.id),
          }),
        ];
      } else if (way === 'courier')
        sent = await rpc('invoices.sendCourier', {
          invoiceIds,
          courier: v.courier ?? '',
          trackingNo: v.trackingNo ?? '',
          date,
        });
      else if (way === 'hand')
        sent = await rpc('invoices.sendByHand', { invoiceIds, handedTo: v.handedTo ?? '', date });
      else sent = await rpc('invoices.sendTaxAccount', { invoiceIds, date, note: v.note ?? null });
      void message.success(t('invoiceSending.sent'));
      onSent(sent);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }

  const dateItem = (
    <Form.Item name="date" label={t('invoiceSending.date')} {...dateProps}>
      <DatePicker style={{ width: 180 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
    </Form.Item>
  );
  const tabs = [
    ...(single
      ? [
          {
            key: 'email',
            label: t('invoiceSending.ways.email'),
            children: (
              <>
                <Form.Item name="to" label={t('invoiceSending.to')} extra={t('invoiceSending.addressHint')}>
                  <Input />
                </Form.Item>
                <Form.Item name="cc" label={t('invoiceSending.cc')}>
                  <Input />
                </Form.Item>
                <Form.Item name="subject" label={t('invoiceSending.subject')}>
                  <Input />
                </Form.Item>
                <Form.Item name="body" label={t('invoiceSending.body')}>
                  <Input.TextArea rows={7} />
                </Form.Item>
                <Form.Item name="attachmentIds" label={t('invoiceSending.files')}>
                  <List
                    size="small"
                    dataSource={files}
                    renderItem={(f) => (
                      <List.Item
                        actions={[
                          <a key="remove" onClick={() => setFiles(files.filter((x) => x.id !== f.id))}>
                            ×
                          </a>,
                        ]}
                      >
                        {f.filename}
                      </List.Item>
                    )}
                  />
                  <FileUploadButton
                    accept="invoice"
                    label={t('invoiceSending.addFile')}
                    onUploaded={(f) => setFiles((now) => [...now, f])}
                  />
                </Form.Item>
                <Button onClick={() => setEditTemplate(true)} disabled={!invoice}>
                  {t('invoiceSending.template')}
                </Button>
              </>
            ),
          },
        ]
      : []),
    {
      key: 'courier',
      label: t('invoiceSending.ways.courier'),
      children: (
        <>
          <Form.Item name="courier" label={t('invoiceSending.courier')}>
            <Input placeholder="顺丰 / EMS / 中通" />
          </Form.Item>
          <Form.Item name="trackingNo" label={t('invoiceSending.trackingNo')}>
            <Input />
          </Form.Item>
          {dateItem}
        </>
      ),
    },
    {
      key: 'hand',
      label: t('invoiceSending.ways.hand'),
      children: (
        <>
          <Form.Item name="handedTo" label={t('invoiceSending.handedTo')}>
            <Input />
          </Form.Item>
          {dateItem}
        </>
      ),
    },
    {
      key: 'tax_account',
      label: t('invoiceSending.ways.tax_account'),
      children: (
        <>
          <Typography.Paragraph type="secondary">{t('invoiceSending.taxAccountHint')}</Typography.Paragraph>
          {dateItem}
          <Form.Item name="note" label={t('invoiceSending.note')}>
            <Input />
          </Form.Item>
        </>
      ),
    },
  ];

  return (
    <Modal
      open
      width={680}
      title={
        single
          ? t('invoiceSending.sendTitle', { number: invoice?.number ?? '' })
          : `${t('invoiceSending.send')} · ${t('invoiceSending.selected', { count: invoiceIds.length })}`
      }
      onCancel={onClose}
      onOk={() => void send()}
      okText={t('invoiceSending.send')}
      confirmLoading={busy}
    >
      {!invoice ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ date: dayjs().format('YYYY-MM-DD') }}>
          <Tabs activeKey={way} onChange={(k) => setWay(k as SendingWay)} items={tabs} />
        </Form>
      )}
      {editTemplate && invoice && (
        <MailTemplateDialog customerId={invoice.customerId} onClose={() => setEditTemplate(false)} />
      )}
    </Modal>
  );
}
