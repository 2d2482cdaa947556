import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { EllipsisOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Dropdown,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tabs,
  Timeline,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../electron/shared/customers/contract';
import { quoteInput, SEND_WAYS, type QuoteDetail } from '../../../electron/shared/quotes/contract';
import { priceQuote, type QuotePricing } from '../../../electron/shared/quotes/quote-pricing';
import { AuditTimeline } from '../audit/AuditTimeline';
import { usePdfPreview } from '../docs/usePdfPreview';
import { useSession } from '../auth/session-context';
import { downloadBase64 } from '../excel/file-transfer';
import { formatTime, money } from '../format';
import { RemoteSelect } from '../forms/RemoteSelect';
import { useAsk } from '../forms/useAsk';
import { handleSaveError, validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';
import { EmailQuoteDialog } from './EmailQuoteDialog';
import { FollowUps } from './FollowUps';
import { MakeOrderDialog } from '../orders/MakeOrderDialog';
import { CostSheetEditor, QuoteLinesEditor } from './QuoteLinesEditor';
import { QuoteFormatSelect } from './QuoteFormatSelect';
import { QuoteStatusTag } from './QuotesPage';

type Values = Record<string, unknown> & { lines?: Record<string, unknown>[]; costLines?: Record<string, unknown>[] };

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: 20, filters: { active: true } })).rows;
const today = () => dayjs().format('YYYY-MM-DD');

const NEW_QUOTE: Values = {
  quoteDate: today(),
  validDays: 15,
  priceIncludesTax: true,
  taxStatement: '含13%增值税专用发票',
  lines: [{ kind: 'item', unit: '个', taxRate: '0.13', quantity: '1', unitPrice: '0' }],
  costLines: [],
};

/** Form values to the channel's input: numbers where the form holds text. */
function toInput(v: Values) {
  return {
    ...v,
    costLines: (v.costLines ?? []).map((c) => ({
      ...c,
      lineNo: c.lineNo === '' || c.lineNo === undefined || c.lineNo === null ? null : Number(c.lineNo),
    })),
  };
}

function livePricing(v: Values): QuotePricing | null {
  try {
    return priceQuote({
      priceIncludesTax: Boolean(v.priceIncludesTax),
      targetMargin: (v.targetMargin as string) || null,
      lines: (v.lines ?? []).map((l) => ({
        kind: (l.kind as never) ?? 'item',
        quantity: String(l.quantity ?? '0'),
        unitPrice: String(l.unitPrice ?? '0'),
        taxRate: String(l.taxRate ?? '0'),
      })),
      costLines: (v.costLines ?? []).map((c) => ({
        lineNo: c.lineNo ? Number(c.lineNo) : null,
        quantity: String(c.quantity ?? '0'),
        unitCost: String(c.unitCost ?? '0'),
      })),
    });
  } catch {
    return null; // half-typed numbers: the summary waits for them
  }
}

