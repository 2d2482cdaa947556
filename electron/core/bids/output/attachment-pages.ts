import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { attachmentPath } from '../../attachments/attachment-files';
import type { HtmlToPdf } from '../../docs/html-to-pdf';
import { AppError } from '../../rpc/errors';
import type { SectionFile } from './load-package';

const PT_PER_MM = 72 / 25.4;
/** A4 in points, and the filed margins every A4 document keeps: top, right, bottom, left in mm. */
export const A4_PT = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };
export const FILED_MARGINS_MM: [number, number, number, number] = [12, 13, 14, 13];

/** What a file becomes in the package: its PDF pages, or an image on its own A4 page, or nothing (named). */
export type FilePages = { pdf: PDFDocument } | { skipped: string };

const PDF = /^application\/pdf$/i;
const PNG_JPEG = /^image\/(png|jpe?g)$/i;
/** Images pdf-lib cannot embed; Chromium can draw them. */
const OTHER_IMAGE = /^image\/(gif|webp|bmp|svg\+xml|avif)$/i;

function readFile(dir: string, file: SectionFile): Buffer {
  try {
    return fs.readFileSync(attachmentPath(dir, file.sha256));
  } catch {
    throw new AppError('NOT_FOUND', 'bidOutputMsg.errors.fileMissing', { file: file.filename });
  }
}

/**
 * One library file as pages of the package: a PDF's pages as they are; a PNG or JPEG on an A4 page, scaled to fit
 * inside the filed margins keeping its aspect ratio (never enlarged past its size at 150 dpi); other images
 * printed by Chromium on an A4 page; anything else (videos) left out and named.
 */
export async function filePages(dir: string, engine: HtmlToPdf, file: SectionFile): Promise<FilePages> {
  const isPdf = PDF.test(file.mime) || /\.pdf$/i.test(file.filename);
  if (!isPdf && !PNG_JPEG.test(file.mime) && !OTHER_IMAGE.test(file.mime)) return { skipped: file.filename };
  const data = readFile(dir, file);
  if (isPdf) {
    try {
      return { pdf: await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false }) };
    } catch {
      throw new AppError('VALIDATION', 'bidOutputMsg.errors.badPdf', { file: file.filename });
    }
  }
  if (PNG_JPEG.test(file.mime)) return { pdf: await imagePage(data, /png$/i.test(file.mime)) };
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>@page { size: 210mm 297mm; margin: ${FILED_MARGINS_MM.map((m) => `${m}mm`).join(' ')}; } html, body { margin: 0; } img { display: block; margin: 0 auto; max-width: 100%; max-height: ${297 - FILED_MARGINS_MM[0] - FILED_MARGINS_MM[2] - 1}mm; object-fit: contain; }</style></head><body><img src="data:${file.mime};base64,${data.toString('base64')}"></body></html>`;
  return { pdf: await PDFDocument.load(await engine.render(html)) };
}

/** A PNG or JPEG centred on its own A4 page inside the margins. */
async function imagePage(data: Buffer, png: boolean): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const image = png ? await doc.embedPng(data) : await doc.embedJpg(data);
  const [top, right, bottom, left] = FILED_MARGINS_MM.map((m) => m * PT_PER_MM) as [number, number, number, number];
  const boxW = A4_PT.width - left - right;
  const boxH = A4_PT.height - top - bottom;
  // Its natural size at 150 dpi, shrunk to the box when larger.
  const naturalW = (image.width * 72) / 150;
  const naturalH = (image.height * 72) / 150;
  const scale = Math.min(1, boxW / naturalW, boxH / naturalH);
  const w = naturalW * scale;
  const h = naturalH * scale;
  const page = doc.addPage([A4_PT.width, A4_PT.height]);
  // PDF y runs upwards: centred horizontally, from the top margin down.
  page.drawImage(image, { x: left + (boxW - w) / 2, y: A4_PT.height - top - h, width: w, height: h });
  return doc;
}
