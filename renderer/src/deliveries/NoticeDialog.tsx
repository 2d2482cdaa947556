import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Checkbox from 'antd/es/checkbox';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '@shared/contracts';
import type { OrderDetail } from '@shared/orders/contract';
import { FigureInput } from '../forms/FigureInput';
import { showFieldErrors } from '../forms/field-errors';
import { revealField } from '../forms/reveal-field';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { RpcError, rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { noticeQuantityProblem, quantityTyped } from './quantity-checks';
import '../forms/line-cells.css';
import { qty as qtyText } from '../format';

type ProgressLine = Out<'orders.progress'>['lines'][number];
type LineValues = { orderLineId: number; picked: boolean; quantity: string };
type Values = {
  date?: dayjs.Dayjs;
  shipDate?: dayjs.Dayjs;
  deliveryAddress?: string;
  contactName?: string;
  contactPhone?: string;
  notes?: string;
  lines?: LineValues[];
};

/** Goods from stock are offered in full; services, non-stock items and lines typed without a product wait to be chosen. */
const offered = (l: ProgressLine): LineValues => {
  const open = l.stocked && l.available !== '0';
  return { orderLineId: l.orderLineId, picked: open, quantity: open ? l.available : '' };
};

/**
 * 发货通知单 from a sales order: every goods line with what is still available, partial quantities allowed. What is
 * typed stays as typed: more than is available, or a negative figure, is said under the box, never changed.
 */
export function NoticeDialog({
  order,
  onClose,
  onCreated,
}: {
  order: OrderDetail;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<Values>();
  const progress = useQuery(rpcQuery('orders.progress', { orderId: order.id }));
  const [busy, setBusy] = useState(false);
  const [nothing, setNothing] = useState(false);
  const unsaved = useUnsavedGuard();
  const lines = progress.data?.lines;
  // The lines' starting values, once, when the order's progress arrives: a refetch later keeps what was typed.
  const seeded = useRef(false);
  useEffect(() => {
    if (!lines || seeded.current) return;
    seeded.current = true;
    form.setFieldValue('lines', lines.map(offered));
  }, [lines, form]);

  async function create() {
    try {
      await form.validateFields();
    } catch {
      const first = form.getFieldsError().find((f) => f.errors.length);
      if (first) revealField(form, first.name);
      return;
    }
    const v = form.getFieldsValue(true) as Values;
    // Which dialog row each sent line is, so the core's errors land on the right row.
    const chosen = (v.lines ?? []).flatMap((l, row) => (l.picked && l.quantity.trim() ? [{ ...l, row }] : []));
    if (!chosen.length) return setNothing(true);
    setBusy(true);
    try {
      const notice = await rpc('deliveries.notices.create', {
        orderId: order.id,
        date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
        shipDate: v.shipDate?.format('YYYY-MM-DD') ?? null,
        deliveryAddress: v.deliveryAddress,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        notes: v.notes,
        lines: chosen.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
      });
      unsaved.markClean();
      message.success(t('deliveries.noticeCreated', { number: notice.number }));
      onCreated(notice.id);
    } catch (err) {
      if (err instanceof RpcError && err.fields.length) {
        showFieldErrors(
          form,
          err.fields.map((f) => ({
            ...f,
            path: f.path.replace(/^lines\.(\d+)\./, (_m, j: string) => `lines.${chosen[Number(j)]?.row ?? j}.`),
          })),
        );
      }
      rpcError.show(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={980}
      title={`${t('deliveries.newNotice')} · ${order.number} ${order.customerName}`}
      okText={t('deliveries.createNotice')}
      confirmLoading={busy}
      onOk={() => void create()}
      onCancel={unsaved.guard(onClose)}
    >
      <Form
        form={form}
        layout="inline"
        initialValues={{
          date: dayjs(),
          deliveryAddress: order.deliveryAddress,
          contactName: order.contactName,
          contactPhone: order.contactPhone,
        }}
        style={{ rowGap: 8, marginBottom: 12 }}
        onValuesChange={(changed: Values) => {
          unsaved.onValuesChange();
          setNothing(false);
          // Typing a quantity chooses the line; choosing an empty line offers what is available.
          changed.lines?.forEach((c, row) => {
            if (!c) return;
            const line = form.getFieldValue(['lines', row]) as LineValues;
            if ('quantity' in c && quantityTyped(c.quantity) && !line.picked)
              form.setFieldValue(['lines', row, 'picked'], true);
            if (c.picked === true && !line.quantity.trim())
              form.setFieldValue(['lines', row, 'quantity'], lines?.[row]?.available ?? '');
            if ('picked' in c) void form.validateFields([['lines', row, 'quantity']]).catch(() => undefined);
          });
        }}
      >
        <Form.Item name="date" label={t('fields.date')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="shipDate" label={t('fields.shipDate')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="contactName" label={t('fields.contactName')}>
          <Input style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('fields.contactPhone')}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="deliveryAddress" label={t('fields.deliveryAddress')} style={{ width: '100%' }}>
          <Input />
        </Form.Item>
        <div style={{ width: '100%' }}>
          {nothing && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              message={t('formsUi.notice.nothingPicked')}
              data-testid="notice-nothing"
            />
          )}
          <Table<ProgressLine>
            size="small"
            rowKey="orderLineId"
            pagination={false}
            loading={progress.isLoading}
            dataSource={lines}
            columns={[
              {
                title: t('formsUi.notice.pick'),
                key: 'pick',
                width: 56,
                render: (_v, l, row) => (
                  <Form.Item name={['lines', row, 'picked']} valuePropName="checked" noStyle>
                    <Checkbox aria-label={t('formsUi.notice.pickLine', { name: l.name })} />
                  </Form.Item>
                ),
              },
              {
                title: t('fields.name'),
                dataIndex: 'name',
                render: (name: string, l) => (
                  <>
                    {name}
                    {!l.stocked && (
                      <Tag style={{ marginLeft: 6 }} title={t('formsUi.notice.nonStockHint')}>
                        {t('formsUi.notice.nonStock')}
                      </Tag>
                    )}
                  </>
                ),
              },
              { title: t('fields.spec'), dataIndex: 'spec' },
              { title: t('fields.unit'), dataIndex: 'unit', width: 60 },
              { title: t('deliveries.ordered'), dataIndex: 'ordered', align: 'right', width: 80, render: qtyText },
              { title: t('deliveries.noticed'), dataIndex: 'noticed', align: 'right', width: 80, render: qtyText },
              { title: t('deliveries.available'), dataIndex: 'available', align: 'right', width: 80, render: qtyText },
              {
                title: t('deliveries.thisTime'),
                key: 'qty',
                width: 150,
                render: (_v, l, row) => (
                  <Form.Item
                    name={['lines', row, 'quantity']}
                    className="line-cell"
                    style={{ width: 130 }}
                    dependencies={[['lines', row, 'picked']]}
                    rules={[
                      {
                        validator: async (_r, value: string | undefined) => {
                          const picked = Boolean(form.getFieldValue(['lines', row, 'picked']));
                          const problem = noticeQuantityProblem(value ?? '', l.available, picked);
                          if (problem) throw new Error(t(problem.key, problem.vars ?? {}));
                        },
                      },
                    ]}
                  >
                    <FigureInput
                      rule={{ decimals: 4, digits: 9, zero: true }}
                      aria-label={`${t('deliveries.thisTime')} ${l.name}`}
                      style={{ width: 130 }}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
        </div>
      </Form>
    </Modal>
  );
}
