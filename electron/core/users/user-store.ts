import type { Knex } from 'knex';
import { ROLE_PERMISSIONS, type Role } from '../../shared/auth/roles';
import type { Locale } from '../../shared/rpc/envelope';
import type { SessionUser, UserRow } from '../../shared/users/contract';

export interface UserDbRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  active: number | boolean;
  locale: Locale;
}

export function toUserRow(r: UserDbRow): UserRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    active: Boolean(r.active),
    hasPassword: r.password_hash !== null,
    locale: r.locale,
  };
}

export function toSessionUser(r: UserDbRow): SessionUser {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    permissions: [...ROLE_PERMISSIONS[r.role]],
    locale: r.locale,
  };
}

export async function findUser(
  db: Knex | Knex.Transaction,
  where: { id: number } | { username: string },
): Promise<UserDbRow | undefined> {
  return (await db('users').where(where).first()) as UserDbRow | undefined;
}
