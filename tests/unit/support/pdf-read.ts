import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { pdfPagesText, pdfWordBoxes, squash } from './pdf-text';

/** Where a document may print: its paper and margins in mm (top, right, bottom, left), as its print CSS sets them. */
export interface PrintableArea {
  widthMm: number;
  heightMm: number;
  margins: [number, number, number, number];
  /** Chromium's page-margin boxes (第 N 页 共 M 页, the number) print below the bottom margin; fixed layouts have none. */
  footerBelow?: boolean;
}

export const A4: PrintableArea = { widthMm: 210, heightMm: 297, margins: [12, 12, 14, 12], footerBelow: true };
export const A4_LANDSCAPE: PrintableArea = { ...A4, widthMm: 297, heightMm: 210 };
/** The sales contract and the delivery notice keep 13 mm at the sides for filing holes. */
export const A4_FILED: PrintableArea = { ...A4, margins: [12, 13, 14, 13] };

/** Page numbers and the like: what a page may hold and still be blank. */
const PAGE_FURNITURE = /第\d+页共\d+页|Page\d+of\d+/g;

/**
 * The layout rules every document keeps, read back from its PDF: the pages it says it has, none blank (more than
 * `minChars` characters besides the page number), the paper it is for, and every word inside the printable area
 * (only the page footer below it; only a mark such as 作废 in the top margin). Returns each page's text, squashed.
 */
export function expectLaidOut(
  file: { dataBase64: string; pages?: number },
  area: PrintableArea,
  { minChars = 40, topMark = /作废/ }: { minChars?: number; topMark?: RegExp } = {},
): string[] {
  const pages = pdfPagesText(file.dataBase64).map(squash);
  if (file.pages !== undefined) expect(pages).toHaveLength(file.pages);
  pages.forEach((p, i) =>
    expect(p.replace(PAGE_FURNITURE, '').length, `page ${i + 1} is blank`).toBeGreaterThan(minChars),
  );
  const [top, right, bottom, left] = area.margins;
  const slack = 0.5;
  for (const [i, page] of pdfWordBoxes(file.dataBase64).entries()) {
    expect([Math.round(page.widthMm), Math.round(page.heightMm)], `page ${i + 1} size`).toEqual([
      area.widthMm,
      area.heightMm,
    ]);
    for (const w of page.words) {
      const where = `page ${i + 1} "${w.text}"`;
      expect(w.xMinMm, where).toBeGreaterThan(left - slack);
      expect(w.xMaxMm, where).toBeLessThan(area.widthMm - right + slack);
      // A word's box takes its font's full ascent and descent, far more than its ink: the middle half of the box is
      // where the letters are.
      const middle = (w.yMinMm + w.yMaxMm) / 2;
      const quarter = (w.yMaxMm - w.yMinMm) / 4;
      const [inkTop, inkBottom] = [middle - quarter, middle + quarter];
      // That estimate is good to about a millimetre.
      const ink = 1;
      if (inkBottom < top) expect(w.text, `${where} in the top margin`).toMatch(topMark);
      else expect(inkTop, where).toBeGreaterThan(top - ink);
      const printableBottom = area.heightMm - bottom;
      // Below the printable area only the page footer (第 N 页 共 M 页, the number), and wholly below it.
      if (inkBottom > printableBottom + ink) {
        expect(area.footerBelow, `${where} below the printable area`).toBe(true);
        expect(inkTop, `${where} neither in the body nor the footer`).toBeGreaterThan(printableBottom - ink);
      }
    }
  }
  return pages;
}

/** The totals and signatures on the last page, and on no page before it. */
export function expectEndOnLastPage(pages: string[], end: string[]): void {
  const last = pages.at(-1)!;
  for (const s of end) expect(last, `last page has ${s}`).toContain(s);
  pages.slice(0, -1).forEach((p, i) => {
    for (const s of end) expect(p, `page ${i + 1} has ${s} before the end`).not.toContain(s);
  });
}

/** One page as a grey bitmap (pdftoppm), for what text cannot tell: a table's borders. */
export function pageBitmap(
  dataBase64: string,
  page: number,
  dpi = 150,
): { width: number; height: number; dpi: number; grey: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  // P5 <width> <height> <max>\n then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), dpi, grey: pgm.subarray(header[0].length) };
}

/**
 * The x positions (mm) of the vertical lines drawn between two heights of a page: columns dark over nearly all of
 * that height, neighbouring columns taken as one line.
 */
export function verticalLinesMm(dataBase64: string, page: number, fromMm: number, toMm: number): number[] {
  const bmp = pageBitmap(dataBase64, page);
  const px = (mm: number) => Math.round((mm * bmp.dpi) / 25.4);
  const [y0, y1] = [px(fromMm), px(toMm)];
  const lines: number[] = [];
  let previous = -2;
  for (let x = 0; x < bmp.width; x += 1) {
    let dark = 0;
    for (let y = y0; y < y1; y += 1) if (bmp.grey[y * bmp.width + x]! < 160) dark += 1;
    if (dark >= (y1 - y0) * 0.9) {
      if (x !== previous + 1) lines.push((x * 25.4) / bmp.dpi);
      previous = x;
    }
  }
  return lines;
}
