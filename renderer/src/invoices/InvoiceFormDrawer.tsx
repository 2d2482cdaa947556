import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { CustomerRow } from '@shared/customers/contract';
import { INVOICE_TYPES } from '@shared/invoices/contract';
import { TAX_RATES } from '@shared/money';
import { refreshShownErrors, showFieldErrors } from '../forms/field-errors';
import { revealField } from '../forms/reveal-field';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { RemoteSelect } from '../forms/RemoteSelect';
import { money, taxRateLabel } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';
import { formTotals, recompute, toFormValues, toInput, type InvoiceValues, type LineValues } from './invoice-form';
import { NotesPicker } from './NotesPicker';
import { useShortcut } from '../app/shortcuts';

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

const LINE_TEXT: { name: keyof LineValues; label: string; width: number }[] = [
  { name: 'taxClass', label: 'invoices.taxClass', width: 110 },
  { name: 'name', label: 'invoices.name', width: 150 },
  { name: 'spec', label: 'invoices.spec', width: 120 },
  { name: 'unit', label: 'invoices.unit', width: 56 },
  { name: 'quantity', label: 'invoices.quantity', width: 70 },
  { name: 'unitPrice', label: 'invoices.unitPrice', width: 116 },
];
const LINE_AMOUNTS = ['net', 'tax', 'gross'] as const;

