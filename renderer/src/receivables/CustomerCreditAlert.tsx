import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { rpcQuery } from '../rpc/query-keys';
import { CreditStandingView } from './CreditStandingView';

/** A warning over an open order when its customer is over the limit or overdue; nothing otherwise. */
export function CustomerCreditAlert({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const q = useQuery({
    ...rpcQuery('receivables.credit.standing', { customerId, orderId: null, noticeId: null }),
    enabled: can('finance.read'),
  });
  const s = q.data;
  if (!s || !s.reasons.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="credit-warning"
      message={s.reasons.map((r) => t(`receivables.reasons.${r}`)).join('；')}
      description={<CreditStandingView standing={s} />}
    />
  );
}
