import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { transfer } from '../support/finance';
import { wonOrder } from '../support/orders';
import { A4, expectEndOnLastPage, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('每日资金表 (daily list) read back', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`${count} notes shipped and ${count} receipts: no blank page, inside the printable area, each table's total once, the day's total in 大写 and the signatures on the last page only`, async () => {
      await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司' });
      const { customer, order, lineIds } = await wonOrder(t, {
        lines: [{ name: '潜水排污泵', spec: 'WQ50-10-3', unit: '台', quantity: '1000', unitPrice: '100' }],
      });
      const note = await deliveredNote(
        t,
        (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '1' }])).id,
      );
      // The other notes of the day are copies of the first: the list reads them as shipped today.
      const db = t.core.services.db();
      const { id: _id, ...row } = (await db('delivery_notes').where({ id: note.id }).first()) as Record<
        string,
        unknown
      >;
      for (let i = 2; i <= count; i += 1) await db('delivery_notes').insert({ ...row, number: `${note.number}-${i}` });
      for (let i = 0; i < count; i += 1)
        await transfer(t, customer.id, today(), 100_00, { bankRef: `ICBC-${1000 + i}` });

      const file = await t.ok('finance.dailyPdf', { date: today() });
      const pages = expectLaidOut(file, A4);
      const total = (count * 100).toLocaleString('en-US');
      expectEndOnLastPage(pages, ['回款合计（大写）：', '制表：', '出纳：']);
      const all = pages.join('');
      // Each table's total is its last row, printed once (not at the foot of every page).
      expect(all.split(`发货合计（${count}张）`)).toHaveLength(2);
      expect(all.split(`回款合计（${count}笔）`)).toHaveLength(2);
      expect(all).toContain(`回款合计（${count}笔）0.00${total}.00`);
      expect(all.match(/ICBC-\d{4}/g)).toHaveLength(count);
      expect(all.match(/FH\d{4}-\d{5}(-\d+)?/g)).toHaveLength(count);
    });
});
