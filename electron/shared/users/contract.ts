import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../auth/roles';
import { mutation, query } from '../rpc/channel';
import { id, optText, orNull, text } from '../rpc/fields';
import { LOCALES } from '../rpc/envelope';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(32)
  .regex(/^[a-z0-9_.-]+$/, { error: 'validation.username' });

/** Empty means "no password" (a per-user choice on a single-office PC). */
const password = z.string().max(200);

export const sessionUser = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  permissions: z.array(z.enum(PERMISSIONS)),
  locale: z.enum(LOCALES),
});
export type SessionUser = z.output<typeof sessionUser>;

export const userRow = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  hasPassword: z.boolean(),
  locale: z.enum(LOCALES),
});
export type UserRow = z.output<typeof userRow>;

export const userChannels = {
  'auth.loginOptions': query(
    'public',
    z.object({}),
    z.object({
      users: z.array(userRow.pick({ username: true, displayName: true, role: true, hasPassword: true })),
    }),
  ),
  'auth.login': mutation(
    'public',
    z.object({ username, password: password.default('') }),
    z.object({ sessionId: z.string(), user: sessionUser }),
  ),
  'auth.logout': mutation('session', z.object({}), z.object({ done: z.literal(true) })),
  'auth.me': query('session', z.object({}), sessionUser),
  'auth.setLocale': mutation('session', z.object({ locale: z.enum(LOCALES) }), sessionUser),
  'users.list': query('users.manage', z.object({}), z.array(userRow)),
  'users.create': mutation(
    'users.manage',
    z.object({
      username,
      displayName: text(40),
      role: z.enum(ROLES),
      password: password.default(''),
      locale: z.enum(LOCALES).default('zh-CN'),
    }),
    userRow,
  ),
  'users.update': mutation(
    'users.manage',
    z.object({
      id,
      displayName: text(40),
      role: z.enum(ROLES),
      active: z.boolean(),
      /** null keeps the password; '' removes it; text sets it. */
      password: orNull(password),
      note: optText(200),
    }),
    userRow,
  ),
};
