import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Switch from 'antd/es/switch';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '@shared/customers/contract';
import { directOrderInput, type DirectOrderDetail } from '@shared/orders/direct-contract';
import type { CreditStanding } from '@shared/receivables/credit-standing';
import { AttachmentList } from '../attachments/AttachmentList';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { money, formatTime } from '../format';
import { RemoteSelect } from '../forms/RemoteSelect';
import { useAsk } from '../forms/useAsk';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { recheckShownErrors, validateWith } from '../forms/zod-form';
import { livePricing, type LiveValues } from '../quotes/editor/live-pricing';
import { LinesTotalNote, totalInWords } from '../quotes/editor/LinesTotalNote';
import { CreditStandingView } from '../receivables/CreditStandingView';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcKey, rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';
import { DirectOrderLines } from './DirectOrderLines';
import { LastPricesDialog, lineFromLastPrice } from './LastPricesDialog';
import { useShortcut } from '../app/shortcuts';

type Values = Record<string, unknown> & { lines?: Record<string, unknown>[] };

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

const dateProps = {
  getValueProps: (v?: string | null) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};

function blankOrder(unit: string): Values {
  return {
    orderDate: dayjs().format('YYYY-MM-DD'),
    dueDate: null,
    priceIncludesTax: true,
    lines: [{ kind: 'item', unit, taxRate: '0.13', quantity: '1', unitPrice: '0' }],
  };
}

/** The order back as the form holds it. */
function toValues(o: DirectOrderDetail): Values {
  return {
    customerId: o.customerId,
    customerPo: o.customerPo,
    orderDate: o.orderDate,
    dueDate: o.dueDate,
    deliveryAddress: o.deliveryAddress,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    paymentTerms: o.paymentTerms,
    priceIncludesTax: o.priceIncludesTax,
    notes: o.notes,
    lines: o.lines.map(({ net: _n, tax: _t, gross: _g, ...l }) => ({
      ...l,
      // A line due with the order is shown empty: it follows the order's date.
      dueDate: l.dueDate === o.dueDate ? null : l.dueDate,
    })),
  };
}

/**
 * 新建订单: a repeat order by phone or fax entered as a sales order directly — the customer, lines from products or
 * the customer's last prices, the PO and the scan; confirmed through the approval rules as a quote is.
 */
