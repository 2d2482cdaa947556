import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { splitSealed, SecretUnreadable, type SecretBox } from './secret-box';

export const SECRET_KEY_FILE_NAME = 'secret.key';
const SCHEME = 'aes256gcm-v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Reads the key file, creating it (owner-only, 0600) on first use; never inside the database. */
function loadKey(file: string): Buffer {
  try {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== KEY_BYTES) throw new SecretUnreadable(`key file ${file} is damaged`);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  // 'wx' refuses to overwrite a key another process wrote in the meantime.
  try {
    fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadKey(file);
    throw err;
  }
  return key;
}

/** AES-256-GCM with a key file in the data folder: browser mode and the command line. */
export class KeyFileSecretBox implements SecretBox {
  readonly scheme = SCHEME;
  private key: Buffer | null = null;

  constructor(readonly keyFile: string) {}

  private getKey(): Buffer {
    return (this.key ??= loadKey(this.keyFile));
  }

  protect(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.getKey(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${SCHEME}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  reveal(sealed: string): string {
    const raw = Buffer.from(splitSealed(sealed, SCHEME), 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretUnreadable('too short');
    const decipher = createDecipheriv('aes-256-gcm', this.getKey(), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnreadable('another key');
    }
  }
}
