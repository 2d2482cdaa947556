import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Tooltip from 'antd/es/tooltip';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { unchangedOrder } from '@shared/orders/lifecycle-contract';
import { Dec, TAX_RATES } from '@shared/money';
import { NUMBER_RULES } from '@shared/number-input';
import type { OrderDetail } from '@shared/orders/contract';
import { orderChangeInput } from '@shared/orders/lifecycle-contract';
import type { ProductRow } from '@shared/products/contract';
import { QUOTE_LINE_KINDS, restateUnitPrice } from '@shared/quotes/quote-pricing';
import { money, taxRateLabel } from '../format';
import { FigureCell, TextCell } from '../forms/LineCells';
import { RemoteSelect } from '../forms/RemoteSelect';
import { revealField } from '../forms/reveal-field';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { recheckShownErrors, validateWith } from '../forms/zod-form';
import { livePricing } from '../quotes/editor/live-pricing';
import { LinesTotalNote, totalInWords } from '../quotes/editor/LinesTotalNote';
import { rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';
import { useOrderRefresh } from './useOrderRefresh';
import { onLineKeys } from '../forms/line-keys';

type ChangeInput = In<'orders.change'>;
type Values = Omit<ChangeInput, 'id' | 'lockVersion'>;

const TERMS = ['deliveryAddress', 'contactName', 'contactPhone', 'paymentTerms'] as const;
const TEXT_COLUMNS = { name: 120, brand: 80, spec: 140, unit: 50 } as const;
const FIGURE_COLUMNS = {
  quantity: { width: 80, rule: NUMBER_RULES.quantity },
  unitPrice: { width: 96, rule: NUMBER_RULES.price },
} as const;

/** A plain date field shown with a date picker. */
const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};

const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

/**
 * Per existing line: the least quantity it may have (what notices hold or arrived) and whether it may go (nothing
 * noticed, delivered or invoiced on it).
 */
function useLineLimits(orderId: number) {
  const progress = useQuery(rpcQuery('orders.progress', { orderId }));
  return useMemo(() => {
    const limits = new Map<number, { min: string | null; inUse: boolean }>();
    for (const l of progress.data?.lines ?? []) {
      const min = Dec.max(new Dec(l.ordered).minus(l.available), new Dec(l.delivered));
      const used = l.noticed !== '0' || l.delivered !== '0' || l.values.invoiced !== 0;
      limits.set(l.orderLineId, { min: min.isZero() ? null : min.toFixed(), inUse: used });
    }
    for (const c of progress.data?.charges ?? [])
      limits.set(c.orderLineId, { min: null, inUse: c.values.delivered !== 0 || c.values.invoiced !== 0 });
    return limits;
  }, [progress.data]);
}

