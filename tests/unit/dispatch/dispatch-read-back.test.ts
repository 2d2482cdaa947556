import { describe, expect, it } from 'vitest';
import { consignmentOfNotes, runOfStops } from '../support/dispatch';
import { A4, expectEndOnLastPage, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('市内送货派车单 (run sheet) read back', () => {
  for (const stops of [1, 15, 16, 40, 300])
    it(`${stops} stops: no blank page, inside the printable area, every stop once under the header, the signature line on the last page only`, async () => {
      const run = await runOfStops(t, stops);
      const pages = expectLaidOut(await t.ok('dispatch.runs.sheet', { id: run.id }), A4);
      expectEndOnLastPage(pages, ['出车时间：', '回车时间：', '调度：']);
      const all = pages.join('');
      // Every stop once, in stop order.
      expect(all.match(/FH\d{4}-\d{5}(-\d+)?/g)).toEqual(run.stopList.map((s) => s.number));
      for (const p of pages) expect(p).toContain('送货单号');
      expect(all).toContain(run.stopList.at(-1)!.number);
    });
});

describe('货物托运单 (consignment note) read back', () => {
  // A consignment carries at most 100 notes (its contract): that is its longest document.
  for (const notes of [1, 15, 16, 40, 100])
    it(`${notes} notes carried: no blank page, inside the printable area, every note listed, the charges and signatures on the last page only`, async () => {
      const c = await consignmentOfNotes(t, notes);
      const file = await t.ok('dispatch.consignments.pdf', { id: c.id });
      const pages = expectLaidOut(file, A4);
      expectEndOnLastPage(pages, ['运费及保价费合计：¥', '托运人签字：', '承运人签字：']);
      const all = pages.join('');
      expect(all.match(/FH\d{4}-\d{5}(-\d+)?/g)).toHaveLength(notes);
      for (const p of pages.slice(1)) expect(p).toContain('随货送货单');
      if (notes === 1) expect(pages).toHaveLength(1);
    });
});
