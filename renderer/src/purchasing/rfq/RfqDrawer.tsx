import { FilePdfOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { In } from '@shared/contracts';
import { LOGGED_CHANNELS, type RfqDetail } from '@shared/purchasing/rfq/contract';
import { AuditTimeline } from '../../audit/AuditTimeline';
import { useSession } from '../../auth/session-context';
import { downloadBase64 } from '../../files/file-transfer';
import { useAsk } from '../../forms/useAsk';
import { money, price, qty, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { ParamsEditor } from '../catalogue/ParamsEditor';
import { ProductPicker, SupplierPicker } from '../catalogue/pickers';
import { PoStatusTag } from '../orders/PoStatusTag';
import { AnswerModal } from './AnswerModal';
import { CompareMatrix } from './CompareMatrix';
import { RfqStatusTag } from './RfqsPage';

type Supplier = RfqDetail['rfqSuppliers'][number];
type MadePo = RfqDetail['purchaseOrders'][number];

/** Where a purchase order opens: the PO page with its drawer open. */
const poPath = (id: number) => `/purchasing/orders?open=${id}`;

/** The purchase orders made from the RFQ, each a link that opens it. */
function MadePos({ orders, onOpen }: { orders: MadePo[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <Space wrap data-testid="rfq-pos">
      <span>{t('rfq.pos')}：</span>
      {orders.map((po) => (
        <Space key={po.id} size={4}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(po.id)}>
            {po.number}
          </Button>
          <span>
            {po.supplierName} · {money(po.gross)}
          </span>
          <PoStatusTag status={po.status} />
        </Space>
      ))}
    </Space>
  );
}
type ItemsValues = In<'purchasing.rfq.update'>['data'];

/**
 * An item's product from the catalogue of products: picking one fills its name, spec and unit, so that the choice
 * later records the supplier's price against it. Held by the row's `productId` field.
 */
function ItemProduct({
  row,
  readOnly,
  value,
  onChange,
  id,
}: {
  row: number;
  readOnly: boolean;
  value?: number | null;
  onChange?(v: number | null): void;
  id?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const name = Form.useWatch(['items', row, 'name'], form) as string | undefined;
  return (
    <span id={id}>
      <ProductPicker
        ariaLabel={`${t('rfq.product')} ${row + 1}`}
        value={value ?? null}
        currentLabel={name}
        disabled={readOnly}
        style={{ width: 200 }}
        onChange={(productId, product) => {
          onChange?.(productId);
          if (product)
            form.setFieldValue(['items', row], {
              ...(form.getFieldValue(['items', row]) as object),
              productId,
              name: product.name,
              spec: product.spec,
              unit: product.unit,
            });
        }}
      />
    </span>
  );
}

/** The items as a form: the product (if catalogued), name, spec, unit, quantity and the parameters asked. */
function ItemsForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="items">
      {(rows, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {rows.map((row, i) => (
            <Space key={row.key} align="start" wrap>
              <span style={{ width: 24, display: 'inline-block' }}>{i + 1}.</span>
              <Form.Item name={[row.name, 'productId']} style={{ margin: 0 }}>
                <ItemProduct row={row.name} readOnly={readOnly} />
              </Form.Item>
              <Form.Item name={[row.name, 'name']} style={{ margin: 0 }}>
                <Input
                  disabled={readOnly}
                  placeholder={t('fields.name')}
                  aria-label={t('fields.name')}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'spec']} style={{ margin: 0 }}>
                <Input
                  disabled={readOnly}
                  placeholder={t('fields.spec')}
                  aria-label={t('fields.spec')}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'unit']} style={{ margin: 0 }}>
                <Input
                  disabled={readOnly}
                  placeholder={t('fields.unit')}
                  aria-label={t('fields.unit')}
                  style={{ width: 60 }}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'quantity']} style={{ margin: 0 }}>
                <Input
                  disabled={readOnly}
                  placeholder={t('fields.quantity')}
                  aria-label={t('fields.quantity')}
                  style={{ width: 80 }}
                />
              </Form.Item>
              <ParamsEditor name={[row.name, 'params']} readOnly={readOnly} />
              {!readOnly && (
                <Button size="small" danger onClick={() => remove(row.name)}>
                  {t('rfq.remove')}
                </Button>
              )}
            </Space>
          ))}
          {!readOnly && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', unit: '台', quantity: '1', params: [], productId: null })}
            >
              {t('rfq.addItem')}
            </Button>
          )}
        </Space>
      )}
    </Form.List>
  );
}

