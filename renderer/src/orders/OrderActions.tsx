import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail, OrderStatus } from '@shared/orders/contract';
import { useSession } from '../auth/session-context';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { OrderChangeDialog } from './OrderChangeDialog';
import { useOrderRefresh } from './useOrderRefresh';

type Ending = 'cancel' | 'close';

/** What each action allows: the core refuses the rest (a notice or note still out) with the blocker named. */
const CAN_CHANGE: readonly OrderStatus[] = ['confirmed', 'partial'];
const CAN_CANCEL: readonly OrderStatus[] = ['draft', 'confirmed'];
const CAN_CLOSE: readonly OrderStatus[] = ['partial', 'delivered'];

/** Asks why, then cancels or closes the order; field errors stay beside the reason. */
function EndOrderDialog({ order, ending, onClose }: { order: OrderDetail; ending: Ending; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const refresh = useOrderRefresh();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const closeLabel = order.status === 'delivered' ? 'orderLife.closeDone' : 'orderLife.close';

  async function submit() {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      const input = { id: order.id, lockVersion: order.lockVersion, reason };
      await (ending === 'cancel' ? rpc('orders.cancel', input) : rpc('orders.close', input));
      message.success(t(ending === 'cancel' ? 'orderLife.cancelled' : 'orderLife.closed', { number: order.number }));
      await refresh(order.id);
      onClose();
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t(ending === 'cancel' ? 'orderLife.cancelTitle' : 'orderLife.closeTitle', {
        number: order.number,
        action: t(closeLabel),
      })}
      okText={t(ending === 'cancel' ? 'orderLife.cancel' : closeLabel)}
      okButtonProps={{ danger: ending === 'cancel' }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={t(ending === 'cancel' ? 'orderLife.cancelHint' : 'orderLife.closeHint')}
      />
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('orderLife.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} aria-label={t('orderLife.reason')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The order drawer's 变更, 取消订单 and 短交结案 buttons, each shown only when the order's status allows it. */
export function OrderActions({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [ending, setEnding] = useState<Ending | null>(null);
  const [changing, setChanging] = useState(false);
  if (!can('orders.write')) return null;
  return (
    <>
      {CAN_CHANGE.includes(order.status) && <Button onClick={() => setChanging(true)}>{t('orderLife.change')}</Button>}
      {CAN_CLOSE.includes(order.status) && (
        <Button onClick={() => setEnding('close')}>
          {t(order.status === 'delivered' ? 'orderLife.closeDone' : 'orderLife.close')}
        </Button>
      )}
      {CAN_CANCEL.includes(order.status) && (
        <Button danger onClick={() => setEnding('cancel')}>
          {t('orderLife.cancel')}
        </Button>
      )}
      {ending && <EndOrderDialog order={order} ending={ending} onClose={() => setEnding(null)} />}
      {changing && <OrderChangeDialog order={order} onClose={() => setChanging(false)} />}
    </>
  );
}
