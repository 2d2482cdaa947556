/**
 * Protects secrets kept in the database (the mail password): the database and its backups
 * hold only the protected form; the key lives outside them (the OS keychain through
 * Electron's safeStorage, or a key file readable by the user only).
 */
export interface SecretBox {
  /** Names the scheme in the protected form, so another machine's secret is recognised as such. */
  readonly scheme: string;
  protect(plain: string): string;
  /** Throws SecretUnreadable when the secret was protected elsewhere or has been damaged. */
  reveal(sealed: string): string;
}

/** A secret this machine cannot decrypt: the database came from another PC, or the key was lost. */
export class SecretUnreadable extends Error {
  constructor(reason: string) {
    super(`secret cannot be decrypted here: ${reason}`);
    this.name = 'SecretUnreadable';
  }
}

/** `scheme:payload`; reveal checks the scheme before it tries the key. */
export function splitSealed(sealed: string, scheme: string): string {
  const prefix = `${scheme}:`;
  if (!sealed.startsWith(prefix)) throw new SecretUnreadable(`protected by ${sealed.split(':')[0] || 'unknown'}`);
  return sealed.slice(prefix.length);
}
