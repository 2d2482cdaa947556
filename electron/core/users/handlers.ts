import { AppError } from '../rpc/errors';
import { nowIso } from '../db/rows';
import type { HandlerMap } from '../rpc/handler';
import { notFound } from '../rpc/errors';
import { hashPassword, verifyPassword } from './password';
import { findUser, toSessionUser, toUserRow, type UserDbRow } from './user-store';

type Channel =
  | 'auth.loginOptions'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.me'
  | 'auth.setLocale'
  | 'users.list'
  | 'users.create'
  | 'users.update';

export const userHandlers: HandlerMap<Channel> = {
  'auth.loginOptions': async (_input, { db }) => {
    const rows = (await db('users').where({ active: true }).orderBy('id')) as UserDbRow[];
    return {
      users: rows.map((r) => ({
        username: r.username,
        displayName: r.display_name,
        role: r.role,
        hasPassword: r.password_hash !== null,
      })),
    };
  },
  'auth.login': async ({ username, password }, ctx) => {
    const row = await findUser(ctx.db, { username });
    // One answer for an unknown user and a wrong password: no hint which it was.
    if (!row) throw new AppError('UNAUTHENTICATED', 'errors.badLogin');
    if (row.password_hash !== null ? !(await verifyPassword(password, row.password_hash)) : password !== '') {
      throw new AppError('UNAUTHENTICATED', 'errors.badLogin');
    }
    if (!row.active) throw new AppError('FORBIDDEN', 'errors.inactiveUser');
    const sessionId = ctx.services.sessions.open(toSessionUser(row));
    await ctx.audit({
      entity: 'session',
      entityId: row.id,
      action: 'login',
      actor: { id: row.id, name: row.display_name },
    });
    return { sessionId, user: toSessionUser(row) };
  },
  'auth.logout': async (_input, ctx) => {
    if (ctx.sessionId) ctx.services.sessions.close(ctx.sessionId);
    await ctx.audit({ entity: 'session', entityId: ctx.user?.id ?? null, action: 'logout' });
    return { done: true as const };
  },
  'auth.me': async (_input, { user }) => user!,
  'auth.setLocale': async ({ locale }, ctx) => {
    await ctx.db('users').where({ id: ctx.user!.id }).update({ locale, updated_at: nowIso() });
    await ctx.audit({
      entity: 'user',
      entityId: ctx.user!.id,
      action: 'setLocale',
      before: { locale: ctx.user!.locale },
      after: { locale },
    });
    const user = { ...ctx.user!, locale };
    ctx.services.sessions.refresh(user);
    return user;
  },
  'users.list': async (_input, { db }) => ((await db('users').orderBy('id')) as UserDbRow[]).map(toUserRow),
  'users.create': async (input, ctx) => {
    const now = nowIso();
    const [row] = (await ctx
      .db('users')
      .insert({
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: input.password ? await hashPassword(input.password) : null,
        active: true,
        locale: input.locale,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const created = toUserRow((await findUser(ctx.db, { id: row!.id }))!);
    await ctx.audit({ entity: 'user', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'users.update': async (input, ctx) => {
    const current = await findUser(ctx.db, { id: input.id });
    if (!current) throw notFound('user', input.id);
    if (input.id === ctx.user!.id && !input.active) throw new AppError('CONFLICT', 'errors.selfDeactivate');
    if (current.role === 'admin' && (input.role !== 'admin' || !input.active)) {
      const admins = (await ctx.db('users').where({ role: 'admin', active: true }).count({ n: '*' }).first()) as {
        n: number | string;
      };
      if (Number(admins.n) <= 1) throw new AppError('CONFLICT', 'errors.lastAdmin');
    }
    const changes: Partial<UserDbRow> & { updated_at: string } = {
      display_name: input.displayName,
      role: input.role,
      active: input.active,
      updated_at: nowIso(),
    };
    if (input.password !== null)
      changes.password_hash = input.password === '' ? null : await hashPassword(input.password);
    await ctx.db('users').where({ id: input.id }).update(changes);
    const before = toUserRow(current);
    const updated = (await findUser(ctx.db, { id: input.id }))!;
    const after = toUserRow(updated);
    if (after.active) ctx.services.sessions.refresh(toSessionUser(updated));
    else ctx.services.sessions.closeUser(input.id);
    await ctx.audit({ entity: 'user', entityId: input.id, action: 'update', before, after });
    return after;
  },
};
