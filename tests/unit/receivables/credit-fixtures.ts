import { today } from '../../../electron/core/dates';
import { nowIso } from '../../../electron/core/db/rows';
import type { TestCore } from '../support/test-core';

let serial = 0;

/** A receipt row with what is left of it unapplied. */
export async function receipt(
  t: TestCore,
  opts: { customerId: number; amount: number; unapplied: number; date?: string; cancelled?: boolean },
): Promise<void> {
  serial += 1;
  const now = nowIso();
  // Fixture: straight into receipts until the receipt service lands.
  await t.core.services
    .db()('receipts')
    .insert({
      number: `SK-T-${serial}`,
      date: opts.date ?? today(),
      customer_id: opts.customerId,
      payer_name: '付款人',
      amount_fen: opts.amount,
      method: 'transfer',
      unapplied_fen: opts.unapplied,
      cancelled_at: opts.cancelled ? now : null,
      cancel_reason: opts.cancelled ? '重复登记' : null,
      created_at: now,
      updated_at: now,
    });
}

/** Another user logged in: a sales assistant or a manager. Returns the session to call with. */
export async function loggedIn(
  t: TestCore,
  role: 'sales' | 'manager' | 'dispatch',
  username: string,
  displayName: string,
): Promise<string> {
  await t.ok('users.create', { username, displayName, role });
  const login = await t.core.call('auth.login', { username });
  return (login as { ok: true; value: { sessionId: string } }).value.sessionId;
}
