import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/app';
import { sendMail } from '../../../electron/core/mail/mailer';
import { SMTP_PASSWORD_KEY } from '../../../electron/core/mail/smtp-password';
import { SECRET_KEY_FILE_NAME } from '../../../electron/core/secrets/key-file-secret-box';
import { useSmtpServer } from '../support/smtp';
import { useTestCore } from '../support/test-core';

const t = useTestCore();
const PASSWORD = 'Mail-Secret-密码-42';

// A real SMTP server on loopback that accepts only the right password.
const server = useSmtpServer({ password: PASSWORD, loginRequired: true });
const extraDirs: string[] = [];

afterEach(() => {
  for (const dir of extraDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const smtp = (password: string | null) => ({
  host: '127.0.0.1',
  port: server.port,
  secure: false,
  user: 'office@hengxin.cn',
  from: 'office@hengxin.cn',
  password,
});

const mail = { to: ['kehu@example.cn'], cc: [], subject: '测试', text: '你好', attachments: [] };

async function storedValue(core: Core): Promise<string | undefined> {
  const row = (await core.services.db()('settings').where({ key: SMTP_PASSWORD_KEY }).first('value')) as
    { value: string } | undefined;
  return row?.value;
}

/** The whole file as bytes, searched as UTF-8 and as SQLite's UTF-16 text. */
function fileHolds(file: string, secret: string): boolean {
  const bytes = fs.readFileSync(file);
  return bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'));
}

async function reopen(dataDir: string = t.dataDir): Promise<Core> {
  await t.core.close();
  t.core = await openCore({ dataDir });
  return t.core;
}

describe('the mail password is kept protected, never in clear', () => {
  it('is stored encrypted with a key file only the user can read, never returned, and still logs in', async () => {
    await t.ok('settings.smtp.update', smtp(PASSWORD));
    const view = await t.ok('settings.smtp.get', {});
    expect(view).toMatchObject({ hasPassword: true, passwordUnreadable: false });
    expect(JSON.stringify(view)).not.toContain(PASSWORD);

    const stored = await storedValue(t.core);
    expect(stored).toMatch(/"sealed":"aes256gcm-v1:/);
    expect(stored).not.toContain(PASSWORD);
    const keyFile = path.join(t.dataDir, SECRET_KEY_FILE_NAME);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fileHolds(t.core.services.dbFile, fs.readFileSync(keyFile, 'utf8').trim())).toBe(false);

    await sendMail(t.core.services, mail);
    expect(server.logins).toEqual([PASSWORD]);
  });

  it('a clear password left by an older version is protected on start, in the database and its backups', async () => {
    await t.ok('settings.smtp.update', smtp(null));
    await t.core.services
      .db()('settings')
      .insert({
        key: SMTP_PASSWORD_KEY,
        value: JSON.stringify(PASSWORD),
        updated_at: new Date().toISOString(),
      });
    // A backup the older version made: the password sits in it in clear.
    const old = await t.ok('backup.create', {});
    const oldFile = path.join(t.core.services.backupDir, old.name);
    expect(fileHolds(oldFile, PASSWORD)).toBe(true);
    // Kept to the second: utimes takes seconds as a float, so the millisecond can round away.
    const oldDate = Math.floor(fs.statSync(oldFile).mtimeMs / 1000);

    const core = await reopen();
    expect(await storedValue(core)).toMatch(/^\{"sealed":"aes256gcm-v1:/);
    // The old backup is protected too, keeps its date, and still restores.
    expect(fileHolds(oldFile, PASSWORD)).toBe(false);
    expect(Math.floor(fs.statSync(oldFile).mtimeMs / 1000)).toBe(oldDate);

    const login = await core.call('auth.login', { username: 'admin' });
    const sessionId = login.ok ? (login.value as { sessionId: string }).sessionId : '';
    const backup = await core.call('backup.create', {}, { sessionId });
    expect(backup.ok).toBe(true);
    const backupFile = path.join(core.services.backupDir, (backup as { value: { name: string } }).value.name);
    expect(fs.statSync(backupFile).size).toBeGreaterThan(10_000);
    expect(fileHolds(backupFile, PASSWORD)).toBe(false);
    // The same check can fail: the company name typed in settings is in the backup.
    await core.call('settings.company.update', { name: '恒信机电备份检查' }, { sessionId });
    const second = await core.call('backup.create', {}, { sessionId });
    const secondFile = path.join(core.services.backupDir, (second as { value: { name: string } }).value.name);
    expect(fileHolds(secondFile, '恒信机电备份检查')).toBe(true);
    expect(fileHolds(secondFile, PASSWORD)).toBe(false);

    await sendMail(core.services, mail);
    expect(server.logins).toEqual([PASSWORD]);
    const restored = await core.call('backup.restore', { name: old.name }, { sessionId });
    expect(restored.ok).toBe(true);
    await sendMail(core.services, mail);
    expect(server.logins).toEqual([PASSWORD, PASSWORD]);
  });

  it('a database restored on another machine asks for the password again instead of failing', async () => {
    await t.ok('settings.smtp.update', smtp(PASSWORD));
    await t.core.close();
    // Another PC: the database comes along, the key file does not.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-other-'));
    extraDirs.push(other);
    fs.copyFileSync(t.core.services.dbFile, path.join(other, 'neiqin.db'));
    const core = await reopen(other);
    const login = await core.call('auth.login', { username: 'admin' });
    const sessionId = login.ok ? (login.value as { sessionId: string }).sessionId : '';

    const view = await core.call('settings.smtp.get', {}, { sessionId });
    expect(view.ok && view.value).toMatchObject({ host: '127.0.0.1', hasPassword: true, passwordUnreadable: true });
    const refused = await sendMail(core.services, mail).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toMatchObject({ code: 'VALIDATION', messageKey: 'errors.smtpPasswordUnreadable' });
    expect(server.logins).toEqual([]);

    const retyped = await core.call('settings.smtp.update', smtp(PASSWORD), { sessionId });
    expect(retyped.ok && retyped.value).toMatchObject({ hasPassword: true, passwordUnreadable: false });
    await sendMail(core.services, mail);
    expect(server.logins).toEqual([PASSWORD]);
  });

  it('an empty password removes it', async () => {
    await t.ok('settings.smtp.update', smtp(PASSWORD));
    expect(await t.ok('settings.smtp.update', smtp(''))).toMatchObject({ hasPassword: false });
    expect(await storedValue(t.core)).toBeUndefined();
  });
});
