import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumHtmlToPdf } from '../../../electron/core/docs/chromium-html-to-pdf';
import { documentHtml } from '../../../electron/core/docs/document-html';
import { mergePdfs, pdfPageSizes } from '../../../electron/core/docs/pdf-files';
import { amountInWords } from '../../../electron/shared/money';

const engine = new ChromiumHtmlToPdf();
afterAll(() => engine.close());

/** The text of each page, as poppler reads it back. */
function pagesText(pdf: Uint8Array): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}

function Lines({ count }: { count: number }) {
  return (
    <table>
      <thead>
        <tr>
          <th>序号</th>
          <th>产品名称</th>
          <th>型号规格</th>
          <th className="num">金额</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: count }, (_, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>法兰球阀</td>
            <td>Q41F-16C DN{50 + i}</td>
            <td className="num">1,280.00</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

describe('the document engine: React template -> HTML with print CSS -> PDF in Chromium', () => {
  it('paginates a long table on A4 with its header repeated and 第 N 页 共 M 页 on every page', async () => {
    const html = documentHtml(
      <main>
        <h1>报价单</h1>
        <Lines count={90} />
        <p>合计（大写）：{amountInWords(11520000)}</p>
      </main>,
      { title: '报价单 BJ2026-00001', paper: 'a4' },
    );
    const pdf = await engine.render(html);
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes[0]).toEqual({ widthMm: 210, heightMm: 297 });
    const pages = pagesText(pdf);
    expect(pages).toHaveLength(sizes.length);
    pages.forEach((text, i) => {
      // pdftotext drops the thin spaces around the numbers.
      expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pages.length}页`);
      expect(text).toContain('型号规格');
    });
    expect(pages.at(-1)).toContain('壹拾壹万伍仟贰佰元整');
  });

  it('prints a 241 × 93 mm continuous-form part exactly that size', async () => {
    const pdf = await engine.render(
      documentHtml(<p>送货单 存根</p>, { title: '送货单', paper: 'form-241x93', pageNumbers: false }),
    );
    expect(await pdfPageSizes(pdf)).toEqual([{ widthMm: 241, heightMm: 93 }]);
    expect(pagesText(pdf)[0]).toContain('送货单 存根');
  });

  it('merges several documents into one in order', async () => {
    const one = await engine.render(documentHtml(<p>第一份</p>, { title: '1', paper: 'a4', pageNumbers: false }));
    const two = await engine.render(
      documentHtml(<p>第二份</p>, { title: '2', paper: 'a4-landscape', pageNumbers: false }),
    );
    const merged = await mergePdfs([one, two]);
    expect(await pdfPageSizes(merged)).toEqual([
      { widthMm: 210, heightMm: 297 },
      { widthMm: 297, heightMm: 210 },
    ]);
    expect(pagesText(merged).map((p) => p.trim())).toEqual(['第一份', '第二份']);
  });

  it('escapes what a user typed: a name with markup prints as text', async () => {
    const pdf = await engine.render(
      documentHtml(<p>{'<b>客户</b> & Co'}</p>, { title: '<script>', paper: 'a4', pageNumbers: false }),
    );
    expect(pagesText(pdf)[0]).toContain('<b>客户</b> & Co');
  });
});

describe('documents asked for at once', () => {
  it('each get their own pages, in the order asked, and a bad one does not spoil the next', async () => {
    const names = ['北京华联', '上海光华', '苏州金枫', '天津港东', '重庆江北'];
    const pdfs = await Promise.all(
      names.map((name) => engine.render(documentHtml(<h1>{name}</h1>, { title: name, paper: 'a4' }))),
    );
    const text = (pdf: Uint8Array) => pagesText(pdf).join('').replace(/\s+/g, '');
    expect(pdfs.map(text)).toEqual(names.map((name) => `${name}第1页共1页`));
    // A page that cannot load (a URL Chromium refuses as content) fails alone; the pool goes on printing.
    const [bad, good] = await Promise.allSettled([
      engine.render(undefined as unknown as string),
      engine.render(documentHtml(<h1>之后的单据</h1>, { title: 'after', paper: 'a4' })),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status === 'fulfilled' && text(good.value)).toBe('之后的单据第1页共1页');
  });
});