export function DirectOrderEditor({
  id,
  onClose,
  onOpen,
}: {
  id: number | 'new';
  onClose(): void;
  onOpen(id: number): void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const rpcError = useRpcError();
  const ask = useAsk();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [blank] = useState(() => blankOrder(t('wording.unitPiece')));
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const isNew = id === 'new';
  const detail = useQuery({ ...rpcQuery('orders.direct.get', { id: id as number }), enabled: !isNew });
  const order = detail.data;
  useEffect(() => {
    if (order) form.setFieldsValue(toValues(order));
  }, [order, form]);

  const values = Form.useWatch([], form) as Values | undefined;
  const pricing = useMemo(() => livePricing((values ?? blank) as LiveValues), [values, blank]);
  const customerId = Form.useWatch('customerId', form) as number | undefined;
  const last = useQuery({
    queryKey: rpcKey('orders.lastPrices', { customerId }),
    queryFn: () => rpc('orders.lastPrices', { customerId: customerId! }),
    enabled: Boolean(customerId),
  });
  const lastPrices = useMemo(() => new Map((last.data ?? []).map((p) => [p.productId, p])), [last.data]);

  const readOnly = !can('orders.write') || (order ? !order.editable : false);
  // Escape, the × and leaving the page ask first while edits are unsaved.
  const unsaved = useUnsavedGuard(!readOnly);
  const pending = order?.status === 'draft' && order.approval === 'pending';

  const refresh = async (saved: DirectOrderDetail) => {
    await Promise.all([
      invalidateRpc(queryClient, 'orders.list'),
      invalidateRpc(queryClient, 'orders.direct.pending'),
      invalidateRpc(queryClient, 'orders.direct.get', { id: saved.id }),
      invalidateRpc(queryClient, 'orders.get', { id: saved.id }),
      invalidateRpc(queryClient, 'audit.forEntity', { entity: 'order', entityId: String(saved.id) }),
    ]);
    if (saved.id !== id) onOpen(saved.id);
  };

  /** Saves the draft; null when the form has errors (shown beside the fields). */
  const save = async (): Promise<DirectOrderDetail | null> => {
    const data = validateWith(form, directOrderInput, form.getFieldsValue(true));
    if (!data) return null;
    const saved = isNew
      ? await rpc('orders.direct.create', data)
      : await rpc('orders.direct.update', { id: id as number, lockVersion: order!.lockVersion, data });
    unsaved.markClean();
    await refresh(saved);
    return saved;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  };

  const warnCredit = (number: string, standing: CreditStanding | null) => {
    if (!standing) return;
    modal.warning({
      width: 640,
      title: t('receivables.orderWarning', {
        number,
        reasons: standing.reasons.map((r) => t(`receivables.reasons.${r}`)).join('；'),
      }),
      content: (
        <>
          <p>{t('receivables.orderWarningHint')}</p>
          <CreditStandingView standing={standing} />
        </>
      ),
    });
  };

  const onSave = () =>
    run(async () => {
      const saved = await save();
      if (saved) message.success(t('directOrders.saved', { number: saved.number }));
    });

  useShortcut('save', !readOnly && !busy && (() => void onSave()));

  const onConfirm = () =>
    run(async () => {
      const saved = await save();
      if (!saved) return;
      const after = await rpc('orders.direct.confirm', { id: saved.id });
      await refresh(after);
      if (after.status === 'confirmed') message.success(t('directOrders.confirmed', { number: after.number }));
      else message.warning(t('directOrders.sentForApproval', { number: after.number }));
      warnCredit(after.number, after.creditWarning);
    });

  const onApprove = async () => {
    const comment = await ask.open(t('directOrders.comment'), false);
    if (comment === null) return;
    await run(async () => {
      const after = await rpc('orders.direct.approve', { id: id as number, comment });
      await refresh(after);
      message.success(t('directOrders.approved', { number: after.number }));
      warnCredit(after.number, after.creditWarning);
    });
  };

  const onReject = async () => {
    const comment = await ask.open(t('directOrders.rejectReason'), true);
    if (!comment) return;
    await run(async () => {
      const after = await rpc('orders.direct.reject', { id: id as number, comment });
      await refresh(after);
      message.success(t('directOrders.rejected', { number: after.number }));
    });
  };

  /** Every line of a product with a last price takes it (restated to this order's tax terms). */
  const fillLastPrices = () => {
    const includesTax = Boolean(form.getFieldValue('priceIncludesTax'));
    let filled = 0;
    const lines = ((form.getFieldValue('lines') ?? []) as Record<string, unknown>[]).map((l) => {
      const p = typeof l.productId === 'number' ? lastPrices.get(l.productId) : undefined;
      if (!p) return l;
      filled += 1;
      return { ...l, unitPrice: lineFromLastPrice(p, includesTax).unitPrice };
    });
    form.setFieldValue('lines', lines);
    if (filled) message.success(t('directOrders.filled', { count: filled }));
    else message.info(t('directOrders.noneFilled'));
  };

  const addPicked = (picked: ReturnType<typeof lineFromLastPrice>[]) => {
    // An untouched blank first line gives way to the picked ones.
    const kept = ((form.getFieldValue('lines') ?? []) as { name?: string }[]).filter((l) => l.name);
    form.setFieldValue('lines', [...kept, ...picked]);
    setPicking(false);
  };

  const title = order ? `${t('directOrders.title')} ${order.number}` : t('directOrders.new');
  return (
    <Drawer
      open
      width="92%"
      destroyOnHidden
      onClose={unsaved.guard(onClose)}
      title={
        <Space>
          {title}
          {order && (
            <span data-testid="order-status">
              <Tag>{t(`orderMsg.status.${order.status}`)}</Tag>
              {order.approval && <Tag color="orange">{t(`directOrders.approvalStates.${order.approval}`)}</Tag>}
            </span>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {!readOnly && (
            <>
              <Button loading={busy} onClick={() => void onSave()}>
                {t('directOrders.save')}
              </Button>
              <Button type="primary" loading={busy} onClick={() => void onConfirm()}>
                {t('directOrders.confirm')}
              </Button>
            </>
          )}
          {pending && can('quotes.approve') && (
            <>
              <Button type="primary" loading={busy} onClick={() => void onApprove()}>
                {t('directOrders.approve')}
              </Button>
              <Button danger loading={busy} onClick={() => void onReject()}>
                {t('directOrders.reject')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={readOnly}
          initialValues={blank}
          onValuesChange={(changed) => {
            unsaved.onValuesChange();
            recheckShownErrors(form, directOrderInput, changed, form.getFieldsValue(true));
          }}
        >
          {order && <ApprovalState order={order} />}
          <Tabs
            items={[
              {
                key: 'header',
                label: t('directOrders.header'),
                forceRender: true,
                children: <OrderHeader form={form} customerLabel={order?.customerName} readOnly={readOnly} />,
              },
              {
                key: 'lines',
                label: t('directOrders.lines'),
                forceRender: true,
                children: (
                  <>
                    {!readOnly && (
                      <Space style={{ marginBottom: 8 }}>
                        <Button disabled={!customerId} onClick={() => setPicking(true)}>
                          {t('directOrders.fromLastPrices')}
                        </Button>
                        <Button disabled={!customerId} onClick={fillLastPrices}>
                          {t('directOrders.fillLastPrices')}
                        </Button>
                        {!customerId && (
                          <Typography.Text type="secondary">{t('directOrders.pickCustomerFirst')}</Typography.Text>
                        )}
                      </Space>
                    )}
                    <DirectOrderLines form={form} pricing={pricing} lastPrices={lastPrices} readOnly={readOnly} />
                  </>
                ),
              },
              {
                key: 'scan',
                label: t('directOrders.scan'),
                children: order ? (
                  <AttachmentList
                    files={order.attachments}
                    readOnly={!can('orders.write')}
                    label={t('directOrders.scanAdd')}
                    link={async (attachmentId) =>
                      refresh(
                        await rpc('orders.direct.attach', {
                          id: order.id,
                          attachmentId,
                          label: t('directOrders.scan'),
                        }),
                      )
                    }
                  />
                ) : (
                  <Alert type="info" showIcon message={t('directOrders.scanAfterSave')} />
                ),
              },
              ...(order
                ? [
                    {
                      key: 'approvals',
                      label: t('directOrders.approvals'),
                      children: <OrderApprovals order={order} />,
                    },
                    {
                      key: 'history',
                      label: t('common.history'),
                      children: <AuditTimeline entity="order" entityId={order.id} />,
                    },
                  ]
                : []),
            ]}
          />
          <div className="quote-summary" data-testid="order-summary">
            <span>
              {t('quotes.net')} <b>{money(pricing.totals.net)}</b>
            </span>
            <span>
              {t('quotes.tax')} <b>{money(pricing.totals.tax)}</b>
            </span>
            <span>
              {t('quotes.gross')} <b data-testid="order-gross">{money(pricing.totals.gross)}</b>
            </span>
            {totalInWords(pricing) && <span>{totalInWords(pricing)}</span>}
            <LinesTotalNote pricing={pricing} />
          </div>
        </Form>
      )}
      {picking && customerId && (
        <LastPricesDialog
          customerId={customerId}
          priceIncludesTax={Boolean(form.getFieldValue('priceIncludesTax'))}
          onAdd={addPicked}
          onClose={() => setPicking(false)}
        />
      )}
      {ask.modal}
    </Drawer>
  );
}

/** 抬头: the customer (contact, terms and default address filled in when picked), PO, dates, tax terms. */
function OrderHeader({
  form,
  customerLabel,
  readOnly,
}: {
  form: ReturnType<typeof Form.useForm<Values>>[0];
  customerLabel: string | undefined;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const picked = (c?: CustomerRow) => {
    if (!c) return;
    form.setFieldsValue({ contactName: c.primaryContact, contactPhone: c.primaryPhone, paymentTerms: c.paymentTerms });
    void rpcError.attempt(async () => {
      const detail = await rpc('customers.get', { id: c.id });
      const address = detail.addresses.find((a) => a.isDefault) ?? detail.addresses[0];
      if (address) form.setFieldValue('deliveryAddress', address.address);
    });
  };
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="customerId"
          label={t('fields.customerId')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <RemoteSelect<CustomerRow>
            ariaLabel={t('directOrders.customer')}
            currentLabel={customerLabel}
            search={searchCustomers}
            toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
            onChange={(_id, c) => picked(c)}
            disabled={readOnly}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="customerPo" label={t('quotes.customerPo')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="priceIncludesTax" label={t('fields.priceIncludesTax')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="orderDate" label={t('quotes.orderDate')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="dueDate" label={t('quotes.dueDate')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="contactName" label={t('fields.contactName')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="contactPhone" label={t('fields.contactPhone')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="deliveryAddress" label={t('fields.deliveryAddress')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="paymentTerms" label={t('fields.paymentTerms')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** What the approval rules say of the saved order now, or where its approval stands. */
function ApprovalState({ order }: { order: DirectOrderDetail }) {
  const { t } = useTranslation();
  const c = order.check;
  const figures = `${t('directOrders.cost')} ${money(c.cost)} · ${t('directOrders.margin')} ${
    c.marginPercent === null ? '—' : `${c.marginPercent}%`
  } · ${t('directOrders.discount')} ${c.discountPercent}% · ${t('directOrders.costBasis')}`;
  if (order.status !== 'draft') return null;
  const rejected = order.approval === 'rejected' ? order.approvals.filter((a) => a.action === 'reject').at(-1) : null;
  return (
    <Alert
      style={{ marginBottom: 12 }}
      showIcon
      data-testid="order-check"
      type={order.approval === 'pending' || c.reasons.length ? 'warning' : 'success'}
      message={
        order.approval === 'pending'
          ? t('directOrders.approvalStates.pending')
          : c.reasons.length
            ? `${t('directOrders.willNeedApproval')}${c.reasons.join('；')}`
            : t('directOrders.withinRules')
      }
      description={
        <>
          {rejected && (
            <div>
              {t('directOrders.approvalStates.rejected')}
              {t('wording.colon')}
              {rejected.comment}（{rejected.userName}）
            </div>
          )}
          <div>{figures}</div>
        </>
      }
    />
  );
}

function OrderApprovals({ order }: { order: DirectOrderDetail }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={order.approvals.map((a, i) => ({
        key: i,
        children: (
          <div>
            <b>{t(`directOrders.actions.${a.action}`)}</b> {a.userName} · {formatTime(a.at)}
            {a.comment && <div>{a.comment}</div>}
            {a.reasons.map((r) => (
              <div key={r}>· {r}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
