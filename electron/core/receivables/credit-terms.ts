import { roleCan } from '../../shared/auth/roles';
import type { FieldError } from '../../shared/rpc/envelope';
import type { SessionUser } from '../../shared/users/contract';
import { AppError } from '../rpc/errors';

export interface CreditTerms {
  creditLimit: number | null;
  paymentDays: number;
}

/** A new customer's terms when nobody sets them: no limit, no payment days. */
export const DEFAULT_CREDIT_TERMS: CreditTerms = { creditLimit: null, paymentDays: 0 };

const MESSAGE = 'receivableMsg.errors.creditTermsManagerOnly';

/**
 * The fields a user without credit.manage tried to change, each with the plain reason; unchanged values pass, so a
 * sales assistant can still edit the rest of a customer. `before` is null for a new customer.
 */
export function creditTermsRefused(
  user: Pick<SessionUser, 'role'> | null,
  data: CreditTerms,
  before: CreditTerms | null,
): FieldError[] {
  if (user && roleCan(user.role, 'credit.manage')) return [];
  const was = before ?? DEFAULT_CREDIT_TERMS;
  const refused: FieldError[] = [];
  if (data.creditLimit !== was.creditLimit) refused.push({ path: 'creditLimit', message: MESSAGE });
  if (data.paymentDays !== was.paymentDays) refused.push({ path: 'paymentDays', message: MESSAGE });
  return refused;
}

/** Refuses, beside the fields, a change of credit limit or payment days by someone who is not a manager. */
export function assertCreditTerms(
  user: Pick<SessionUser, 'role'> | null,
  data: CreditTerms,
  before: CreditTerms | null,
) {
  const refused = creditTermsRefused(user, data, before);
  if (refused.length) throw new AppError('FORBIDDEN', MESSAGE, {}, refused);
}
