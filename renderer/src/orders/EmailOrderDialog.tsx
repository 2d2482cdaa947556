import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@shared/orders/contract';
import { EmailDocumentDialog } from '../docs/EmailDocumentDialog';
import { rpc } from '../rpc/client';

/** E-mails the order's contract (or its change confirmation) to the customer through the company's mail server. */
export function EmailOrderDialog({
  order,
  onClose,
  onSent,
}: {
  order: OrderDetail;
  onClose(): void;
  onSent(): Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <EmailDocumentDialog
      title={`${t('orders.emailContract')} ${order.number}`}
      subjectHint={t('orders.subjectDefault')}
      onClose={onClose}
      send={async (mail) => {
        const sent = await rpc('orders.email', { id: order.id, ...mail });
        await onSent();
        return t('orders.contractEmailed', { to: mail.to.join(', '), register: sent.registerNumber });
      }}
    />
  );
}
