import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A PDF from a channel, read back page by page with pdftotext (a blank page reads as ''). */
export function pdfPagesText(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return text.split('\f').slice(0, -1);
}

/** Text without any white space: what pdftotext's layout spacing cannot change. */
export const squash = (s: string) => s.replace(/\s+/g, '');
