import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Divider from 'antd/es/divider';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BILL_METHODS, RECEIPT_METHODS, type ReceiptMethod } from '@shared/receipts/contract';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { AllocationEditor, draftItems, type AllocationDraft } from './AllocationEditor';
import { CustomerPicker } from './customer-picker';
import { parseYuan } from './yuan-input';
import { useShortcut } from '../app/shortcuts';
import { refreshShownErrors } from '../forms/field-errors';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';

interface Values {
  date?: dayjs.Dayjs;
  customerId?: number;
  payerName?: string;
  amount?: string;
  fee?: string;
  method: ReceiptMethod;
  bankRef?: string;
  notes?: string;
  bill?: { billNo?: string; drawer?: string; acceptor?: string; issueDate?: dayjs.Dayjs; maturityDate?: dayjs.Dayjs };
}

const day = (d: dayjs.Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/** 登记回款: the money, how it came (a bill's details when a bill), and its allocation to open invoices. */
export function ReceiptForm({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<Values>();
  const [draft, setDraft] = useState<AllocationDraft>({});
  const [busy, setBusy] = useState(false);
  const method = Form.useWatch('method', form);
  const customerId = Form.useWatch('customerId', form);
  const amountText = Form.useWatch('amount', form);
  const amount = parseYuan(amountText);
  const isBill = method !== undefined && BILL_METHODS.includes(method);
  // Escape, the × and 取消 ask first while the receipt is not saved.
  const unsaved = useUnsavedGuard();

  useShortcut('save', !busy && (() => void save()));

  async function save() {
    const picked = await form.validateFields(['customerId']).then(
      () => true,
      () => false,
    );
    if (!picked) return;
    const v = form.getFieldsValue(true) as Values;
    const fee = v.fee?.trim() ? parseYuan(v.fee) : 0;
    const bad = [
      ...(amount === null || amount <= 0 ? [{ name: 'amount' as const, errors: [t('receipts.badYuan')] }] : []),
      ...(fee === null ? [{ name: 'fee' as const, errors: [t('receipts.badFee')] }] : []),
    ];
    if (bad.length) return form.setFields(bad);
    const allocations = draftItems(draft);
    if (allocations === null) return void message.error(t('receipts.badYuan'));
    setBusy(true);
    try {
      const r = await rpc('receipts.create', {
        date: day(v.date ?? dayjs()),
        customerId: v.customerId ?? 0,
        payerName: v.payerName,
        amount: amount!,
        fee: fee!,
        method: v.method,
        bankRef: v.bankRef,
        notes: v.notes,
        bill: isBill
          ? {
              billNo: v.bill?.billNo ?? '',
              drawer: v.bill?.drawer,
              acceptor: v.bill?.acceptor ?? '',
              issueDate: day(v.bill?.issueDate),
              maturityDate: day(v.bill?.maturityDate),
            }
          : null,
        allocations,
      });
      unsaved.markClean();
      message.success(t('receipts.created', { number: r.number }));
      onCreated(r.id);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={980}
      title={t('receipts.newReceipt')}
      okText={t('common.save')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={unsaved.guard(onClose)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs(), method: 'transfer' }}
        onValuesChange={(changed) => {
          unsaved.onValuesChange();
          refreshShownErrors(form, changed);
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', columnGap: 12 }}>
          <Form.Item name="date" label={t('fields.date')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="customerId"
            label={t('fields.customerId')}
            style={{ gridColumn: 'span 2' }}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <CustomerPicker ariaLabel={t('fields.customerId')} onChange={() => setDraft({})} />
          </Form.Item>
          <Form.Item name="method" label={t('fields.method')}>
            <Select options={RECEIPT_METHODS.map((m) => ({ value: m, label: t(`receiptMsg.method.${m}`) }))} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('receipts.amountYuan')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="fee" label={t('receipts.feeYuan')}>
            <Input inputMode="decimal" placeholder="0.00" />
          </Form.Item>
          <Form.Item name="payerName" label={t('fields.payerName')} tooltip={t('receipts.payerHint')}>
            <Input />
          </Form.Item>
          <Form.Item name="bankRef" label={t('fields.bankRef')}>
            <Input />
          </Form.Item>
        </div>
        {isBill && (
          <>
            <Divider titlePlacement="start" plain>
              {t('receipts.billSection')}
            </Divider>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', columnGap: 12 }}>
              <Form.Item name={['bill', 'billNo']} label={t('fields.billNo')} style={{ gridColumn: 'span 2' }}>
                <Input />
              </Form.Item>
              <Form.Item name={['bill', 'issueDate']} label={t('fields.issueDate')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={['bill', 'maturityDate']} label={t('fields.maturityDate')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={['bill', 'acceptor']} label={t('fields.acceptor')} style={{ gridColumn: 'span 2' }}>
                <Input />
              </Form.Item>
              <Form.Item name={['bill', 'drawer']} label={t('fields.drawer')} style={{ gridColumn: 'span 2' }}>
                <Input />
              </Form.Item>
            </div>
          </>
        )}
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={1} />
        </Form.Item>
      </Form>
      {customerId ? (
        <AllocationEditor
          customerId={customerId}
          available={amount}
          value={draft}
          onChange={(d) => {
            setDraft(d);
            unsaved.onValuesChange();
          }}
        />
      ) : null}
    </Modal>
  );
}
