import { safeStorage } from 'electron';
import { keyFileSecrets } from '../core/app';
import { SecretUnreadable, splitSealed, type SecretBox } from '../core/secrets/secret-box';
import { preferFirst } from '../core/secrets/secret-boxes';

const SCHEME = 'safestorage-v1';

/** The OS keychain (DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux) through Electron. */
class SafeStorageSecretBox implements SecretBox {
  readonly scheme = SCHEME;

  protect(plain: string): string {
    return `${SCHEME}:${safeStorage.encryptString(plain).toString('base64')}`;
  }

  reveal(sealed: string): string {
    const encrypted = Buffer.from(splitSealed(sealed, SCHEME), 'base64');
    try {
      return safeStorage.decryptString(encrypted);
    } catch {
      throw new SecretUnreadable('the keychain of another user or machine');
    }
  }
}

/**
 * safeStorage where the OS offers a real keychain (Linux without one would fall back to a
 * hard-coded key), else the data folder's key file; secrets from either are read.
 * Call after app ready.
 */
export function desktopSecrets(dataDir: string): SecretBox {
  const keyFile = keyFileSecrets(dataDir);
  const keychain =
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  return keychain ? preferFirst(new SafeStorageSecretBox(), keyFile) : keyFile;
}
