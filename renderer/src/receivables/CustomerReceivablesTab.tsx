import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Descriptions from 'antd/es/descriptions';
import Spin from 'antd/es/spin';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { money } from '../format';
import { rpcQuery } from '../rpc/query-keys';
import { CreditLimitText, CreditStandingView } from './CreditStandingView';

/** The customer drawer's 应收 tab: what the customer owes, against its terms, and its credit exposure. */
export function CustomerReceivablesTab({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const q = useQuery(rpcQuery('receivables.customerSummary', { customerId }));
  if (q.isError) return <Alert type="error" showIcon message={(q.error as Error).message} />;
  const s = q.data;
  if (!s) return <Spin />;
  return (
    <div data-testid="customer-receivables">
      {s.standing.reasons.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={s.standing.reasons.map((r) => t(`receivables.reasons.${r}`)).join('；')}
        />
      )}
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('receivables.balance')}>{money(s.balance)}</Descriptions.Item>
        <Descriptions.Item label={t('receivables.openItems')}>
          {t('receivables.openItemsValue', { count: s.openItems.count, amount: money(s.openItems.amount) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('receivables.unapplied')}>{money(s.unapplied)}</Descriptions.Item>
        <Descriptions.Item label={t('receivables.overdue')}>{money(s.overdue)}</Descriptions.Item>
        <Descriptions.Item label={t('receivables.creditLimit')}>
          <CreditLimitText limit={s.creditLimit} />
        </Descriptions.Item>
        <Descriptions.Item label={t('receivables.paymentDays')}>
          {t('receivables.paymentDaysValue', { days: s.paymentDays })}
          {s.paymentTerms ? `（${s.paymentTerms}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('receivables.lastReceipt')}>
          {s.lastReceiptDate ?? t('receivables.none')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('receivables.exposureParts')}
      </Typography.Title>
      <CreditStandingView standing={s.standing} />
    </div>
  );
}
