import type { TestCore } from './test-core';

/** Another user, created and logged in: the session to call with. */
export async function loggedIn(
  t: TestCore,
  role: 'sales' | 'manager' | 'dispatch',
  username: string,
  displayName: string,
): Promise<string> {
  await t.ok('users.create', { username, displayName, role });
  return (await t.ok('auth.login', { username })).sessionId;
}
