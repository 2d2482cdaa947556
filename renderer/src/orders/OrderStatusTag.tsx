import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@shared/orders/contract';

const STATUS_COLORS: Record<OrderStatus, string> = {
  draft: 'default',
  confirmed: 'blue',
  partial: 'orange',
  delivered: 'cyan',
  closed: 'green',
  cancelled: 'red',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`orderMsg.status.${status}`)}</Tag>;
}
