import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOICE_TYPES, type InvoiceType } from '@shared/invoices/contract';
import type { SupplierInvoiceDetail } from '@shared/purchasing/payables/contract';
import { refreshShownErrors } from '../../forms/field-errors';
import { useUnsavedGuard } from '../../forms/useUnsavedGuard';
import { money, yuan } from '../../format';
import { FileUploadButton } from '../../invoices/sending/InvoiceFileUpload';
import { parseYuan } from '../../receipts/yuan-input';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { SupplierPicker } from './supplier-picker';

interface Values {
  supplierId?: number;
  type: InvoiceType;
  invoiceCode?: string;
  invoiceNumber?: string;
  invoiceDate?: dayjs.Dayjs;
  net?: string;
  tax?: string;
  gross?: string;
  paymentDays?: number | null;
  dueOn?: dayjs.Dayjs | null;
  notes?: string;
  orders?: { poId?: number; amount?: string }[];
}

const day = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function initialValues(invoice: SupplierInvoiceDetail | undefined, supplierId: number | undefined): Values {
  if (!invoice) return { supplierId, type: 'digital_special', invoiceDate: dayjs(), paymentDays: 30, orders: [] };
  return {
    supplierId: invoice.supplierId,
    type: invoice.type,
    invoiceCode: invoice.invoiceCode,
    invoiceNumber: invoice.invoiceNumber,
    invoiceDate: dayjs(invoice.invoiceDate),
    net: yuan(invoice.net),
    tax: yuan(invoice.tax),
    gross: yuan(invoice.gross),
    paymentDays: null,
    dueOn: dayjs(invoice.dueOn),
    notes: invoice.notes ?? undefined,
    orders: invoice.orders.map((o) => ({ poId: o.poId, amount: yuan(o.amount) })),
  };
}

