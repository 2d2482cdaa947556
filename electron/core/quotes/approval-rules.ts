import type { Knex } from 'knex';
import { fenToYuan } from '../../shared/money';
import { approvalRules, type ApprovalRules, type QuoteDetail } from '../../shared/quotes/contract';
import { readSetting } from '../settings/settings-store';

export const APPROVAL_RULES_KEY = 'quotes.approval';
export const DEFAULT_APPROVAL_RULES: ApprovalRules = {
  minMarginPercent: '15',
  maxDiscountPercent: '5',
  maxAmount: 50_000_000,
};

export function readApprovalRules(db: Knex | Knex.Transaction): Promise<ApprovalRules> {
  return readSetting(db, APPROVAL_RULES_KEY, approvalRules, DEFAULT_APPROVAL_RULES);
}

/** Why this quote needs a manager (i18n keys with their values); none means it approves itself. */
export function approvalReasons(q: QuoteDetail, rules: ApprovalRules): { key: string; vars: Record<string, string> }[] {
  const reasons: { key: string; vars: Record<string, string> }[] = [];
  if (q.marginPercent !== null && Number(q.marginPercent) < Number(rules.minMarginPercent)) {
    reasons.push({ key: 'approvalReason.margin', vars: { value: q.marginPercent, limit: rules.minMarginPercent } });
  }
  if (Number(q.discountPercent) > Number(rules.maxDiscountPercent)) {
    reasons.push({
      key: 'approvalReason.discount',
      vars: { value: q.discountPercent, limit: rules.maxDiscountPercent },
    });
  }
  if (q.totals.gross > rules.maxAmount) {
    reasons.push({
      key: 'approvalReason.amount',
      vars: { value: fenToYuan(q.totals.gross), limit: fenToYuan(rules.maxAmount) },
    });
  }
  return reasons;
}
