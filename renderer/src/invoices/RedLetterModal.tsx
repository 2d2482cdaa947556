import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Checkbox from 'antd/es/checkbox';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Radio from 'antd/es/radio';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { INVOICE_TYPES, RED_REASONS, type InvoiceDetail } from '@shared/invoices/contract';
import type { FieldError } from '@shared/rpc/envelope';
import { fenToYuan, yuanToFen } from '@shared/money';
import { showFieldErrors } from '../forms/field-errors';
import { money } from '../format';
import { rpc, RpcError } from '../rpc/client';
import { invalidateRpc } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { recompute } from './invoice-form';
import { shownNumber } from './InvoiceTags';

interface RedLine {
  originalLineId: number;
  pick?: boolean;
  quantity?: string | null;
  net?: string;
  tax?: string;
  gross?: string;
}
type RedValues = Omit<In<'invoices.red'>, 'lines' | 'amount' | 'originalId'> & { lines: RedLine[]; amount?: string };

const AMOUNT = /^\d+(\.\d{1,2})?$/;

/** 红字: all of the original, chosen lines, or an amount (折让), numbered as the tax system issued it. */
export function RedLetterModal({ original, onClose }: { original: InvoiceDetail; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RedValues>();
  const [saving, setSaving] = useState(false);
  const mode = Form.useWatch('mode', form) ?? 'full';

  const initial: RedValues = {
    type: original.type,
    number: '',
    issueDate: dayjs().format('YYYY-MM-DD'),
    reason: 'wrong_issue',
    mode: 'full',
    lines: original.lines.map((l) => ({
      originalLineId: l.id,
      pick: false,
      quantity: l.quantity,
      net: fenToYuan(l.net),
      tax: fenToYuan(l.tax),
      gross: fenToYuan(l.gross),
    })),
  };

  function onValuesChange(changed: Partial<RedValues>) {
    if (!changed.lines) return;
    const lines = [...(form.getFieldValue('lines') as RedLine[])];
    changed.lines.forEach((c, i) => {
      const source = original.lines[i];
      if (!c || !source || !('quantity' in c)) return;
      lines[i] = {
        ...lines[i]!,
        ...recompute({ quantity: c.quantity, unitPrice: source.unitPrice, taxRate: source.taxRate }, 'quantity'),
      };
    });
    form.setFieldsValue({ lines });
  }

  async function save() {
    const v = form.getFieldsValue(true) as RedValues;
    const errors: FieldError[] = [];
    const formIndex: number[] = [];
    const lines =
      v.mode === 'lines'
        ? v.lines.flatMap((l, i) => {
            if (!l.pick) return [];
            formIndex.push(i);
            const fen = (k: 'net' | 'tax' | 'gross') => {
              const text = (l[k] ?? '').trim();
              if (AMOUNT.test(text)) return yuanToFen(text);
              errors.push({ path: `lines.${i}.${k}`, message: 'invoices.notBlank' });
              return 0;
            };
            return [
              {
                originalLineId: l.originalLineId,
                quantity: l.quantity ?? null,
                net: fen('net'),
                tax: fen('tax'),
                gross: fen('gross'),
              },
            ];
          })
        : [];
    const amountText = (v.amount ?? '').trim();
    if (v.mode === 'amount' && !AMOUNT.test(amountText)) errors.push({ path: 'amount', message: 'invoices.notBlank' });
    if (errors.length) return showFieldErrors(form, errors);
    setSaving(true);
    try {
      const red = await rpc('invoices.red', {
        originalId: original.id,
        type: v.type,
        code: v.code,
        number: v.number,
        issueDate: v.issueDate,
        reason: v.reason,
        remarks: v.remarks,
        mode: v.mode,
        lines,
        amount: v.mode === 'amount' ? yuanToFen(amountText) : null,
      });
      message.success(t('invoices.red.done', { number: red.number }));
      await Promise.all(
        (['invoices.list', 'invoices.get', 'invoices.uninvoiced', 'audit.forEntity'] as const).map((k) =>
          invalidateRpc(queryClient, k),
        ),
      );
      onClose();
    } catch (err) {
      // The server numbers the chosen lines 0..n; the form shows every original line.
      if (err instanceof RpcError)
        showFieldErrors(
          form,
          err.fields.map((f) => ({
            ...f,
            path: f.path.replace(/^lines\.(\d+)/, (_, k: string) => `lines.${formIndex[Number(k)] ?? k}`),
          })),
        );
      rpcError.show(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={980}
      title={t('invoices.red.title', { number: shownNumber(original) })}
      okText={t('common.save')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">
        {t('invoices.red.remaining', { amount: money(original.redRemaining) })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange}>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="type" label={t('invoices.type')}>
              <Select options={INVOICE_TYPES.map((v) => ({ value: v, label: t(`invoices.types.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="code" label={t('invoices.code')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="number" label={t('invoices.number')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="issueDate"
              label={t('invoices.issueDate')}
              getValueProps={(d: string) => ({ value: d ? dayjs(d) : null })}
              normalize={(d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="reason" label={t('invoices.red.reason')}>
              <Select options={RED_REASONS.map((r) => ({ value: r, label: t(`invoices.red.reasons.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="mode" label={t('invoices.red.mode')}>
              <Radio.Group
                options={(['full', 'lines', 'amount'] as const).map((m) => ({
                  value: m,
                  label: t(`invoices.red.modes.${m}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {mode === 'lines' && (
          <Form.List name="lines">
            {(rows) =>
              rows.map((row, i) => (
                <Space key={row.key} align="start" wrap>
                  <Form.Item name={[row.name, 'pick']} valuePropName="checked">
                    <Checkbox>
                      {t('invoices.red.pick')} {original.lines[i]?.name} {original.lines[i]?.spec}
                    </Checkbox>
                  </Form.Item>
                  <Form.Item name={[row.name, 'quantity']}>
                    <Input
                      style={{ width: 80 }}
                      aria-label={`${t('invoices.line')} ${i + 1} ${t('invoices.quantity')}`}
                    />
                  </Form.Item>
                  {(['net', 'tax', 'gross'] as const).map((k) => (
                    <Form.Item key={k} name={[row.name, k]}>
                      <Input
                        style={{ width: 110 }}
                        addonBefore={t(`invoices.${k}`)}
                        aria-label={`${t('invoices.line')} ${i + 1} ${t(`invoices.${k}`)}`}
                      />
                    </Form.Item>
                  ))}
                </Space>
              ))
            }
          </Form.List>
        )}
        {mode === 'amount' && (
          <Form.Item name="amount" label={t('invoices.red.amount')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item name="remarks" label={t('invoices.remarks')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
