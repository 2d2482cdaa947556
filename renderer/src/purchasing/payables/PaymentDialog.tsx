import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS, type OpenSupplierInvoice, type PaymentMethod } from '@shared/purchasing/payables/contract';
import { refreshShownErrors } from '../../forms/field-errors';
import { useUnsavedGuard } from '../../forms/useUnsavedGuard';
import { money, yuan } from '../../format';
import { parseYuan } from '../../receipts/yuan-input';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { SupplierPicker } from './supplier-picker';

interface Values {
  supplierId?: number;
  payDate?: dayjs.Dayjs;
  payMethod: PaymentMethod;
  amount?: string;
  billId?: number;
  reference?: string;
  notes?: string;
}

/** Amounts typed per invoice id, in yuan as typed. */
type Draft = Record<number, string>;

/** The draft as allocation items (blank rows dropped), or null when an amount is not a valid one. */
function draftItems(draft: Draft): { invoiceId: number; amount: number }[] | null {
  const items: { invoiceId: number; amount: number }[] = [];
  for (const [id, text] of Object.entries(draft)) {
    if (!text.trim()) continue;
    const amount = parseYuan(text);
    if (amount === null || amount <= 0) return null;
    items.push({ invoiceId: Number(id), amount });
  }
  return items;
}

/** Oldest due first, whole invoices while the money lasts (integer fen throughout). */
function fifoDraft(open: OpenSupplierInvoice[], amount: number): Draft {
  const draft: Draft = {};
  let rest = amount;
  for (const inv of open) {
    if (rest <= 0) break;
    const take = Math.min(rest, inv.open);
    draft[inv.id] = yuan(take);
    rest -= take;
  }
  return draft;
}

const shown = (i: { invoiceCode: string; invoiceNumber: string }) =>
  i.invoiceCode ? `${i.invoiceCode}-${i.invoiceNumber}` : i.invoiceNumber;

