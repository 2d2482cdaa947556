import { EllipsisOutlined } from '@ant-design/icons';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Dropdown from 'antd/es/dropdown';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEND_WAYS, type QuoteDetail } from '@shared/quotes/contract';
import { useSession } from '../../auth/session-context';
import { PrintButtons } from '../../printing/PrintButtons';
import { downloadBase64 } from '../../files/file-transfer';
import { useAsk } from '../../forms/useAsk';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';
import { QuoteFormatSelect } from '../QuoteFormatSelect';

/** The buttons a quote offers in its state: save, submit, approve, send, revise, outcome, order, PDF. */
export function QuoteActions({
  id,
  quote,
  save,
  act,
  onEmail,
  onOrder,
}: {
  id: number | 'new';
  quote: QuoteDetail | undefined;
  /** Saves the form; null when it has errors (shown beside the fields). */
  save: { isPending: boolean; mutate(): void; mutateAsync(): Promise<QuoteDetail | null> };
  /** Runs a workflow step, then shows the quote as it now is; a step answering null did not run. */
  act(label: string, run: () => Promise<QuoteDetail | null>): Promise<void>;
  onEmail(): void;
  onOrder(): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const ask = useAsk();
  const rpcError = useRpcError();
  const [sendVia, setSendVia] = useState<(typeof SEND_WAYS)[number]>('email');
  const [formatId, setFormatId] = useState<number | null>(null);
  const isNew = id === 'new';
  const qid = id as number;

  const download = () =>
    rpcError.attempt(async () => {
      const file = await rpc('quotes.pdf', { id: qid, formatId });
      downloadBase64(file.filename, file.dataBase64, 'application/pdf');
    });

  return (
    <>
      <Space wrap>
        {(isNew || quote?.editable) && can('quotes.write') && (
          <>
            <Button loading={save.isPending} onClick={() => save.mutate()}>
              {t('quotes.save')}
            </Button>
            {/* From the first save: a new quote is saved, then submitted, in one step. */}
            <Button
              type="primary"
              onClick={() =>
                act(t('quotes.submit'), async () => {
                  const saved = await save.mutateAsync();
                  return saved && rpc('quotes.submit', { id: saved.id });
                })
              }
            >
              {t('quotes.submit')}
            </Button>
          </>
        )}
        {quote?.status === 'pending_approval' && can('quotes.approve') && (
          <>
            <Button
              type="primary"
              onClick={async () => {
                const c = await ask.open(t('quotes.comment'), false);
                if (c !== null) await act(t('quotes.approve'), () => rpc('quotes.approve', { id: qid, comment: c }));
              }}
            >
              {t('quotes.approve')}
            </Button>
            <Button
              danger
              onClick={async () => {
                const c = await ask.open(t('quotes.reject'), true);
                if (c) await act(t('quotes.reject'), () => rpc('quotes.reject', { id: qid, comment: c }));
              }}
            >
              {t('quotes.reject')}
            </Button>
          </>
        )}
        {(quote?.status === 'approved' || quote?.status === 'sent') && can('quotes.write') && (
          <Button onClick={onEmail}>{t('quotes.email')}</Button>
        )}
        {(quote?.status === 'approved' || quote?.status === 'sent') && can('quotes.write') && (
          <Space.Compact>
            <Select
              aria-label={t('quotes.sendVia')}
              style={{ width: 90 }}
              value={sendVia}
              onChange={setSendVia}
              options={SEND_WAYS.map((w) => ({ value: w, label: t(`quotes.sendWays.${w}`) }))}
            />
            <Button
              type="primary"
              onClick={() => act(t('quotes.send'), () => rpc('quotes.markSent', { id: qid, via: sendVia }))}
            >
              {t('quotes.send')}
            </Button>
          </Space.Compact>
        )}
        {quote &&
          ['approved', 'sent', 'expired', 'rejected', 'pending_approval'].includes(quote.status) &&
          can('quotes.write') && (
            <Button
              onClick={async () => {
                const r = await ask.open(t('quotes.reason'), true);
                if (r) await act(t('quotes.revise'), () => rpc('quotes.revise', { id: qid, reason: r }));
              }}
            >
              {t('quotes.revise')}
            </Button>
          )}
        {quote && (quote.status === 'sent' || quote.status === 'expired') && can('quotes.write') && (
          <>
            <Button
              onClick={async () => {
                // Past its validity: the same dialog asks to confirm the old prices (else revise first).
                const expired = quote.status === 'expired';
                const r = await ask.open(
                  t('quotes.won'),
                  false,
                  expired && (
                    <Alert
                      type="warning"
                      showIcon
                      style={{ marginBottom: 8 }}
                      message={t('quoteRules.expiredTitle')}
                      description={t('quoteRules.expiredConfirm', { validUntil: quote.validUntil })}
                    />
                  ),
                );
                if (r !== null)
                  await act(t('quotes.won'), () =>
                    rpc('quotes.outcome', { id: qid, outcome: 'won', reason: r, confirmExpired: expired }),
                  );
              }}
            >
              {t('quotes.won')}
            </Button>
            <Button
              onClick={async () => {
                const r = await ask.open(t('quotes.lost'), true);
                if (r)
                  await act(t('quotes.lost'), () => rpc('quotes.outcome', { id: qid, outcome: 'lost', reason: r }));
              }}
            >
              {t('quotes.lost')}
            </Button>
          </>
        )}
        {quote?.status === 'won' && can('orders.write') && (
          <Button type="primary" onClick={onOrder}>
            {t('quotes.makeOrder')}
          </Button>
        )}
        {quote && (
          <Space.Compact>
            <QuoteFormatSelect style={{ width: 150 }} value={formatId} onChange={setFormatId} />
            <PrintButtons shortcut target={{ kind: 'quote' }} print={() => rpc('quotes.pdf', { id: qid, formatId })} />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'pdf', label: t('quotes.pdf'), onClick: () => void download() },
                  {
                    key: 'xlsx',
                    label: t('quotes.xlsx'),
                    onClick: () =>
                      void rpcError.attempt(async () => {
                        const f = await rpc('quotes.xlsx', { id: qid });
                        downloadBase64(f.filename, f.dataBase64);
                      }),
                  },
                  ...(can('quotes.write')
                    ? [
                        {
                          key: 'copy',
                          label: t('quotes.copy'),
                          onClick: () => void act(t('quotes.copy'), () => rpc('quotes.copy', { id: qid })),
                        },
                      ]
                    : []),
                ],
              }}
            >
              <Button aria-label={t('common.more')} icon={<EllipsisOutlined />} />
            </Dropdown>
          </Space.Compact>
        )}
      </Space>
      {ask.modal}
    </>
  );
}
