import { afterAll, beforeAll, describe, it } from 'vitest';
import { documentHtml } from '../../electron/core/docs/document-html';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { medianMs } from './measure';

let t: TestCore;

async function quoteWith(lines: number): Promise<number> {
  const c = await t.ok('customers.create', { name: `基准客户${lines}` });
  const q = await t.ok('quotes.create', {
    customerId: c.id,
    quoteDate: '2026-11-24',
    lines: Array.from({ length: lines }, (_, i) => ({
      name: '法兰球阀',
      brand: '苏阀',
      spec: `Q41F-16C DN${15 + i}`,
      unit: '台',
      quantity: '2',
      unitPrice: '1280.50',
    })),
  });
  return q.id;
}

describe('quote PDFs', () => {
  beforeAll(async () => {
    t = await openTestCore();
    await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司', address: '杭州市拱墅区莫干山路1418号' });
    // Chromium's first start is not a document's cost.
    await t.core.services.pdf.render(documentHtml(<p />, { title: 'warm-up', paper: 'a4' }));
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the time to render 20- and 300-line quotes, against a blank A4 page in the same engine', async () => {
    const q20 = await quoteWith(20);
    const q300 = await quoteWith(300);
    const blank = await medianMs(
      () => t.core.services.pdf.render(documentHtml(<p>空白</p>, { title: 'blank', paper: 'a4' })),
      10,
      2,
    );
    const rows = [
      { case: '20-line quote', ms: await medianMs(() => t.ok('quotes.pdf', { id: q20 }), 10, 2), targetMs: 500 },
      { case: '300-line quote', ms: await medianMs(() => t.ok('quotes.pdf', { id: q300 }), 5, 1), targetMs: 3000 },
    ];
    console.log('\nQuote PDF bench (median, Chromium; baseline: a blank page)');
    console.table(
      rows.map((r) => ({
        case: r.case,
        'neiqin ms': r.ms.toFixed(0),
        'blank page ms': blank.toFixed(0),
        ratio: `${(r.ms / blank).toFixed(1)}×`,
        'target ms': r.targetMs,
        'within target': r.ms <= r.targetMs ? 'yes' : 'NO',
      })),
    );
  });
});
