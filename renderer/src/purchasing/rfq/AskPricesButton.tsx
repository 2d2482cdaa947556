import Button from 'antd/es/button';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session-context';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

/** 询价 from a quote's cost sheet: a draft RFQ of its cost lines, opened on the RFQ page. */
export function AskPricesButton({ quoteId, disabled }: { quoteId: number; disabled?: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const rpcError = useRpcError();
  if (!can('purchasing.write')) return null;
  async function start() {
    const rfq = await rpcError.attempt(() =>
      rpc('purchasing.rfq.create', { origin: 'quote', quoteId, date: dayjs().format('YYYY-MM-DD') }),
    );
    if (rfq) navigate(`/purchasing/rfqs?open=${rfq.id}`);
  }
  return (
    <Button title={t('rfq.fromQuoteHint')} disabled={disabled} onClick={() => void start()}>
      {t('rfq.fromQuote')}
    </Button>
  );
}
