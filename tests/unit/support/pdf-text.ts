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

/** The images a PDF embeds, as width×height in pixels, in page order (pdfimages -list). */
export function pdfImageSizes(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  // page num type width height …, after two header lines; soft masks are not images of their own.
  return list
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length > 4 && f[2] === 'image')
    .map((f) => `${f[3]}x${f[4]}`);
}

export interface PdfPageBoxes {
  widthMm: number;
  heightMm: number;
  words: { text: string; xMinMm: number; xMaxMm: number; yMinMm: number; yMaxMm: number }[];
}

/** Every word of every page with its box in millimetres from the top left (pdftotext -bbox). */
export function pdfWordBoxes(dataBase64: string): PdfPageBoxes[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
      ];
      return {
        widthMm: mm(size[1]!),
        heightMm: mm(size[2]!),
        words: words.map((w) => ({
          text: w[5]!,
          xMinMm: mm(w[1]!),
          yMinMm: mm(w[2]!),
          xMaxMm: mm(w[3]!),
          yMaxMm: mm(w[4]!),
        })),
      };
    });
}
