import { afterAll, beforeAll, describe, it } from 'vitest';
import { getNote, getNotes } from '../../electron/core/deliveries/note-store';
import { documentHtml } from '../../electron/core/docs/document-html';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { wonOrder } from '../unit/support/orders';
import { medianMs } from './measure';

let t: TestCore;

/** 200 delivery notes of 1 to 6 lines each, from one order of 200 lines. */
async function twoHundredNotes(): Promise<number[]> {
  const lines = Array.from({ length: 200 }, (_, i) => ({
    name: `潜水排污泵${i + 1}`,
    spec: `WQ50-10-${i + 1}`,
    unit: '台',
    quantity: '6',
    unitPrice: '2600',
  }));
  const { order } = await wonOrder(t, { lines });
  const progress = await t.ok('orders.progress', { orderId: order.id });
  const ids: number[] = [];
  for (let i = 0; i < 200; i++) {
    const width = 1 + (i % 6);
    const picked = Array.from({ length: width }, (_, k) => progress.lines[(i + k) % 200]!).filter(
      (l, k, all) => all.findIndex((x) => x.orderLineId === l.orderLineId) === k,
    );
    const notice = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: '2026-11-24',
      lines: picked.map((l) => ({ orderLineId: l.orderLineId, quantity: '1' })),
    });
    await t.ok('deliveries.notices.confirm', { id: notice.id });
    ids.push((await t.ok('deliveries.notes.create', { noticeId: notice.id, date: '2026-11-24', packages: width })).id);
  }
  return ids;
}

/** How many SQL statements one preview of `ids` runs, from knex's 'query' event. */
async function queriesOf(ids: number[]): Promise<number> {
  const db = t.core.services.db();
  let n = 0;
  const count = () => n++;
  db.on('query', count);
  try {
    await t.ok('deliveries.notes.preview', { ids });
  } finally {
    db.off('query', count);
  }
  return n;
}

describe('delivery note printing', () => {
  beforeAll(async () => {
    t = await openTestCore();
    await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司', address: '杭州市拱墅区莫干山路1418号' });
    await t.core.services.pdf.render(documentHtml(<p />, { title: 'warm-up', paper: 'a4' }));
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('reports the time to print a batch of 200 notes as one PDF, against one note', async () => {
    const ids = await twoHundredNotes();
    const one = await medianMs(() => t.ok('deliveries.notes.preview', { ids: [ids[0]!] }), 5, 1);
    const batch = await medianMs(() => t.ok('deliveries.notes.preview', { ids }), 3, 1);
    const queries = { one: await queriesOf([ids[0]!]), batch: await queriesOf(ids) };
    // The reading alone, set-based, beside the former note-by-note reads in the same run.
    const db = t.core.services.db();
    const readBatch = await medianMs(() => getNotes(db, ids), 5, 1);
    const readOneByOne = await medianMs(
      async () => {
        for (const id of ids) await getNote(db, id);
      },
      5,
      1,
    );
    console.log('\nDelivery note batch bench (median, Chromium, 241 × 93 mm carbonless; baseline: one note)');
    console.table([
      {
        case: '200 notes, one PDF',
        'neiqin ms': batch.toFixed(0),
        'one note ms': one.toFixed(0),
        ratio: `${(batch / one).toFixed(1)}×`,
        'queries (batch / one note)': `${queries.batch} / ${queries.one}`,
        'target ms': 5000,
        'within target': batch <= 5000 ? 'yes' : 'NO',
      },
    ]);
    console.table([
      {
        case: 'reading the 200 notes (baseline: note by note, as before)',
        'set-based ms': readBatch.toFixed(0),
        'note by note ms': readOneByOne.toFixed(0),
        ratio: `${(readBatch / readOneByOne).toFixed(2)}×`,
      },
    ]);
  }, 600_000);
});