/** 登记发票: the figures as the tax system printed them, typed or prefilled from delivered notes. */
export function InvoiceFormDrawer({
  draft,
  onClose,
  onSaved,
}: {
  draft?: In<'invoices.create'>;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<InvoiceValues>();
  const [saving, setSaving] = useState(false);
  const [customerLabel, setCustomerLabel] = useState<string | undefined>(draft?.buyerName);
  const customerId = Form.useWatch('customerId', form);
  const totals = formTotals(Form.useWatch('lines', form));
  // Escape, the × and 取消 ask first while the typed invoice is not registered.
  const unsaved = useUnsavedGuard();
  const close = unsaved.guard(onClose);

  const initial: Partial<InvoiceValues> = draft
    ? toFormValues(draft)
    : { type: 'digital_special', issueDate: dayjs().format('YYYY-MM-DD'), lines: [{ taxRate: '0.13' }] };

  function onValuesChange(changed: Partial<InvoiceValues>) {
    unsaved.onValuesChange();
    refreshShownErrors(form, changed);
    const changedLines = changed.lines;
    if (!changedLines) return;
    const lines = [...(form.getFieldValue('lines') as LineValues[])];
    changedLines.forEach((c, i) => {
      if (!c || !lines[i]) return;
      const key = Object.keys(c)[0] as keyof LineValues | undefined;
      if (key) lines[i] = { ...lines[i], ...recompute(lines[i], key) };
    });
    form.setFieldsValue({ lines });
  }

  useShortcut('save', !saving && (() => void save()));

  async function save() {
    const values = await form.validateFields().catch(() => null);
    if (!values) {
      const first = form.getFieldsError().find((f) => f.errors.length);
      if (first) revealField(form, first.name);
      return;
    }
    const converted = toInput({ ...(form.getFieldsValue(true) as InvoiceValues) });
    if ('errors' in converted) return showFieldErrors(form, converted.errors);
    setSaving(true);
    try {
      const created = await rpc('invoices.create', converted.input);
      unsaved.markClean();
      message.success(t('invoices.registered', { number: created.number }));
      await Promise.all([
        invalidateRpc(queryClient, 'invoices.list'),
        invalidateRpc(queryClient, 'invoices.uninvoiced'),
      ]);
      onSaved(created.id);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open
      width="92%"
      destroyOnHidden
      title={t('invoices.register')}
      onClose={close}
      extra={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange}>
        <Row gutter={12}>
          <Col span={5}>
            <Form.Item name="type" label={t('invoices.type')}>
              <Select options={INVOICE_TYPES.map((v) => ({ value: v, label: t(`invoices.types.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="code" label={t('invoices.code')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="number"
              label={t('invoices.number')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item
              name="issueDate"
              label={t('invoices.issueDate')}
              getValueProps={(v: string) => ({ value: v ? dayjs(v) : null })}
              normalize={(d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="issuer" label={t('invoices.issuer')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="customerId"
              label={t('invoices.customer')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <RemoteSelect<CustomerRow>
                ariaLabel={t('invoices.customer')}
                currentLabel={customerLabel}
                search={searchCustomers}
                toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
                onChange={(_id, c) => {
                  if (!c) return;
                  setCustomerLabel(`${c.code} ${c.name}`);
                  form.setFieldsValue({ buyerName: c.name, buyerTaxId: c.taxId, noteIds: [], orderIds: [] });
                }}
              />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item
              name="buyerName"
              label={t('invoices.buyerName')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="buyerTaxId" label={t('invoices.buyerTaxId')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <NotesPicker
          customerId={typeof customerId === 'number' ? customerId : null}
          onDraft={(d) => {
            const values = toFormValues(d);
            form.setFieldsValue({ lines: values.lines, noteIds: d.noteIds, orderIds: d.orderIds, remarks: d.remarks });
          }}
          onError={(err) => rpcError.show(err)}
        />
        <Form.Item name="noteIds" hidden>
          <Select mode="multiple" />
        </Form.Item>
        <Form.Item name="orderIds" hidden>
          <Select mode="multiple" />
        </Form.Item>
        <Typography.Title level={5}>{t('invoices.lines')}</Typography.Title>
        <Form.List name="lines">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <Space key={row.key} align="start" wrap data-testid={`invoice-line-${index}`}>
                  {LINE_TEXT.map((f) => (
                    <Form.Item
                      key={f.name}
                      name={[row.name, f.name]}
                      label={index === 0 ? t(f.label) : undefined}
                      style={{ width: f.width }}
                      rules={f.name === 'name' ? [{ required: true, message: t('validation.required') }] : undefined}
                    >
                      <Input
                        style={{ width: f.width }}
                        aria-label={`${t('invoices.line')} ${index + 1} ${t(f.label)}`}
                      />
                    </Form.Item>
                  ))}
                  <Form.Item
                    name={[row.name, 'taxRate']}
                    label={index === 0 ? t('invoices.taxRate') : undefined}
                    style={{ width: 76 }}
                  >
                    <Select
                      style={{ width: 76 }}
                      aria-label={`${t('invoices.line')} ${index + 1} ${t('invoices.taxRate')}`}
                      options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
                    />
                  </Form.Item>
                  {LINE_AMOUNTS.map((k) => (
                    <Form.Item
                      key={k}
                      name={[row.name, k]}
                      label={index === 0 ? t(`invoices.${k}`) : undefined}
                      style={{ width: 110 }}
                    >
                      <Input
                        style={{ width: 110, textAlign: 'right' }}
                        aria-label={`${t('invoices.line')} ${index + 1} ${t(`invoices.${k}`)}`}
                      />
                    </Form.Item>
                  ))}
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`${t('common.remove')} ${t('invoices.line')} ${index + 1}`}
                      onClick={() => remove(row.name)}
                    />
                  </Form.Item>
                </Space>
              ))}
              <div>
                <Button icon={<PlusOutlined />} onClick={() => add({ taxRate: '0.13' })}>
                  {t('invoices.addLine')}
                </Button>
                <Typography.Text strong style={{ marginLeft: 16 }} data-testid="invoice-totals">
                  {t('invoices.totals', { net: money(totals.net), tax: money(totals.tax), gross: money(totals.gross) })}
                </Typography.Text>
              </div>
            </>
          )}
        </Form.List>
        <Row gutter={12} style={{ marginTop: 16 }}>
          <Col span={12}>
            <Form.Item name="remarks" label={t('invoices.remarks')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="overReason" label={t('invoices.overReason')} extra={t('invoices.overReasonHint')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
