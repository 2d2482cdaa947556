import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../electron/core/dates';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { medianMs, report, type BenchRow } from './measure';

const ITEMS = 50;
const SUPPLIERS = 10;
const ROUNDS = 2;

let t: TestCore;
let rfqId = 0;

/**
 * The matrix's data read straight in SQL, as a report script would: each supplier's latest round and its lines,
 * with the items; nothing normalised or marked.
 */
async function rawMatrix(db: Knex, id: number) {
  return db('rfq_answer_lines')
    .join('rfq_answers', 'rfq_answers.id', 'rfq_answer_lines.answer_id')
    .join('rfq_suppliers', 'rfq_suppliers.id', 'rfq_answers.rfq_supplier_id')
    .join('rfq_items', 'rfq_items.id', 'rfq_answer_lines.rfq_item_id')
    .where('rfq_suppliers.rfq_id', id)
    .whereRaw(
      'rfq_answers.round = (SELECT MAX(a2.round) FROM rfq_answers a2 WHERE a2.rfq_supplier_id = rfq_suppliers.id)',
    )
    .select(
      'rfq_items.id as item_id',
      'rfq_suppliers.supplier_id',
      'rfq_answer_lines.*',
      'rfq_answers.price_includes_tax',
    )
    .orderBy(['rfq_items.position', 'rfq_suppliers.id']);
}

describe(`the comparison matrix: ${ITEMS} items × ${SUPPLIERS} suppliers, ${ROUNDS} rounds each`, () => {
  beforeAll(async () => {
    t = await openTestCore();
    const suppliers: number[] = [];
    for (let s = 0; s < SUPPLIERS; s++) suppliers.push((await t.ok('suppliers.create', { name: `供应商${s + 1}` })).id);
    const rfq = await t.ok('purchasing.rfq.create', {
      origin: 'free',
      date: today(),
      items: Array.from({ length: ITEMS }, (_, i) => ({
        name: `物料${i + 1}`,
        unit: '台',
        quantity: String(i + 1),
        params: [
          { name: '电压', value: '380V' },
          { name: '功率', value: `${i + 1}kW` },
        ],
      })),
      supplierIds: suppliers,
    });
    rfqId = rfq.id;
    for (const s of suppliers)
      await t.ok('purchasing.rfq.logAsked', { id: rfqId, supplierId: s, channel: 'phone', sentOn: today() });
    for (let round = 1; round <= ROUNDS; round++)
      for (const [k, s] of suppliers.entries())
        await t.ok('purchasing.rfq.answer', {
          id: rfqId,
          supplierId: s,
          answerDate: today(),
          priceIncludesTax: k % 2 === 0,
          lines: rfq.rfqItems.map((item, i) => ({
            itemId: item.id,
            unitPrice: `${1000 + i * 3 + k * 7 - round * 5}.25`,
            taxRate: '0.13',
            leadDays: 10 + k,
            params: [
              { name: '电压', value: k === 3 ? '220V' : '380V' },
              { name: '功率', value: `${i + 1}kW` },
            ],
          })),
        });
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  it('reports the channel against the raw read of the same answers', async () => {
    const db = t.core.services.db();
    const matrix = await t.ok('purchasing.rfq.compare', { id: rfqId });
    const raw = await rawMatrix(db, rfqId);
    // The same answers first: a benchmark of a wrong answer measures nothing.
    expect(raw).toHaveLength(ITEMS * SUPPLIERS);
    expect(matrix.items.flatMap((i) => i.cells.map((c) => c.answerLineId))).toEqual(raw.map((r) => r.id as number));
    expect(matrix.items.every((i) => i.cells.filter((c) => c.best).length === 1)).toBe(true);

    const rows: BenchRow[] = [
      {
        case: `compare ${ITEMS}×${SUPPLIERS} (channel vs raw SQL of the latest rounds)`,
        neiqinMs: await medianMs(() => t.ok('purchasing.rfq.compare', { id: rfqId }), 20, 3),
        rawSqlMs: await medianMs(() => rawMatrix(db, rfqId), 20, 3),
        targetMs: 100,
      },
    ];
    report('RFQ comparison bench (median; target ≤ 100 ms through the channel)', rows);
  });
});
