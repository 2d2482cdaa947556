import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { QuoteDetail } from '@shared/quotes/contract';
import { rpc } from '../rpc/client';
import { CreditStandingView } from '../receivables/CreditStandingView';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc } from '../rpc/query-keys';

const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};

/** Turns a won quote into a sales order: the customer's PO number and the dates are all that is asked. */
export function MakeOrderDialog({ quote, onClose }: { quote: QuoteDetail; onClose(): void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const rpcError = useRpcError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  async function make() {
    setBusy(true);
    try {
      const v = form.getFieldsValue(true) as {
        customerPo?: string;
        orderDate: string;
        dueDate?: string | null;
        deliveryAddress?: string;
      };
      const order = await rpc('orders.createFromQuote', {
        quoteId: quote.id,
        customerPo: v.customerPo || null,
        orderDate: v.orderDate,
        dueDate: v.dueDate ?? null,
        deliveryAddress: v.deliveryAddress || null,
      });
      message.success(t('quotes.orderMade', { number: order.number }));
      // Check point (a): a warning only; the notice and the loading will check again.
      if (order.creditWarning)
        modal.warning({
          width: 640,
          title: t('receivables.orderWarning', {
            number: order.number,
            reasons: order.creditWarning.reasons.map((r) => t(`receivables.reasons.${r}`)).join('；'),
          }),
          content: (
            <>
              <p>{t('receivables.orderWarningHint')}</p>
              <CreditStandingView standing={order.creditWarning} />
            </>
          ),
        });
      await invalidateRpc(queryClient, 'orders.list');
      onClose();
      navigate(`/orders?open=${order.id}`);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal open title={t('quotes.makeOrder')} onCancel={onClose} onOk={() => void make()} confirmLoading={busy}>
      <Form form={form} layout="vertical" initialValues={{ orderDate: dayjs().format('YYYY-MM-DD') }}>
        <Form.Item name="customerPo" label={t('quotes.customerPo')}>
          <Input />
        </Form.Item>
        <Form.Item name="orderDate" label={t('quotes.orderDate')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('quotes.dueDate')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deliveryAddress" label={t('fields.address')}>
          <Input placeholder={quote.contactAddress ?? ''} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
