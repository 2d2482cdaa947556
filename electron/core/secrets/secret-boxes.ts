import { SecretUnreadable, type SecretBox } from './secret-box';

/**
 * Protects with the first box and reveals with whichever box's scheme the secret carries:
 * a data folder used in browser mode and then on the desktop still reads its mail password.
 */
export function preferFirst(primary: SecretBox, ...others: SecretBox[]): SecretBox {
  const all = [primary, ...others];
  return {
    scheme: primary.scheme,
    protect: (plain) => primary.protect(plain),
    reveal(sealed) {
      const box = all.find((b) => sealed.startsWith(`${b.scheme}:`));
      if (!box) throw new SecretUnreadable(`protected by ${sealed.split(':')[0] || 'unknown'}`);
      return box.reveal(sealed);
    },
  };
}
