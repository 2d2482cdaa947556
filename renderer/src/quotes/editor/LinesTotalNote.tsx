import { useTranslation } from 'react-i18next';
import type { LivePricing } from './live-pricing';

/**
 * What a line editor's running total still lacks: lines not finished (counted as nothing) and a total below zero
 * (refused on saving, so never shown as （负数）… in words).
 */
export function LinesTotalNote({ pricing }: { pricing: LivePricing }) {
  const { t } = useTranslation();
  return (
    <>
      {pricing.incomplete.length > 0 && (
        <span className="lines-note" data-testid="lines-incomplete">
          {t('formsUi.incompleteLines', { lines: pricing.incomplete.join(t('wording.listSep')) })}
        </span>
      )}
      {pricing.totals.gross < 0 && (
        <span className="lines-error" data-testid="lines-negative">
          {t('formsMsg.negativeTotal')}
        </span>
      )}
    </>
  );
}

/** The total in words, or nothing while it is below zero. */
export const totalInWords = (pricing: LivePricing) => (pricing.totals.gross < 0 ? null : pricing.amountInWords);
