import { describe, expect, it } from 'vitest';
import { settlementOf } from '../support/dispatch';
import { A4, expectEndOnLastPage, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('运费结算单 printed', () => {
  it.each([1, 15, 16, 40, 300])(
    'with %i consignments: every one listed, no blank page, inside the printable area, freight + insurance totals and 大写 on the last page only',
    async (lines) => {
      const s = await settlementOf(t, lines);
      expect(s).toMatchObject({ freight: lines * 10_000, insurance: lines * 1_500, total: lines * 11_500 });
      const file = await t.ok('dispatch.freight.statement', { id: s.id });
      const pages = expectLaidOut(file, A4);
      expectEndOnLastPage(pages, ['运费合计：', '应付合计：', '承运商确认']);
      for (const p of pages.filter((x) => /100\.0015\.00/.test(x))) expect(p).toContain('托运单号');
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
