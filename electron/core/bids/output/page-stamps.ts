import type { HtmlToPdf } from '../../docs/html-to-pdf';
import { printCss } from '../../docs/print-css';

const escape = (s: string) =>
  s.replace(/[<&>"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Where the page number sits: in the bottom margin, below the printable area of every A4 document. */
const STAMP_CSS = `
@page { margin: 0; }
html, body { background: transparent; }
body { padding: 0; }
.pg { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }
.pg:last-child { break-after: auto; }
.no { position: absolute; left: 0; right: 0; bottom: 5mm; text-align: center; font-size: 9pt; color: #444; }
.wm { position: absolute; left: -40mm; right: -40mm; top: 138mm; text-align: center; font-size: 40pt;
  font-weight: bold; color: rgba(160, 160, 160, 0.28); transform: rotate(-35deg); white-space: nowrap; }
`;

/**
 * The stamps of a whole package as one transparent PDF, a page for each of its pages: 第 N 页 共 M 页 on every page
 * but the cover (the first, when the package starts with one) and the watermark on every page. Printed by Chromium
 * (pdf-lib cannot draw Chinese without embedding a CJK font), then laid over the merged pages.
 */
export function stampsHtml(
  pages: number,
  {
    numberFrom,
    label,
    watermark,
  }: { numberFrom: number; label: (n: number, m: number) => string; watermark: string | null },
): string {
  const mark = watermark ? `<div class="wm">${escape(watermark)}</div>` : '';
  const body = Array.from({ length: pages }, (_, i) => {
    const no = i + 1 >= numberFrom ? `<div class="no">${escape(label(i + 1, pages))}</div>` : '';
    return `<div class="pg">${mark}${no}</div>`;
  }).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${printCss({ paper: 'a4', margins: [0, 0, 0, 0], pageNumbers: false })}${STAMP_CSS}</style></head><body>${body}</body></html>`;
}

export function renderStamps(pdf: HtmlToPdf, ...args: Parameters<typeof stampsHtml>): Promise<Uint8Array> {
  return pdf.render(stampsHtml(...args));
}
