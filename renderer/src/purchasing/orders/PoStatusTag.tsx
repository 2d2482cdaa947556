import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { PoStatus } from '@shared/purchasing/orders/contract';

const COLORS: Record<PoStatus, string> = {
  draft: 'default',
  sent: 'blue',
  confirmed: 'geekblue',
  partial: 'orange',
  received: 'green',
  closed: 'default',
  cancelled: 'default',
};

export function PoStatusTag({ status, late = false }: { status: PoStatus; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COLORS[status]}>{t(`poMsg.status.${status}`)}</Tag>
      {late && <Tag color="red">{t('purchaseOrders.late')}</Tag>}
    </>
  );
}
