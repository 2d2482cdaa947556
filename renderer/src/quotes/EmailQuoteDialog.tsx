import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '@shared/quotes/contract';
import { EmailDocumentDialog } from '../docs/EmailDocumentDialog';
import { rpc } from '../rpc/client';

/** E-mails the quote's PDF through the company's mail server; the quote is then sent. */
export function EmailQuoteDialog({
  quote,
  onClose,
  onSent,
}: {
  quote: QuoteDetail;
  onClose(): void;
  onSent(q: QuoteDetail): void;
}) {
  const { t } = useTranslation();
  return (
    <EmailDocumentDialog
      title={`${t('quotes.email')} ${quote.number} V${quote.version}`}
      initialTo={quote.contactEmail}
      onClose={onClose}
      send={async (mail) => {
        const sent = await rpc('quotes.email', { id: quote.id, ...mail });
        onSent(sent);
        return t('quotes.emailed', { to: mail.to.join(', ') });
      }}
    />
  );
}
