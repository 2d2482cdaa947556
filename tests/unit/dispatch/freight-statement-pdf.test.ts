import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { checkedNotes } from '../support/dispatch';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

function pdfPages(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-freight-')), 's.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  if (process.env.NEIQIN_KEEP_PDF) fs.copyFileSync(file, process.env.NEIQIN_KEEP_PDF);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * A settlement of `lines` consignments, each 100 kg at 1 元/kg (100.00) with a 15.00 insurance fee. The first is
 * booked, shipped and signed for through the services; the others are copies of its row put on the same settlement, which is all the statement's layout needs.
 */
async function settlementOf(lines: number) {
  const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
  const [noteId] = await checkedNotes(t, 1);
  const c = await t.ok('dispatch.consignments.create', {
    carrierId: carrier.id,
    noteIds: [noteId!],
    date: today(),
    toStation: '长沙',
    consigneeName: '长沙银河自动化有限公司',
    goods: '水泵',
    packages: 2,
    weightKg: '100',
    payment: 'monthly',
    insuredValue: 1_000_000,
    insuranceFee: 1_500,
  });
  await t.ok('dispatch.consignments.ship', { id: c.id, waybillNo: 'WB-1' });
  await t.ok('dispatch.consignments.arrive', { id: c.id, date: today() });
  await t.ok('deliveries.notes.receipt', { id: noteId!, signer: '黄志强', date: today() });
  const s = await t.ok('dispatch.freight.settle', {
    carrierId: carrier.id,
    from: today(),
    to: today(),
    consignmentIds: [c.id],
    paymentRef: '网银-0311',
    settledOn: today(),
  });
  const db = t.core.services.db();
  const row = (await db('consignments').where({ id: c.id }).first()) as Record<string, unknown>;
  for (let i = 2; i <= lines; i += 1) {
    const { id: _id, ...copy } = row;
    await db('consignments').insert({ ...copy, number: `${c.number}-${i}`, waybill_no: `WB-${i}` });
  }
  await db('freight_settlements')
    .where({ id: s.id })
    .update({ freight_fen: lines * 10_000, total_fen: lines * 11_500 });
  return (await t.ok('dispatch.freight.list', {})).rows[0]!;
}

describe('运费结算单 printed', () => {
  it.each([1, 15, 16, 40, 300])(
    'with %i consignments: every one listed, no blank page, freight + insurance totals and 大写 on the last page',
    async (lines) => {
      const s = await settlementOf(lines);
      expect(s).toMatchObject({ freight: lines * 10_000, insurance: lines * 1_500, total: lines * 11_500 });
      const file = await t.ok('dispatch.freight.statement', { id: s.id });
      const pages = pdfPages(file.dataBase64).map(squash);
      for (const p of pages) expect(p.length).toBeGreaterThan(40);
      const all = pages.join('');
      expect(all.match(/100\.0015\.00/g)).toHaveLength(lines);
      const last = pages.at(-1)!;
      expect(last).toContain(`保价费合计：¥${(lines * 15).toLocaleString('en-US')}.00`);
      expect(last).toContain(`应付合计：¥${(lines * 115).toLocaleString('en-US')}.00`);
      expect(last).toContain('承运商确认');
      if (lines === 1) expect(last).toContain('（大写）壹佰壹拾伍元整');
      if (lines > 40) expect(pages.length).toBeGreaterThan(1);
    },
  );
});