/** A new RFQ typed in: title, dates, items; suppliers are added once it is saved. */
function NewRfq({ onCreated }: { onCreated(id: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<In<'purchasing.rfq.create'>>();
  async function create() {
    const values = form.getFieldsValue(true) as In<'purchasing.rfq.create'>;
    const done = await rpcError.attempt(() => rpc('purchasing.rfq.create', { ...values, origin: 'free' }), form);
    if (!done) return;
    message.success(t('rfq.created', { number: done.number }));
    onCreated(done.id);
  }
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        date: dayjs().format('YYYY-MM-DD'),
        items: [{ name: '', unit: '台', quantity: '1', params: [] }],
      }}
    >
      <Space wrap>
        <Form.Item name="title" label={t('rfq.title')}>
          <Input style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="date" label={t('rfq.date')}>
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="replyBy" label={t('rfq.replyBy')}>
          <Input style={{ width: 120 }} placeholder="2026-06-30" />
        </Form.Item>
      </Space>
      <Form.Item label={t('rfq.items')}>
        <ItemsForm readOnly={false} />
      </Form.Item>
      <Button type="primary" onClick={() => void create()}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** 询价单: its items, the suppliers asked and how, their answers round by round, the comparison and the choice. */
export function RfqDrawer({ id, onClose, onOpen }: { id: number | 'new'; onClose(): void; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { can } = useSession();
  const ask = useAsk();
  const [itemsForm] = Form.useForm<ItemsValues>();
  const [adding, setAdding] = useState<number | null>(null);
  const [answering, setAnswering] = useState<Supplier | null>(null);
  const [asking, setAsking] = useState<{ supplier: Supplier; how: 'email' | 'log' } | null>(null);
  const [askForm] = Form.useForm<{
    to: string;
    channel: (typeof LOGGED_CHANNELS)[number];
    sentOn: string;
    sentTo: string;
  }>();
  const detail = useQuery({ ...rpcQuery('purchasing.rfq.get', { id: id as number }), enabled: id !== 'new' });
  const r = detail.data;
  const writable = can('purchasing.write') && r !== undefined && r.status !== 'cancelled';
  // Ordered once: a cancelled PO frees its choices for a new go.
  const canOrder =
    writable &&
    r.choices.length > 0 &&
    (r.status === 'sent' || r.status === 'decided') &&
    !r.purchaseOrders.some((po) => po.status !== 'cancelled');

  useEffect(() => {
    if (r)
      itemsForm.setFieldsValue({
        title: r.title,
        date: r.date,
        replyBy: r.replyBy,
        notes: r.notes,
        items: r.rfqItems.map((i) => ({
          productId: i.productId,
          name: i.name,
          spec: i.spec,
          unit: i.unit,
          quantity: i.quantity,
          params: i.params,
          notes: i.notes,
          quoteCostLineId: i.quoteCostLineId,
          orderLineId: i.orderLineId,
        })),
      });
  }, [r, itemsForm]);

  async function refresh() {
    await Promise.all([
      invalidateRpc(client, 'purchasing.rfq.get', { id: id as number }),
      invalidateRpc(client, 'purchasing.rfq.compare', { id: id as number }),
      invalidateRpc(client, 'purchasing.rfq.list'),
    ]);
  }
  async function run(action: () => Promise<unknown>) {
    if ((await rpcError.attempt(action)) !== undefined) await refresh();
  }

  if (id === 'new')
    return (
      <Drawer open width={1000} title={t('rfq.new')} onClose={onClose}>
        <NewRfq onCreated={onOpen} />
      </Drawer>
    );

  async function saveItems() {
    const data = itemsForm.getFieldsValue(true) as ItemsValues;
    const done = await rpcError.attempt(
      () => rpc('purchasing.rfq.update', { id: id as number, lockVersion: r!.lockVersion, data }),
      itemsForm,
    );
    if (done) {
      message.success(t('rfq.saved'));
      await refresh();
    }
  }

  /** One draft PO per chosen supplier; asks first when some items are still unchosen, then names what it made. */
  async function makePos(rfq: RfqDetail) {
    const open = rfq.rfqItems.filter((i) => !rfq.choices.some((c) => c.itemId === i.id));
    if (
      open.length &&
      !(await modal.confirm({
        title: t('rfq.makePos'),
        content: t('rfq.makePosPartly', { n: open.length, items: open.map((i) => i.name).join('、') }),
      }))
    )
      return;
    const done = await rpcError.attempt(() => rpc('purchasing.orders.fromRfq', { rfqId: rfq.id }));
    if (!done) return;
    await refresh();
    const shown = modal.success({
      title: t('rfq.posMade', { n: done.orders.length }),
      width: 560,
      content: (
        <MadePos
          orders={done.orders}
          onOpen={(poId) => {
            shown.destroy();
            navigate(poPath(poId));
          }}
        />
      ),
    });
  }

  async function cancelRfq() {
    const reason = await ask.open(t('rfq.cancelReason'), true);
    if (reason) await run(() => rpc('purchasing.rfq.cancel', { id: id as number, reason }));
  }

  async function declineSupplier(s: Supplier) {
    const reason = await ask.open(t('rfq.declineReason'), true);
    if (reason) await run(() => rpc('purchasing.rfq.decline', { id: id as number, supplierId: s.supplierId, reason }));
  }

  async function openFile(attachmentId: number) {
    const file = await rpcError.attempt(() => rpc('attachments.get', { id: attachmentId }));
    if (file) downloadBase64(file.filename, file.dataBase64, file.mime);
  }

  async function pdf(supplierId: number | null) {
    const file = await rpcError.attempt(() => rpc('purchasing.rfq.pdf', { id: id as number, supplierId }));
    if (file) downloadBase64(file.filename, file.dataBase64, 'application/pdf');
  }

  async function submitAsk() {
    if (!asking) return;
    const v = askForm.getFieldsValue(true) as { to: string; channel: 'phone'; sentOn: string; sentTo: string };
    const supplierId = asking.supplier.supplierId;
    const done = await rpcError.attempt<unknown>(
      () =>
        asking.how === 'email'
          ? rpc('purchasing.rfq.email', {
              id: id as number,
              supplierId,
              to: (v.to ?? '').split(/[,，;；\s]+/).filter(Boolean),
            })
          : rpc('purchasing.rfq.logAsked', {
              id: id as number,
              supplierId,
              channel: v.channel,
              sentOn: v.sentOn,
              sentTo: v.sentTo,
            }),
      askForm,
    );
    if (!done) return;
    if (done && typeof done === 'object' && 'registerNumber' in done)
      message.success(t('rfq.emailed', { number: String(done.registerNumber) }));
    setAsking(null);
    await refresh();
  }

  return (
    <Drawer
      open
      width={1200}
      title={r ? `${t('rfq.number')} ${r.number} · ${r.title}` : ''}
      onClose={onClose}
      extra={
        r && (
          <Space>
            <Button icon={<FilePdfOutlined />} onClick={() => void pdf(null)}>
              {t('rfq.pdf')}
            </Button>
            {canOrder && (
              <Button type="primary" onClick={() => void makePos(r)}>
                {t('rfq.makePos')}
              </Button>
            )}
            {writable && (r.status === 'draft' || r.status === 'sent') && (
              <Button danger onClick={() => void cancelRfq()}>
                {t('rfq.cancel')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {ask.modal}
      {r && (
        <>
          <Descriptions size="small" column={4}>
            <Descriptions.Item label={t('quotes.status')}>
              <RfqStatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('rfq.date')}>{r.date}</Descriptions.Item>
            <Descriptions.Item label={t('rfq.replyBy')}>{r.replyBy ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('rfq.origin')}>
              {t(`rfqMsg.origin.${r.origin}`)} {r.quoteNumber ?? r.orderNumber ?? ''}
            </Descriptions.Item>
          </Descriptions>
          {r.purchaseOrders.length > 0 && (
            <MadePos orders={r.purchaseOrders} onOpen={(poId) => navigate(poPath(poId))} />
          )}
          <Tabs
            defaultActiveKey={r.status === 'draft' ? 'items' : 'compare'}
            items={[
              {
                key: 'items',
                label: t('rfq.items'),
                forceRender: true,
                children: (
                  <Form form={itemsForm} layout="vertical">
                    <ItemsForm readOnly={!writable || r.status !== 'draft'} />
                    {writable && r.status === 'draft' && (
                      <Button type="primary" style={{ marginTop: 12 }} onClick={() => void saveItems()}>
                        {t('rfq.save')}
                      </Button>
                    )}
                  </Form>
                ),
              },
              {
                key: 'suppliers',
                label: t('rfq.suppliers'),
                children: (
                  <>
                    <Table<Supplier>
                      size="small"
                      rowKey="id"
                      pagination={false}
                      dataSource={r.rfqSuppliers}
                      columns={[
                        { title: t('catalogue.supplier'), dataIndex: 'supplierName' },
                        {
                          title: t('rfq.channel'),
                          key: 'channel',
                          render: (_, s) => (s.channel ? t(`rfqMsg.channel.${s.channel}`) : t('rfq.notAsked')),
                        },
                        { title: t('rfq.sentOn'), dataIndex: 'sentOn' },
                        { title: t('rfq.sentTo'), dataIndex: 'sentTo' },
                        {
                          title: t('rfq.answers'),
                          key: 'rounds',
                          render: (_, s) =>
                            s.declined
                              ? `${t('rfq.declined')}：${s.declined}`
                              : s.answers.length
                                ? t('rfq.round', { n: s.answers.length })
                                : '',
                        },
                        {
                          key: 'actions',
                          render: (_, s) =>
                            writable && (
                              <Space wrap>
                                <Button size="small" onClick={() => void pdf(s.supplierId)}>
                                  {t('rfq.pdf')}
                                </Button>
                                {(r.status === 'draft' || r.status === 'sent') && (
                                  <>
                                    <Button size="small" onClick={() => setAsking({ supplier: s, how: 'email' })}>
                                      {t('rfq.askEmail')}
                                    </Button>
                                    <Button size="small" onClick={() => setAsking({ supplier: s, how: 'log' })}>
                                      {t('rfq.askLog')}
                                    </Button>
                                  </>
                                )}
                                {s.channel && (
                                  <Button size="small" type="primary" onClick={() => setAnswering(s)}>
                                    {t('rfq.newAnswer')}
                                  </Button>
                                )}
                                <Button size="small" onClick={() => void declineSupplier(s)}>
                                  {t('rfq.decline')}
                                </Button>
                                {!s.channel && (
                                  <Button
                                    size="small"
                                    danger
                                    onClick={() =>
                                      void run(() =>
                                        rpc('purchasing.rfq.removeSupplier', { id: r.id, supplierId: s.supplierId }),
                                      )
                                    }
                                  >
                                    {t('rfq.remove')}
                                  </Button>
                                )}
                              </Space>
                            ),
                        },
                      ]}
                    />
                    {writable && (r.status === 'draft' || r.status === 'sent') && (
                      <Space style={{ marginTop: 12 }}>
                        <SupplierPicker
                          ariaLabel={t('rfq.addSupplier')}
                          value={adding}
                          onChange={(v) => setAdding(v)}
                          style={{ width: 300 }}
                        />
                        <Button
                          disabled={!adding}
                          onClick={() =>
                            void run(() => rpc('purchasing.rfq.addSupplier', { id: r.id, supplierId: adding! })).then(
                              () => setAdding(null),
                            )
                          }
                        >
                          {t('rfq.addSupplier')}
                        </Button>
                      </Space>
                    )}
                  </>
                ),
              },
              {
                key: 'answers',
                label: t('rfq.answers'),
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    {r.rfqSuppliers.flatMap((s) =>
                      s.answers.map((a) => (
                        <Table
                          key={a.id}
                          size="small"
                          rowKey="id"
                          pagination={false}
                          title={() =>
                            `${s.supplierName} · ${t('rfq.round', { n: a.round })} · ${a.answerDate} · ${
                              a.priceIncludesTax ? t('catalogue.includesTax') : t('catalogue.excludesTax')
                            }${a.paymentTerms ? ` · ${a.paymentTerms}` : ''}${a.validUntil ? ` · ${t('rfq.validUntil')} ${a.validUntil}` : ''}`
                          }
                          dataSource={a.lines}
                          footer={
                            a.files.length || a.notes
                              ? () => (
                                  <Space wrap>
                                    {a.notes && <span>{a.notes}</span>}
                                    {a.files.map((f) => (
                                      <Button
                                        key={f.attachmentId}
                                        type="link"
                                        size="small"
                                        icon={<PaperClipOutlined />}
                                        onClick={() => void openFile(f.attachmentId)}
                                      >
                                        {f.filename}
                                      </Button>
                                    ))}
                                  </Space>
                                )
                              : undefined
                          }
                          columns={[
                            {
                              title: t('rfq.items'),
                              key: 'item',
                              render: (_, l) => r.rfqItems.find((i) => i.id === l.itemId)?.name ?? '',
                            },
                            {
                              title: t('rfq.unitPrice'),
                              key: 'p',
                              align: 'right',
                              render: (_, l) => price(l.unitPrice),
                            },
                            { title: t('fields.taxRate'), key: 'r', render: (_, l) => taxRateLabel(l.taxRate) },
                            {
                              title: t('rfq.lead'),
                              key: 'lead',
                              render: (_, l) => (l.leadDays === null ? '' : t('rfq.days', { n: l.leadDays })),
                            },
                            { title: t('rfq.minQty'), key: 'min', render: (_, l) => qty(l.minQuantity) },
                            { title: t('rfq.model'), dataIndex: 'model' },
                            {
                              title: t('catalogue.params'),
                              key: 'params',
                              render: (_, l) => l.params.map((p) => `${p.name} ${p.value}`).join('；'),
                            },
                          ]}
                        />
                      )),
                    )}
                  </Space>
                ),
              },
              {
                key: 'compare',
                label: t('rfq.compare'),
                children: (
                  <CompareMatrix id={r.id} canChoose={writable && (r.status === 'sent' || r.status === 'decided')} />
                ),
              },
              { key: 'history', label: t('rfq.history'), children: <AuditTimeline entity="rfq" entityId={r.id} /> },
            ]}
          />
          {answering && (
            <AnswerModal
              rfq={r}
              supplier={answering}
              today={dayjs().format('YYYY-MM-DD')}
              onClose={() => setAnswering(null)}
              onSaved={() => {
                setAnswering(null);
                void refresh();
              }}
            />
          )}
          {asking && (
            <Modal
              open
              title={`${asking.how === 'email' ? t('rfq.askEmail') : t('rfq.askLog')} · ${asking.supplier.supplierName}`}
              onCancel={() => setAsking(null)}
              onOk={() => void submitAsk()}
            >
              <Form
                form={askForm}
                layout="vertical"
                initialValues={{ channel: 'phone', sentOn: dayjs().format('YYYY-MM-DD') }}
              >
                {asking.how === 'email' ? (
                  <Form.Item name="to" label={t('rfq.to')}>
                    <Input />
                  </Form.Item>
                ) : (
                  <>
                    <Form.Item name="channel" label={t('rfq.channel')}>
                      <Select options={LOGGED_CHANNELS.map((c) => ({ value: c, label: t(`rfqMsg.channel.${c}`) }))} />
                    </Form.Item>
                    <Form.Item name="sentOn" label={t('rfq.sentOn')}>
                      <Input />
                    </Form.Item>
                    <Form.Item name="sentTo" label={t('rfq.sentTo')}>
                      <Input />
                    </Form.Item>
                  </>
                )}
              </Form>
            </Modal>
          )}
        </>
      )}
    </Drawer>
  );
}
