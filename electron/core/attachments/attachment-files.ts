import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Files live by content hash: the same scan uploaded twice is stored once. */
export function attachmentPath(dir: string, sha256: string): string {
  return path.join(dir, sha256.slice(0, 2), sha256);
}

export function storeAttachmentFile(dir: string, data: Buffer): string {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const file = attachmentPath(dir, sha256);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a crash never leaves a half file under a valid hash.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  }
  return sha256;
}