/** 登记供应商发票 (or correct one while unpaid): the printed figures, when it falls due, the orders it bills. */
export function InvoiceDialog({
  invoice,
  supplierId,
  onClose,
  onSaved,
}: {
  /** The invoice to correct; a new one when absent. */
  invoice?: SupplierInvoiceDetail;
  /** The supplier a new invoice is from, when known. */
  supplierId?: number;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<{ id: number; filename: string } | null>(
    invoice?.file ? { id: invoice.file.attachmentId, filename: invoice.file.filename } : null,
  );
  const unsaved = useUnsavedGuard();
  const chosenSupplier = Form.useWatch('supplierId', form);
  const paymentDays = Form.useWatch('paymentDays', form);
  const orders = useQuery({
    ...rpcQuery('purchasing.payables.billableOrders', { supplierId: chosenSupplier ?? 0 }),
    enabled: !!chosenSupplier,
  });

  async function save() {
    const v = form.getFieldsValue(true) as Values;
    const figures = { net: parseYuan(v.net ?? '0'), tax: parseYuan(v.tax ?? '0'), gross: parseYuan(v.gross) };
    const orderAmounts = (v.orders ?? []).map((o) => parseYuan(o.amount));
    const bad = [
      ...(['net', 'tax', 'gross'] as const)
        .filter((k) => figures[k] === null)
        .map((k) => ({ name: k, errors: [t('payables.badYuan')] })),
      ...orderAmounts.flatMap((a, i) =>
        a === null || a <= 0
          ? [{ name: ['orders', i, 'amount'] as ['orders', number, 'amount'], errors: [t('payables.badYuan')] }]
          : [],
      ),
    ];
    if (bad.length) return form.setFields(bad);
    const data = {
      supplierId: v.supplierId ?? 0,
      type: v.type,
      invoiceCode: v.invoiceCode ?? null,
      invoiceNumber: v.invoiceNumber ?? '',
      invoiceDate: day(v.invoiceDate) ?? '',
      net: figures.net!,
      tax: figures.tax!,
      gross: figures.gross!,
      paymentDays: v.paymentDays ?? null,
      dueOn: v.paymentDays == null ? day(v.dueOn) : null,
      attachmentId: file?.id ?? null,
      notes: v.notes ?? null,
      orders: (v.orders ?? []).map((o, i) => ({ poId: o.poId ?? 0, amount: orderAmounts[i]! })),
    };
    setBusy(true);
    try {
      const saved = invoice
        ? await rpc('purchasing.payables.invoices.update', { id: invoice.id, lockVersion: invoice.lockVersion, data })
        : await rpc('purchasing.payables.invoices.create', data);
      unsaved.markClean();
      message.success(t(invoice ? 'payables.updated' : 'payables.saved', { number: saved.invoiceNumber }));
      onSaved(saved.id);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }

  const grid = { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', columnGap: 12 } as const;
  return (
    <Modal
      open
      width={900}
      title={t(invoice ? 'payables.editInvoice' : 'payables.newInvoice')}
      okText={t('common.save')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={unsaved.guard(onClose)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(invoice, supplierId)}
        onValuesChange={(changed) => {
          unsaved.onValuesChange();
          refreshShownErrors(form, changed);
        }}
      >
        <div style={grid}>
          <Form.Item name="supplierId" label={t('payables.supplier')} style={{ gridColumn: 'span 2' }}>
            <SupplierPicker
              ariaLabel={t('payables.supplier')}
              currentLabel={invoice?.supplierName}
              disabled={!!invoice}
            />
          </Form.Item>
          <Form.Item name="type" label={t('fields.type')} style={{ gridColumn: 'span 2' }}>
            <Select options={INVOICE_TYPES.map((k) => ({ value: k, label: t(`invoices.types.${k}`) }))} />
          </Form.Item>
          <Form.Item name="invoiceCode" label={t('fields.invoiceCode')}>
            <Input />
          </Form.Item>
          <Form.Item name="invoiceNumber" label={t('payables.invoiceNumber')} style={{ gridColumn: 'span 2' }}>
            <Input />
          </Form.Item>
          <Form.Item name="invoiceDate" label={t('payables.invoiceDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="net" label={t('payables.netYuan')}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="tax" label={t('payables.taxYuan')}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="gross" label={t('payables.grossYuan')}>
            <Input inputMode="decimal" />
          </Form.Item>
          <div />
          <Form.Item name="paymentDays" label={t('payables.paymentDays')} tooltip={t('payables.dueHint')}>
            <InputNumber min={0} max={720} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('payables.dueOn')}>
            <DatePicker style={{ width: '100%' }} disabled={paymentDays != null} />
          </Form.Item>
          <Form.Item name="notes" label={t('payables.notes')} style={{ gridColumn: 'span 2' }}>
            <Input />
          </Form.Item>
        </div>
        <Typography.Text strong>{t('payables.orders')}</Typography.Text>
        <Form.List name="orders">
          {(rows, { add, remove }, { errors }) => (
            <>
              {rows.map((row) => (
                <Space key={row.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[row.name, 'poId']} style={{ width: 520 }}>
                    <Select
                      aria-label={t('fields.poId')}
                      loading={orders.isLoading}
                      options={(orders.data ?? []).map((o) => ({
                        value: o.id,
                        label: t('payables.orderOption', {
                          number: o.number,
                          date: o.orderDate,
                          gross: money(o.gross),
                          invoiced: money(o.invoiced),
                        }),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'amount']}>
                    <Input
                      aria-label={t('payables.amountYuan')}
                      inputMode="decimal"
                      placeholder={t('payables.amountYuan')}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('payables.removeFile')}
                    onClick={() => remove(row.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} disabled={!chosenSupplier} onClick={() => add({})}>
                {t('payables.addOrder')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Space>
            <Typography.Text strong>{t('payables.attachment')}</Typography.Text>
            {file ? (
              <>
                <Typography.Text>{file.filename}</Typography.Text>
                <Button size="small" onClick={() => setFile(null)}>
                  {t('payables.removeFile')}
                </Button>
              </>
            ) : (
              <FileUploadButton accept="scan" label={t('payables.upload')} onUploaded={setFile} />
            )}
          </Space>
        </div>
      </Form>
    </Modal>
  );
}
