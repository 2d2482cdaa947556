import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { checkedNotes } from '../support/dispatch';
import { pdfPagesText as pdfPages, squash } from '../support/pdf-text';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('市内送货派车单 printed', () => {
  // At 18 and 38 stops the table fills its page exactly: the signature line once fell alone onto the next one.
  it.each([1, 15, 16, 18, 38, 40])(
    'with %i stops: every stop once, in order, no blank page, the signature line after the last stop',
    async (stops) => {
      const noteIds = await checkedNotes(t, stops);
      const run = await t.ok('dispatch.runs.create', {
        date: today(),
        vehicle: '粤B·3K217',
        driver: '陈师傅',
        noteIds,
      });
      const file = await t.ok('dispatch.runs.sheet', { id: run.id });
      const pages = pdfPages(file.dataBase64).map(squash);
      const numbers = run.stopList.map((s) => s.number);
      const all = pages.join('');
      for (const n of numbers) expect(all.split(n)).toHaveLength(2);
      // Stops in their order: each note number appears after the one before it.
      const at = numbers.map((n) => all.indexOf(n));
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const last = pages.at(-1)!;
      expect(last).toContain(numbers.at(-1)!);
      expect(last).toContain('出车时间：回车时间：调度：');
      expect(last).toContain(`第${pages.length}页共${pages.length}页`);
    },
  );
});
