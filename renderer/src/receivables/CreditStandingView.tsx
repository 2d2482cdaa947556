import Descriptions from 'antd/es/descriptions';
import { useTranslation } from 'react-i18next';
import type { CreditStanding } from '@shared/receivables/credit-contract';
import { money } from '../format';

/** A credit limit as people read it: 不限 when empty. */
export function CreditLimitText({ limit }: { limit: number | null }) {
  const { t } = useTranslation();
  return <>{limit === null ? t('receivables.noLimit') : money(limit)}</>;
}

/** A customer's credit standing: limit, exposure and its four parts, overdue, and what was being checked. */
export function CreditStandingView({ standing: s }: { standing: CreditStanding }) {
  const { t } = useTranslation();
  const item = (key: string, value: React.ReactNode) => (
    <Descriptions.Item key={key} label={t(`receivables.${key}`)}>
      {value}
    </Descriptions.Item>
  );
  return (
    <Descriptions size="small" bordered column={2} data-testid="credit-standing">
      {item('creditLimit', <CreditLimitText limit={s.creditLimit} />)}
      {item('exposure', money(s.exposure))}
      {item('openInvoices', money(s.openInvoices))}
      {item('unapplied', money(-s.unapplied))}
      {item('deliveredNotInvoiced', money(s.deliveredNotInvoiced))}
      {item('noticesNotDelivered', money(s.noticesNotDelivered))}
      {item('overdue', money(s.overdue))}
      {s.extra !== 0 && item('extra', money(s.extra))}
      {s.creditLimit !== null && item('available', money(s.creditLimit - s.exposure - s.extra))}
    </Descriptions>
  );
}
