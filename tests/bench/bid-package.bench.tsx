import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHtml } from '../../electron/core/docs/document-html';
import { mergePdfs } from '../../electron/core/docs/pdf-files';
import { pdfOf, seedLibraryItem, seedPackage, STANDARD_SECTIONS } from '../unit/support/bids-output-seed';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { medianMs } from './measure';

let t: TestCore;

describe('bid package PDF', () => {
  beforeAll(async () => {
    t = await openTestCore();
    // Chromium's first start is not a package's cost.
    await t.core.services.pdf.render(documentHtml(<p />, { title: 'warm-up', paper: 'a4' }));
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the time to build a 100-page package with 20 merged attachments, against a plain merge', async () => {
    // 20 library files of 4 pages each (80 pages) and the generated parts with a 400-line 分项报价表 (over 20 pages in all).
    const attachments = await Promise.all(Array.from({ length: 20 }, (_, i) => pdfOf(`CERT${i + 1}`, 4)));
    const items: number[] = [];
    for (const [i, data] of attachments.entries())
      items.push(
        await seedLibraryItem(t, { kind: 'qualification', title: `资质证书${i + 1}` }, [
          { filename: `cert-${i + 1}.pdf`, mime: 'application/pdf', data },
        ]),
      );
    const id = await seedPackage(t, {
      watermark: '仅供清源水务投标使用',
      lines: Array.from({ length: 400 }, (_, i) => ({
        name: `电磁流量计${i + 1}`,
        brand: '光华',
        model: `LDG-${100 + i}`,
        quantity: '2',
        unitPrice: '1280.50',
      })),
      sections: [...STANDARD_SECTIONS, { kind: 'attachments', title: '资格证明文件', items }],
    });
    let pages = 0;
    const build = async () => {
      pages = (await t.ok('bids.output.build', { packageId: id, edition: 'original', jobId: 'bench-package' })).pages;
    };
    // The floor: a blank page printed by the same engine, and the 20 files merged with nothing added.
    const baseline = await medianMs(
      async () => {
        await t.core.services.pdf.render(documentHtml(<p>空白</p>, { title: 'blank', paper: 'a4' }));
        await mergePdfs(attachments);
      },
      5,
      1,
    );
    const ms = await medianMs(build, 5, 1);
    expect(pages).toBeGreaterThanOrEqual(100);
    console.log('\nBid package PDF bench (median, Chromium; baseline: a blank page + a plain merge of the 20 files)');
    console.table([
      {
        case: `${pages}-page package, 20 attachments`,
        'neiqin ms': ms.toFixed(0),
        'baseline ms': baseline.toFixed(0),
        ratio: `${(ms / baseline).toFixed(1)}×`,
        'target ms': 3000,
        'within target': ms <= 3000 ? 'yes' : 'NO',
      },
    ]);
  });
});