/** 登记付款: the money, how it went (one of our bills endorsed on), and which invoices it pays. */
export function PaymentDialog({
  supplierId,
  onClose,
  onSaved,
}: {
  supplierId?: number;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [auto, setAuto] = useState(true);
  const [draft, setDraft] = useState<Draft>({});
  const unsaved = useUnsavedGuard();
  const chosenSupplier = Form.useWatch('supplierId', form);
  const method = Form.useWatch('payMethod', form);
  const billId = Form.useWatch('billId', form);
  const amountText = Form.useWatch('amount', form);
  const isBill = method === 'acceptance_bill';
  const bills = useQuery({ ...rpcQuery('purchasing.payables.heldBills', {}), enabled: isBill });
  const bill = bills.data?.find((b) => b.id === billId);
  const amount = isBill ? (bill?.amount ?? null) : parseYuan(amountText);
  const open = useQuery({
    ...rpcQuery('purchasing.payables.openInvoices', { supplierId: chosenSupplier ?? 0 }),
    enabled: !!chosenSupplier,
  });
  const items = draftItems(draft);
  const allocated = items?.reduce((s, i) => s + i.amount, 0) ?? null;

  async function save() {
    const v = form.getFieldsValue(true) as Values;
    if (!isBill && (amount === null || amount <= 0))
      return form.setFields([{ name: 'amount', errors: [t('payables.badYuan')] }]);
    if (!auto && items === null) return void message.error(t('payables.badYuan'));
    setBusy(true);
    try {
      const saved = await rpc('purchasing.payables.payments.create', {
        supplierId: v.supplierId ?? 0,
        payDate: (v.payDate ?? dayjs()).format('YYYY-MM-DD'),
        amount: isBill ? null : amount,
        payMethod: v.payMethod,
        billId: isBill ? (v.billId ?? null) : null,
        reference: v.reference ?? null,
        notes: v.notes ?? null,
        allocations: auto ? null : items,
      });
      unsaved.markClean();
      message.success(t('payables.paymentSaved', { number: saved.number }));
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
      width={960}
      title={t('payables.newPayment')}
      okText={t('common.save')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={unsaved.guard(onClose)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ supplierId, payDate: dayjs(), payMethod: 'transfer' }}
        onValuesChange={(changed) => {
          unsaved.onValuesChange();
          refreshShownErrors(form, changed);
        }}
      >
        <div style={grid}>
          <Form.Item name="supplierId" label={t('payables.supplier')} style={{ gridColumn: 'span 2' }}>
            <SupplierPicker ariaLabel={t('payables.supplier')} onChange={() => setDraft({})} />
          </Form.Item>
          <Form.Item name="payDate" label={t('payables.payDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="payMethod" label={t('payables.payMethod')}>
            <Select options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payablesMsg.method.${m}`) }))} />
          </Form.Item>
          {isBill ? (
            <Form.Item name="billId" label={t('payables.bill')} style={{ gridColumn: 'span 3' }}>
              <Select
                loading={bills.isLoading}
                notFoundContent={t('payables.noHeldBills')}
                options={(bills.data ?? []).map((b) => ({
                  value: b.id,
                  label: t('payables.billOption', {
                    billNo: b.billNo,
                    acceptor: b.acceptor,
                    amount: money(b.amount),
                    maturity: b.maturityDate,
                  }),
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="amount" label={t('payables.amountYuan')}>
              <Input inputMode="decimal" />
            </Form.Item>
          )}
          {isBill ? (
            <Form.Item label={t('payables.amountYuan')}>
              <Typography.Text>{bill ? money(bill.amount) : '—'}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="reference" label={t('payables.reference')}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="notes" label={t('payables.notes')} style={{ gridColumn: isBill ? 'span 4' : 'span 2' }}>
            <Input />
          </Form.Item>
        </div>
      </Form>
      {chosenSupplier ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            <Checkbox checked={auto} onChange={(e) => setAuto(e.target.checked)}>
              {t('payables.autoAllocate')}
            </Checkbox>
            {!auto && (
              <>
                <Button
                  size="small"
                  disabled={!amount || !open.data}
                  onClick={() => setDraft(fifoDraft(open.data ?? [], amount ?? 0))}
                >
                  {t('payables.fillFifo')}
                </Button>
                <Button size="small" onClick={() => setDraft({})}>
                  {t('payables.clear')}
                </Button>
              </>
            )}
          </Space>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            loading={open.isLoading}
            locale={{ emptyText: t('payables.noOpenInvoices') }}
            dataSource={open.data}
            scroll={{ y: 240 }}
            columns={[
              { title: t('payables.invoiceNumber'), key: 'number', render: (_v, r) => shown(r) },
              { title: t('payables.invoiceDate'), dataIndex: 'invoiceDate', width: 100 },
              { title: t('payables.dueOn'), dataIndex: 'dueOn', width: 100 },
              { title: t('payables.gross'), dataIndex: 'gross', align: 'right', width: 120, render: money },
              { title: t('payables.open'), dataIndex: 'open', align: 'right', width: 120, render: money },
              ...(auto
                ? []
                : [
                    {
                      title: t('payables.thisTime'),
                      key: 'amount',
                      width: 150,
                      render: (_v: unknown, inv: OpenSupplierInvoice) => {
                        const text = draft[inv.id] ?? '';
                        const fen = text.trim() ? parseYuan(text) : 0;
                        return (
                          <Input
                            aria-label={`${t('payables.thisTime')} ${shown(inv)}`}
                            inputMode="decimal"
                            status={fen === null || (fen ?? 0) > inv.open ? 'error' : undefined}
                            value={text}
                            onChange={(e) => {
                              setDraft({ ...draft, [inv.id]: e.target.value });
                              unsaved.onValuesChange();
                            }}
                          />
                        );
                      },
                    },
                  ]),
            ]}
          />
          {!auto &&
            (items === null ? (
              <Alert type="error" showIcon message={t('payables.badYuan')} />
            ) : amount !== null && allocated !== null && allocated > amount ? (
              <Alert type="error" showIcon message={t('payables.overAmount')} />
            ) : (
              amount !== null && (
                <Typography.Text type="secondary">
                  {t('payables.willRemain', {
                    allocated: money(allocated ?? 0),
                    rest: money(amount - (allocated ?? 0)),
                  })}
                </Typography.Text>
              )
            ))}
        </Space>
      ) : null}
    </Modal>
  );
}