export function QuoteEditor({
  id,
  preset,
  onClose,
  onOpen,
}: {
  id: number | 'new';
  preset?: { customerId: number; inquiryId: number | null };
  onClose(): void;
  onOpen(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const ask = useAsk();
  const [sendVia, setSendVia] = useState<(typeof SEND_WAYS)[number]>('email');
  const pdfPreview = usePdfPreview();
  const [emailing, setEmailing] = useState(false);
  const [ordering, setOrdering] = useState(false);
  const [formatId, setFormatId] = useState<number | null>(null);
  const isNew = id === 'new';
  const detail = useQuery({
    queryKey: ['quotes.get', id],
    queryFn: () => rpc('quotes.get', { id: id as number }),
    enabled: !isNew,
  });
  const quote = detail.data;
  const presetCustomer = useQuery({
    queryKey: ['customers.get', preset?.customerId],
    queryFn: () => rpc('customers.get', { id: preset!.customerId }),
    enabled: isNew && Boolean(preset),
  });
  useEffect(() => {
    const c = presetCustomer.data;
    if (c)
      form.setFieldsValue({
        customerId: c.id,
        inquiryId: preset?.inquiryId ?? null,
        contactName: c.primaryContact,
        contactPhone: c.primaryPhone,
        paymentTerms: c.paymentTerms,
      });
  }, [presetCustomer.data, preset, form]);
  const readOnly = !can('quotes.write') || (quote ? !quote.editable : false);
  const values = Form.useWatch([], form) as Values | undefined;
  const pricing = useMemo(() => livePricing(values ?? (quote as unknown as Values) ?? NEW_QUOTE), [values, quote]);

  useEffect(() => {
    if (quote) form.setFieldsValue(quote as unknown as Values);
  }, [quote, form]);

  const refresh = async (saved: QuoteDetail) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['quotes.list'] }),
      queryClient.invalidateQueries({ queryKey: ['quotes.get', saved.id] }),
      queryClient.invalidateQueries({ queryKey: ['quotes.versions', saved.number] }),
      queryClient.invalidateQueries({ queryKey: ['audit.forEntity', 'quote', saved.id] }),
      // A quote moves its inquiry along (quoting, quoted).
      ...(saved.inquiryId
        ? [
            queryClient.invalidateQueries({ queryKey: ['inquiries.list'] }),
            queryClient.invalidateQueries({ queryKey: ['inquiries.get', saved.inquiryId] }),
          ]
        : []),
    ]);
    if (saved.id !== id) onOpen(saved.id);
  };

  const save = useMutation({
    mutationFn: async () => {
      const data = validateWith(form, quoteInput, toInput(form.getFieldsValue(true) as Values));
      if (!data) return null;
      return isNew
        ? rpc('quotes.create', data)
        : rpc('quotes.update', { id: id as number, lockVersion: quote!.lockVersion, data });
    },
    onSuccess: async (saved) => {
      if (!saved) return;
      message.success(t('common.saved'));
      await refresh(saved);
    },
    onError: (err) => message.error(handleSaveError(form, err)),
  });

  /** Runs a workflow step, then shows the quote as it now is. */
  const act = async (label: string, run: () => Promise<QuoteDetail>) => {
    try {
      const after = await run();
      message.success(t('quotes.done', { action: label }));
      await refresh(after);
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  async function pdf(preview: boolean) {
    const file = await rpc('quotes.pdf', { id: id as number, formatId });
    if (!preview) return downloadBase64(file.filename, file.dataBase64, 'application/pdf');
    pdfPreview.show(file.dataBase64);
  }

  const qid = id as number;
  const actions = (
    <Space wrap>
      {(isNew || quote?.editable) && can('quotes.write') && (
        <>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('quotes.save')}
          </Button>
          {!isNew && (
            <Button
              type="primary"
              onClick={() =>
                act(t('quotes.submit'), async () => (await save.mutateAsync(), rpc('quotes.submit', { id: qid })))
              }
            >
              {t('quotes.submit')}
            </Button>
          )}
        </>
      )}
      {quote?.status === 'pending_approval' && can('quotes.approve') && (
        <>
          <Button
            type="primary"
            onClick={async () => {
              const c = await ask.open(t('quotes.comment'), false);
              if (c !== null) await act(t('quotes.approve'), () => rpc('quotes.approve', { id: qid, comment: c }));
            }}
          >
            {t('quotes.approve')}
          </Button>
          <Button
            danger
            onClick={async () => {
              const c = await ask.open(t('quotes.reject'), true);
              if (c) await act(t('quotes.reject'), () => rpc('quotes.reject', { id: qid, comment: c }));
            }}
          >
            {t('quotes.reject')}
          </Button>
        </>
      )}
      {(quote?.status === 'approved' || quote?.status === 'sent') && can('quotes.write') && (
        <Button onClick={() => setEmailing(true)}>{t('quotes.email')}</Button>
      )}
      {(quote?.status === 'approved' || quote?.status === 'sent') && can('quotes.write') && (
        <Space.Compact>
          <Select
            aria-label={t('quotes.sendVia')}
            style={{ width: 90 }}
            value={sendVia}
            onChange={setSendVia}
            options={SEND_WAYS.map((w) => ({ value: w, label: t(`quotes.sendWays.${w}`) }))}
          />
          <Button
            type="primary"
            onClick={() => act(t('quotes.send'), () => rpc('quotes.markSent', { id: qid, via: sendVia }))}
          >
            {t('quotes.send')}
          </Button>
        </Space.Compact>
      )}
      {quote &&
        ['approved', 'sent', 'expired', 'rejected', 'pending_approval'].includes(quote.status) &&
        can('quotes.write') && (
          <Button
            onClick={async () => {
              const r = await ask.open(t('quotes.reason'), true);
              if (r) await act(t('quotes.revise'), () => rpc('quotes.revise', { id: qid, reason: r }));
            }}
          >
            {t('quotes.revise')}
          </Button>
        )}
      {quote && (quote.status === 'sent' || quote.status === 'expired') && can('quotes.write') && (
        <>
          <Button
            onClick={async () => {
              const r = await ask.open(t('quotes.won'), false);
              if (r !== null)
                await act(t('quotes.won'), () => rpc('quotes.outcome', { id: qid, outcome: 'won', reason: r }));
            }}
          >
            {t('quotes.won')}
          </Button>
          <Button
            onClick={async () => {
              const r = await ask.open(t('quotes.lost'), true);
              if (r) await act(t('quotes.lost'), () => rpc('quotes.outcome', { id: qid, outcome: 'lost', reason: r }));
            }}
          >
            {t('quotes.lost')}
          </Button>
        </>
      )}
      {quote?.status === 'won' && can('orders.write') && (
        <Button type="primary" onClick={() => setOrdering(true)}>
          {t('quotes.makeOrder')}
        </Button>
      )}
      {quote && (
        <Space.Compact>
          <QuoteFormatSelect style={{ width: 150 }} value={formatId} onChange={setFormatId} />
          <Button onClick={() => void pdf(true)}>{t('quotes.preview')}</Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'pdf', label: t('quotes.pdf'), onClick: () => void pdf(false) },
                {
                  key: 'xlsx',
                  label: t('quotes.xlsx'),
                  onClick: async () => {
                    const f = await rpc('quotes.xlsx', { id: qid });
                    downloadBase64(f.filename, f.dataBase64);
                  },
                },
                ...(can('quotes.write')
                  ? [
                      {
                        key: 'copy',
                        label: t('quotes.copy'),
                        onClick: () => void act(t('quotes.copy'), () => rpc('quotes.copy', { id: qid })),
                      },
                    ]
                  : []),
              ],
            }}
          >
            <Button aria-label={t('common.more')} icon={<EllipsisOutlined />} />
          </Dropdown>
        </Space.Compact>
      )}
    </Space>
  );

  const header = (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="customerId"
          label={t('fields.customerId')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <RemoteSelect<CustomerRow>
            ariaLabel={t('quotes.customer')}
            currentLabel={quote?.customerName ?? presetCustomer.data?.name}
            search={searchCustomers}
            toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
            onChange={(_id, c) =>
              c &&
              form.setFieldsValue({
                contactName: c.primaryContact,
                contactPhone: c.primaryPhone,
                paymentTerms: c.paymentTerms,
              })
            }
            disabled={readOnly}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="project" label={t('fields.project')}>
          <Input />
        </Form.Item>
      </Col>
      {(['contactName', 'contactPhone', 'contactEmail'] as const).map((f) => (
        <Col span={8} key={f}>
          <Form.Item name={f} label={t(`fields.${f}`)}>
            <Input />
          </Form.Item>
        </Col>
      ))}
      <Col span={6}>
        <Form.Item
          name="quoteDate"
          label={t('fields.quoteDate')}
          getValueProps={(v: string) => ({ value: v ? dayjs(v) : null })}
          normalize={(d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD')}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="validDays" label={t('fields.validDays')}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="priceIncludesTax" label={t('fields.priceIncludesTax')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="targetMargin" label={`${t('fields.targetMargin')} %`}>
          <Input />
        </Form.Item>
      </Col>
      {(['taxStatement', 'leadTime', 'paymentTerms', 'warranty'] as const).map((f) => (
        <Col span={12} key={f}>
          <Form.Item name={f} label={t(`fields.${f}`)}>
            <Input />
          </Form.Item>
        </Col>
      ))}
      <Col span={24}>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );

  const summary = pricing && (
    <div className="quote-summary" data-testid="quote-summary">
      <span>
        {t('quotes.net')} <b>{money(pricing.totals.net)}</b>
      </span>
      <span>
        {t('quotes.tax')} <b>{money(pricing.totals.tax)}</b>
      </span>
      <span>
        {t('quotes.gross')} <b data-testid="quote-gross">{money(pricing.totals.gross)}</b>
      </span>
      <span>{pricing.amountInWords}</span>
      <span>
        {t('quotes.cost')} <b>{money(pricing.cost)}</b>
      </span>
      <span>
        {t('quotes.margin')} <b>{pricing.marginPercent === null ? '—' : `${pricing.marginPercent}%`}</b>
      </span>
      <span>
        {t('quotes.discount')} <b>{pricing.discountPercent}%</b>
      </span>
    </div>
  );

  const title = isNew ? t('quotes.new') : quote ? `${t('quotes.edit')} ${quote.number} V${quote.version}` : '';
  return (
    <Drawer
      open
      width="92%"
      title={
        <Space>
          {title}
          {quote && (
            <span data-testid="quote-status">
              <QuoteStatusTag status={quote.status} />
            </span>
          )}
        </Space>
      }
      onClose={onClose}
      destroyOnHidden
      extra={actions}
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" disabled={readOnly} initialValues={NEW_QUOTE}>
          <Tabs
            items={[
              { key: 'header', label: t('quotes.header'), children: header, forceRender: true },
              {
                key: 'lines',
                label: t('quotes.lines'),
                children: (
                  <QuoteLinesEditor form={form} pricing={pricing} readOnly={readOnly} quoteNumber={quote?.number} />
                ),
                forceRender: true,
              },
              {
                key: 'costs',
                label: t('quotes.costs'),
                children: <CostSheetEditor pricing={pricing} readOnly={readOnly} />,
                forceRender: true,
              },
              ...(quote
                ? [
                    { key: 'followups', label: t('quotes.followUps'), children: <FollowUps quote={quote} /> },
                    { key: 'approvals', label: t('quotes.approvals'), children: <Approvals quote={quote} /> },
                    {
                      key: 'versions',
                      label: t('quotes.versions'),
                      children: <Versions quote={quote} onOpen={onOpen} />,
                    },
                    {
                      key: 'history',
                      label: t('common.history'),
                      children: <AuditTimeline entity="quote" entityId={quote.id} />,
                    },
                  ]
                : []),
            ]}
          />
          {summary}
        </Form>
      )}
      {ask.modal}
      {ordering && quote && <MakeOrderDialog quote={quote} onClose={() => setOrdering(false)} />}
      {emailing && quote && (
        <EmailQuoteDialog
          quote={quote}
          onClose={() => setEmailing(false)}
          onSent={(q) => (setEmailing(false), void refresh(q))}
        />
      )}
      {pdfPreview.modal}
    </Drawer>
  );
}

