import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { DeliveryState } from '@shared/invoices/sending-contract';

const COLORS: Record<DeliveryState, string> = { unsent: 'default', sent: 'orange', acknowledged: 'green' };

/** An invoice's delivery: not sent, awaiting 回执, or acknowledged (with date and signer when known). */
export function DeliveryStateTag({
  state,
  ackOn,
  signer,
}: {
  state: DeliveryState;
  ackOn?: string | null;
  signer?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]}>
      {state === 'acknowledged' && ackOn
        ? `${t('invoiceSending.states.acknowledged')} ${t('invoiceSending.ackBy', { date: ackOn, signer: signer ?? '' })}`
        : t(`invoiceSending.states.${state}`)}
    </Tag>
  );
}
