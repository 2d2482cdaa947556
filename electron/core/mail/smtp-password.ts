import type { Knex } from 'knex';
import { z } from 'zod';
import { AppError } from '../rpc/errors';
import { SecretUnreadable, type SecretBox } from '../secrets/secret-box';
import { readSetting, writeSetting } from '../settings/settings-store';

export const SMTP_PASSWORD_KEY = 'smtp.password';

/** Stored as { sealed }; a bare string is the clear password of versions before protection. */
const storedPassword = z.union([z.string(), z.object({ sealed: z.string().min(1) })]);
type StoredPassword = z.output<typeof storedPassword>;

async function readStored(db: Knex | Knex.Transaction): Promise<StoredPassword> {
  return readSetting(db, SMTP_PASSWORD_KEY, storedPassword, '');
}

export async function hasSmtpPassword(db: Knex | Knex.Transaction): Promise<boolean> {
  return (await readStored(db)) !== '';
}

/** '' removes the password; anything else is kept only in its protected form. */
export async function writeSmtpPassword(db: Knex | Knex.Transaction, secrets: SecretBox, password: string) {
  if (password === '') await db('settings').where({ key: SMTP_PASSWORD_KEY }).delete();
  else await writeSetting(db, SMTP_PASSWORD_KEY, { sealed: secrets.protect(password) });
}

/** The clear password, at send time only; one from another machine asks the user to type it again. */
export async function readSmtpPassword(db: Knex | Knex.Transaction, secrets: SecretBox): Promise<string> {
  const stored = await readStored(db);
  if (typeof stored === 'string') return stored;
  try {
    return secrets.reveal(stored.sealed);
  } catch (err) {
    if (err instanceof SecretUnreadable) throw new AppError('VALIDATION', 'errors.smtpPasswordUnreadable');
    throw err;
  }
}

/** Whether a stored password exists that this machine cannot decrypt (shown on the mail settings). */
export async function smtpPasswordUnreadable(db: Knex | Knex.Transaction, secrets: SecretBox): Promise<boolean> {
  const stored = await readStored(db);
  if (typeof stored === 'string') return false;
  try {
    secrets.reveal(stored.sealed);
    return false;
  } catch {
    return true;
  }
}

/** A clear password left by an older version is protected in place (on start and after a restore). */
export async function protectClearSmtpPassword(db: Knex, secrets: SecretBox): Promise<boolean> {
  const row = (await db('settings').where({ key: SMTP_PASSWORD_KEY }).first('value')) as { value: string } | undefined;
  if (!row) return false;
  const stored = storedPassword.safeParse(JSON.parse(row.value));
  if (!stored.success || typeof stored.data !== 'string') return false;
  await writeSmtpPassword(db, secrets, stored.data);
  return true;
}
