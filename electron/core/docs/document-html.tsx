import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { printCss, type PageSetup } from './print-css';

/** A template (a React element) as a complete, self-contained HTML page ready to print. */
export function documentHtml(
  body: ReactElement,
  options: PageSetup & { title: string; lang?: 'zh-CN' | 'en'; css?: string },
): string {
  const markup = renderToStaticMarkup(body);
  const title = options.title.replace(/[<&>]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
  return `<!doctype html><html lang="${options.lang ?? 'zh-CN'}"><head><meta charset="utf-8"><title>${title}</title><style>${printCss(options)}${options.css ?? ''}</style></head><body>${markup}</body></html>`;
}
