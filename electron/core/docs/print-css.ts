/** Paper Neiqin prints on: A4, and 241 mm continuous forms (full, 1/2 and 1/3 height). */
export const PAPER_SIZES = {
  a4: { width: '210mm', height: '297mm' },
  'a4-landscape': { width: '297mm', height: '210mm' },
  'form-241x279': { width: '241mm', height: '279mm' },
  'form-241x140': { width: '241mm', height: '140mm' },
  'form-241x93': { width: '241mm', height: '93mm' },
} as const;
export type PaperSize = keyof typeof PAPER_SIZES;

export interface PageSetup {
  paper: PaperSize;
  /** Margins in mm: top, right, bottom, left. */
  margins?: [number, number, number, number];
  /** 第 N 页 共 M 页 at the bottom of every page (Chromium page-margin boxes). */
  pageNumbers?: 'zh' | 'en' | false;
}

// CJK fonts first that each system has: YaHei/SimSun on Windows, PingFang on macOS, Noto on Linux.
const FONT_STACK = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'SimSun', sans-serif";

export function printCss({ paper, margins = [12, 12, 14, 12], pageNumbers = 'zh' }: PageSetup): string {
  const { width, height } = PAPER_SIZES[paper];
  const [top, right, bottom, left] = margins;
  const counter =
    pageNumbers === 'zh'
      ? `@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; color: #444; }`
      : pageNumbers === 'en'
        ? `@bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; }`
        : '';
  return `
@page { size: ${width} ${height}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; ${counter} }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
/* A table's outer border lies half outside its box: kept inside the printable area, it is never cut off. */
body { padding: 0 0.3mm; }
body { font-family: ${FONT_STACK}; font-size: 10pt; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table { border-collapse: collapse; width: 100%; }
/* Long tables repeat their header on every page and never split a row. */
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #333; padding: 1.2mm 1.5mm; vertical-align: top; }
th { background: #f0f0f0; font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.page-break { break-after: page; }
`;
}

const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/** The document's number at the bottom right of every page, so a loose page still says what it belongs to. */
export function numberOnEveryPage(text: string): string {
  return `@page { @bottom-right { content: ${cssString(text)}; font-size: 8pt; color: #444; } }`;
}

/** A warning (作废) in red at the top of every page, in the page's own margin. */
export function markOnEveryPage(text: string): string {
  return `@page { @top-center { content: ${cssString(text)}; font-size: 14pt; font-weight: bold; color: #c00; } }`;
}
