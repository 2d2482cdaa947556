import { useTranslation } from 'react-i18next';
import { money } from '../../format';
import type { LivePricing } from './live-pricing';
import { LinesTotalNote, totalInWords } from './LinesTotalNote';

/**
 * The running totals under the form: net, tax, gross in figures and 大写, cost, margin, discount. Always there:
 * a line still being typed is left out and named.
 */
export function QuoteSummary({ pricing }: { pricing: LivePricing }) {
  const { t } = useTranslation();
  return (
    <div className="quote-summary" data-testid="quote-summary">
      <span>
        {t('quotes.net')} <b>{money(pricing.totals.net)}</b>
      </span>
      <span>
        {t('quotes.tax')} <b>{money(pricing.totals.tax)}</b>
      </span>
      <span>
        {t('quotes.gross')} <b data-testid="quote-gross">{money(pricing.totals.gross)}</b>
      </span>
      {totalInWords(pricing) && <span data-testid="quote-words">{totalInWords(pricing)}</span>}
      <span>
        {t('quoteRules.costNet')} <b>{money(pricing.cost)}</b>
      </span>
      <span>
        {t('quotes.margin')} <b>{pricing.marginPercent === null ? '—' : `${pricing.marginPercent}%`}</b>
      </span>
      <span>
        {t('quotes.discount')} <b>{pricing.discountPercent}%</b>
      </span>
      {pricing.uncostedLines.length > 0 && (
        <span className="summary-warning">
          {t('quoteRules.uncosted', { lines: pricing.uncostedLines.join(t('wording.listSep')) })}
        </span>
      )}
      {pricing.belowListLines.length > 0 && (
        <span className="summary-warning">
          {t('quoteRules.belowList', { lines: pricing.belowListLines.join(t('wording.listSep')) })}
        </span>
      )}
      <LinesTotalNote pricing={pricing} />
    </div>
  );
}
