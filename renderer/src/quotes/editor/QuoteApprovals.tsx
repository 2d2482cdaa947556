import Empty from 'antd/es/empty';
import Timeline from 'antd/es/timeline';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '@shared/quotes/contract';
import { formatTime } from '../../format';

/** 审批: who submitted, approved or rejected, when, with the comment and the rules it crossed. */
export function QuoteApprovals({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  if (!quote.approvals.length) return <Empty />;
  return (
    <Timeline
      items={quote.approvals.map((a, i) => ({
        key: i,
        children: (
          <div>
            <b>{t(`quoteAction.${a.action}`)}</b> {a.userName} · {formatTime(a.at)}
            {a.comment && <div>{a.comment}</div>}
            {a.reasons.map((r) => (
              <div key={r}>· {r}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
