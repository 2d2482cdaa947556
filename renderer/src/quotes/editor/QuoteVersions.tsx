import { useQuery } from '@tanstack/react-query';
import Table from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '@shared/quotes/contract';
import { money, price, qty } from '../../format';
import { rpc } from '../../rpc/client';
import { QuoteStatusTag } from '../QuoteStatusTag';
import { rpcKey, rpcQuery } from '../../rpc/query-keys';

/** 版本: every revision of the number, and what changed from the previous one. */
export function QuoteVersions({ quote, onOpen }: { quote: QuoteDetail; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const versions = useQuery(rpcQuery('quotes.versions', { number: quote.number }));
  const previous = versions.data?.filter((v) => v.version < quote.version).at(-1);
  const diff = useQuery({
    queryKey: rpcKey('quotes.compare', { fromId: previous?.id, toId: quote.id }),
    queryFn: () => rpc('quotes.compare', { fromId: previous!.id, toId: quote.id }),
    enabled: Boolean(previous),
  });
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={versions.data}
        onRow={(r) => ({ onDoubleClick: () => onOpen(r.id) })}
        columns={[
          {
            title: t('quotes.version'),
            dataIndex: 'version',
            render: (v: number, r) => <a onClick={() => onOpen(r.id)}>V{v}</a>,
          },
          { title: t('quotes.status'), dataIndex: 'status', render: (s) => <QuoteStatusTag status={s} /> },
          { title: t('fields.quoteDate'), dataIndex: 'quoteDate' },
          { title: t('quotes.gross'), dataIndex: 'gross', align: 'right', render: (g: number) => money(g) },
          { title: t('quotes.reason'), dataIndex: 'revisionReason' },
        ]}
      />
      {diff.data && (
        <div style={{ marginTop: 12 }} data-testid="quote-diff">
          <h4>{t('quotes.compare')}</h4>
          {diff.data.added.map((l) => (
            <div key={`a${l.name}${l.spec}`}>
              + {t('quotes.added')}
              {t('wording.colon')}
              {l.name} {l.spec} × {qty(l.quantity)} @ {price(l.unitPrice)}
            </div>
          ))}
          {diff.data.removed.map((l) => (
            <div key={`r${l.name}${l.spec}`}>
              − {t('quotes.removed')}
              {t('wording.colon')}
              {l.name} {l.spec}
            </div>
          ))}
          {diff.data.changed.map((l) => (
            <div key={`c${l.name}${l.spec}`}>
              ~ {t('quotes.changed')}
              {t('wording.colon')}
              {l.name} {l.spec}
              {t('wording.colon')}
              {qty(l.quantity[0])} → {qty(l.quantity[1])}
              {t('wording.comma')}
              {price(l.unitPrice[0])} → {price(l.unitPrice[1])}
            </div>
          ))}
          <div>
            {t('quotes.gross')}
            {t('wording.colon')}
            {money(diff.data.totals.from.gross)} → {money(diff.data.totals.to.gross)}
          </div>
        </div>
      )}
    </>
  );
}