/** 变更: the order's lines and terms edited as a whole, with a reason; errors stand beside their fields. */
export function OrderChangeDialog({ order, onClose }: { order: OrderDetail; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const refresh = useOrderRefresh();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const limits = useLineLimits(order.id);
  const lines = Form.useWatch('lines', form);
  const pricing = livePricing({ priceIncludesTax: order.priceIncludesTax, lines });
  // Escape, the × and 取消 ask first while edits are unsaved.
  const unsaved = useUnsavedGuard();
  const close = unsaved.guard(onClose);

  const {
    id: _id,
    lockVersion: _lock,
    ...initial
  }: Values & { id: number; lockVersion: number } = unchangedOrder(order, '');

  const pick = (index: number, p?: ProductRow) => {
    if (!p) return;
    form.setFieldValue(['lines', index], {
      ...form.getFieldValue(['lines', index]),
      productId: p.id,
      name: p.name,
      brand: p.brand,
      spec: p.spec,
      unit: p.unit,
      taxRate: p.taxRate,
      unitPrice: restateUnitPrice(p.listPrice, p.taxRate, false, order.priceIncludesTax),
    });
  };

  async function submit() {
    try {
      await form.validateFields();
    } catch {
      // Each cell says what is wrong with it; the user is taken to the first.
      const first = form.getFieldsError().find((f) => f.errors.length);
      if (first) revealField(form, first.name);
      return;
    }
    const values = form.getFieldsValue(true) as Values;
    if (!validateWith(form, orderChangeInput, { ...values, id: order.id, lockVersion: order.lockVersion })) return;
    setBusy(true);
    try {
      const saved = await rpc('orders.change', { ...values, id: order.id, lockVersion: order.lockVersion });
      unsaved.markClean();
      message.success(t('orderLife.changeSaved', { no: saved.changeNo }));
      await refresh(order.id);
      onClose();
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }

  const cell = { style: { marginBottom: 0 } };
  /** A goods line added to the order, due with the order unless changed. */
  const newLine = () => ({
    orderLineId: null,
    kind: 'item',
    unit: t('wording.unitPiece'),
    taxRate: '0.13',
    quantity: '1',
    unitPrice: '0',
    dueDate: form.getFieldValue('dueDate') as string | null,
  });

  return (
    <Modal
      open
      width={1240}
      title={t('orderLife.changeTitle', { number: order.number, no: order.changeNo + 1 })}
      okText={t('common.save')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={close}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('orderLife.changeHint')} />
      <Form
        form={form}
        initialValues={initial}
        layout="vertical"
        onValuesChange={(changed) => {
          unsaved.onValuesChange();
          recheckShownErrors(form, orderChangeInput, changed, {
            ...form.getFieldsValue(true),
            id: order.id,
            lockVersion: order.lockVersion,
          });
        }}
      >
        <Form.List name="lines">
          {(rows, { add, remove }, { errors }) => (
            <>
              <table
                className="edit-grid"
                data-testid="order-change-lines"
                onKeyDown={(e) => onLineKeys(e, { addLine: () => add(newLine()), pickerColumn: 2 })}
              >
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{t('fields.kind')}</th>
                    <th>{t('quotes.product')}</th>
                    {[...Object.keys(TEXT_COLUMNS), ...Object.keys(FIGURE_COLUMNS)].map((f) => (
                      <th key={f}>{t(`fields.${f}`)}</th>
                    ))}
                    <th>{t('fields.taxRate')}</th>
                    <th>{t('orderLife.lineFields.dueDate')}</th>
                    <th className="num">{t('quotes.gross')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => {
                    const lineId = (lines?.[i]?.orderLineId ?? null) as number | null;
                    const limit = lineId === null ? undefined : limits.get(lineId);
                    return (
                      <tr key={row.key}>
                        <td>{i + 1}</td>
                        <td>
                          <Form.Item name={[row.name, 'orderLineId']} hidden>
                            <Input />
                          </Form.Item>
                          <Form.Item name={[row.name, 'kind']} {...cell}>
                            <Select
                              style={{ width: 72 }}
                              disabled={lineId !== null}
                              options={QUOTE_LINE_KINDS.map((k) => ({ value: k, label: t(`quotes.kinds.${k}`) }))}
                            />
                          </Form.Item>
                        </td>
                        <td>
                          <Form.Item name={[row.name, 'productId']} {...cell}>
                            <RemoteSelect<ProductRow>
                              style={{ width: 150 }}
                              ariaLabel={`${t('quotes.product')} ${i + 1}`}
                              search={searchProducts}
                              toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec ?? ''}` })}
                              currentLabel={lines?.[i]?.name}
                              disabled={lineId !== null}
                              onChange={(_id, p) => pick(i, p)}
                            />
                          </Form.Item>
                        </td>
                        {(Object.keys(TEXT_COLUMNS) as (keyof typeof TEXT_COLUMNS)[]).map((f) => (
                          <td key={f}>
                            <TextCell
                              name={[row.name, f]}
                              label={t(`fields.${f}`)}
                              ariaLabel={`${t(`fields.${f}`)} ${i + 1}`}
                              width={TEXT_COLUMNS[f]}
                              required={f === 'name' || f === 'unit'}
                            />
                          </td>
                        ))}
                        {(Object.keys(FIGURE_COLUMNS) as (keyof typeof FIGURE_COLUMNS)[]).map((f) => (
                          <td key={f}>
                            <FigureCell
                              name={[row.name, f]}
                              rule={FIGURE_COLUMNS[f].rule}
                              label={t(`fields.${f}`)}
                              ariaLabel={`${t(`fields.${f}`)} ${i + 1}`}
                              width={FIGURE_COLUMNS[f].width}
                              extra={
                                f === 'quantity' && limit?.min ? t('orderLife.atLeast', { min: limit.min }) : undefined
                              }
                            />
                          </td>
                        ))}
                        <td>
                          <Form.Item name={[row.name, 'taxRate']} {...cell}>
                            <Select
                              style={{ width: 72 }}
                              options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
                            />
                          </Form.Item>
                        </td>
                        <td>
                          <Form.Item name={[row.name, 'dueDate']} {...cell} {...dateProps}>
                            <DatePicker style={{ width: 130 }} />
                          </Form.Item>
                        </td>
                        <td className="num">
                          {pricing.lines[i] && !pricing.incomplete.includes(i + 1)
                            ? money(pricing.lines[i]!.gross)
                            : '—'}
                        </td>
                        <td>
                          <Tooltip title={limit?.inUse ? t('orderLife.inUse') : undefined}>
                            <Button
                              size="small"
                              icon={<DeleteOutlined />}
                              aria-label={`${t('common.remove')} ${i + 1}`}
                              disabled={limit?.inUse || rows.length === 1}
                              onClick={() => remove(row.name)}
                            />
                          </Tooltip>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={12} className="num">
                      <b data-testid="change-total">{`${money(pricing.totals.gross)}  ${totalInWords(pricing) ?? ''}`}</b>
                      <div>
                        <LinesTotalNote pricing={pricing} />
                      </div>
                    </td>
                    <td />
                  </tr>
                </tfoot>
              </table>
              <Form.ErrorList errors={errors} />
              <Button style={{ margin: '8px 0 12px' }} onClick={() => add(newLine())}>
                {t('orderLife.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="dueDate" label={t('orderLife.terms.dueDate')} {...dateProps}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {TERMS.map((f) => (
            <Col span={f === 'deliveryAddress' ? 18 : 6} key={f}>
              <Form.Item name={f} label={t(`orderLife.terms.${f}`)}>
                <Input />
              </Form.Item>
            </Col>
          ))}
          <Col span={24}>
            <Form.Item
              name="reason"
              label={t('orderLife.reason')}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input.TextArea rows={2} maxLength={500} aria-label={t('orderLife.reason')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