function Approvals({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  if (!quote.approvals.length) return <Empty />;
  return (
    <Timeline
      items={quote.approvals.map((a, i) => ({
        key: i,
        children: (
          <div>
            <b>{t(`quoteAction.${a.action}`)}</b> {a.userName} · {formatTime(a.at)}
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

function Versions({ quote, onOpen }: { quote: QuoteDetail; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const versions = useQuery({
    queryKey: ['quotes.versions', quote.number],
    queryFn: () => rpc('quotes.versions', { number: quote.number }),
  });
  const previous = versions.data?.filter((v) => v.version < quote.version).at(-1);
  const diff = useQuery({
    queryKey: ['quotes.compare', previous?.id, quote.id],
    queryFn: () => rpc('quotes.compare', { fromId: previous!.id, toId: quote.id }),
    enabled: Boolean(previous),
  });
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={versions.data}
        onRow={(r) => ({ onDoubleClick: () => onOpen(r.id) })}
        columns={[
          {
            title: t('quotes.version'),
            dataIndex: 'version',
            render: (v: number, r) => <a onClick={() => onOpen(r.id)}>V{v}</a>,
          },
          { title: t('quotes.status'), dataIndex: 'status', render: (s) => <QuoteStatusTag status={s} /> },
          { title: t('fields.quoteDate'), dataIndex: 'quoteDate' },
          { title: t('quotes.gross'), dataIndex: 'gross', align: 'right', render: (g: number) => money(g) },
          { title: t('quotes.reason'), dataIndex: 'revisionReason' },
        ]}
      />
      {diff.data && (
        <div style={{ marginTop: 12 }} data-testid="quote-diff">
          <h4>{t('quotes.compare')}</h4>
          {diff.data.added.map((l) => (
            <div key={`a${l.name}${l.spec}`}>
              + {t('quotes.added')}：{l.name} {l.spec} × {l.quantity} @ {l.unitPrice}
            </div>
          ))}
          {diff.data.removed.map((l) => (
            <div key={`r${l.name}${l.spec}`}>
              − {t('quotes.removed')}：{l.name} {l.spec}
            </div>
          ))}
          {diff.data.changed.map((l) => (
            <div key={`c${l.name}${l.spec}`}>
              ~ {t('quotes.changed')}：{l.name} {l.spec}：{l.quantity[0]} → {l.quantity[1]}，{l.unitPrice[0]} →{' '}
              {l.unitPrice[1]}
            </div>
          ))}
          <div>
            {t('quotes.gross')}：{money(diff.data.totals.from.gross)} → {money(diff.data.totals.to.gross)}
          </div>
        </div>
      )}
    </>
  );
}
