import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import { Dec, formatFen } from '../../shared/money';
import { approvalRules, type ApprovalRules } from '../../shared/quotes/contract';
import type { Locale } from '../../shared/rpc/envelope';
import { readSetting } from '../settings/settings-store';

export const APPROVAL_RULES_KEY = 'quotes.approval';
export const DEFAULT_APPROVAL_RULES: ApprovalRules = {
  minMarginPercent: '15',
  maxDiscountPercent: '5',
  maxAmount: 50_000_000,
  missingCostNeedsApproval: true,
};

export function readApprovalRules(db: Knex | Knex.Transaction): Promise<ApprovalRules> {
  return readSetting(db, APPROVAL_RULES_KEY, approvalRules, DEFAULT_APPROVAL_RULES);
}

/** What the rules look at, the same for a quote and for an order entered directly. */
export interface ApprovalFigures {
  marginPercent: string | null;
  discountPercent: string;
  totals: { gross: number };
  uncostedLines: number[];
}

type ApprovalReason = { key: string; vars: Record<string, string> };

/** Why this quote or order needs a manager, in the user's words; none means it approves itself. */
export function approvalReasons(q: ApprovalFigures, rules: ApprovalRules, locale: Locale): string[] {
  const reasons: ApprovalReason[] = [];
  if (rules.missingCostNeedsApproval && q.uncostedLines.length) {
    const lines = q.uncostedLines.join(translate(locale, 'approvalReason.listSep'));
    reasons.push({ key: 'approvalReason.missingCost', vars: { lines } });
  }
  if (q.marginPercent !== null && new Dec(q.marginPercent).lessThan(rules.minMarginPercent)) {
    reasons.push({ key: 'approvalReason.margin', vars: { value: q.marginPercent, limit: rules.minMarginPercent } });
  }
  if (new Dec(q.discountPercent).greaterThan(rules.maxDiscountPercent)) {
    reasons.push({
      key: 'approvalReason.discount',
      vars: { value: q.discountPercent, limit: rules.maxDiscountPercent },
    });
  }
  if (q.totals.gross > rules.maxAmount) {
    reasons.push({
      key: 'approvalReason.amount',
      vars: { value: formatFen(q.totals.gross), limit: formatFen(rules.maxAmount) },
    });
  }
  return reasons.map((r) => translate(locale, r.key, r.vars));
}
