import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '@shared/quotes/contract';

const STATUS_COLORS: Record<QuoteStatus, string> = {
  draft: 'default',
  pending_approval: 'orange',
  approved: 'blue',
  rejected: 'red',
  sent: 'cyan',
  won: 'green',
  lost: 'default',
  expired: 'volcano',
  superseded: 'default',
};

export function QuoteStatusTag({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`quoteStatus.${status}`)}</Tag>;
}
