import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { DELIVERY_PAPERS, type DeliveryPaper } from '../../../electron/shared/deliveries/contract';
import { deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { A4, expectEndOnLastPage, expectLaidOut, type PrintableArea } from '../support/pdf-read';
import { pdfWordBoxes } from '../support/pdf-text';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** Each paper as the notes lay it out themselves (no browser page footer): A4 with 10/12 mm, forms with 4/8 mm. */
const AREAS: Record<DeliveryPaper, PrintableArea> = {
  a4: { widthMm: 210, heightMm: 297, margins: [10, 12, 10, 12] },
  'form-241x279': { widthMm: 241, heightMm: 279, margins: [4, 8, 4, 8] },
  'form-241x140': { widthMm: 241, heightMm: 140, margins: [4, 8, 4, 8] },
  'form-241x93': { widthMm: 241, heightMm: 93, margins: [4, 8, 4, 8] },
};

const UNITS = ['台', '米', '套', '只'];

/** A confirmed notice of `count` order lines (units taken in turn from 台, 米, 套, 只), 2 of each at 100.00. */
async function noticeOf(count: number) {
  await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司', address: '杭州市拱墅区莫干山路1418号' });
  const { order, lineIds } = await wonOrder(t, {
    lines: Array.from({ length: count }, (_, i) => ({
      name: `备件${i + 1}`,
      spec: i % 7 === 3 ? 'LDG-150 DN150 PN16 衬四氟 哈氏合金电极 一体式 4-20mA HART 防护等级IP68' : `SP-${100 + i}`,
      unit: UNITS[i % UNITS.length]!,
      quantity: '2',
      unitPrice: '100',
    })),
  });
  const notice = await t.ok('deliveries.notices.create', {
    orderId: order.id,
    date: today(),
    lines: lineIds.map((orderLineId) => ({ orderLineId, quantity: '2' })),
  });
  return t.ok('deliveries.notices.confirm', { id: notice.id });
}

/** The total quantity as the documents print it, unit by unit in the order the lines use them. */
function totalByUnit(count: number): string {
  return UNITS.slice(0, Math.min(count, UNITS.length))
    .map((unit, u) => `${2 * Math.ceil((count - u) / UNITS.length)}${unit}`)
    .join('、');
}

const IN_WORDS: Record<number, string> = {
  1: '贰佰元整',
  15: '叁仟元整',
  16: '叁仟贰佰元整',
  40: '捌仟元整',
  300: '陆万元整',
};

describe('送货单 on every paper', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`${count} lines: no blank page, everything inside the paper's printable area, the total (unit by unit) and 大写 on the last page only`, async () => {
      const notice = await noticeOf(count);
      const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: count });
      const settings = await t.ok('settings.delivery.get', {});
      for (const paper of DELIVERY_PAPERS) {
        await t.ok('settings.delivery.update', { ...settings, paper });
        const file = await t.ok('deliveries.notes.preview', { ids: [note.id] });
        const pages = expectLaidOut(file, AREAS[paper]);
        expectEndOnLastPage(pages, [`合计：数量${totalByUnit(count)}`, `（大写）${IN_WORDS[count]}`]);
        for (const p of pages.slice(0, -1)) expect(p, paper).toContain('续下页');
        const all = pages.join('');
        expect(all.match(/备件\d+/g), paper).toHaveLength(count);
        expect(all, paper).toContain(`备件${count}`);
        pages.forEach((p, i) => expect(p, paper).toContain(`第${i + 1}页共${pages.length}页`));
        if (count === 1) expect(file.pages, paper).toBe(1);
      }
    });

  it('on plain A4 the total and signatures follow a short table; on a 241 mm form they keep their place at its foot', async () => {
    const notice = await noticeOf(2);
    const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 2 });
    const settings = await t.ok('settings.delivery.get', {});
    const placeOf = async (paper: DeliveryPaper) => {
      await t.ok('settings.delivery.update', { ...settings, paper });
      const [page] = pdfWordBoxes((await t.ok('deliveries.notes.preview', { ids: [note.id] })).dataBase64);
      const y = (text: RegExp) => page!.words.find((w) => text.test(w.text))!.yMinMm;
      return {
        lastRow: y(/^备件2$/),
        total: y(/^合计/),
        signer: y(/^签收人/),
        pageNo: y(/^第$/),
        height: page!.heightMm,
      };
    };
    const a4 = await placeOf('a4');
    expect(a4.total - a4.lastRow).toBeLessThan(12);
    expect(a4.signer - a4.total).toBeLessThan(10);
    // The page number stays at the foot of the sheet.
    expect(a4.pageNo).toBeGreaterThan(a4.height - 20);
    const form = await placeOf('form-241x140');
    expect(form.total).toBeGreaterThan(form.height - 25);
    expect(form.total - form.lastRow).toBeGreaterThan(40);
  });

  it('台, 米, 套 and 只 are never added together, on the note and on the notice', async () => {
    const notice = await noticeOf(6);
    const printed = expectLaidOut(await t.ok('deliveries.notices.print', { id: notice.id }), {
      ...A4,
      margins: [12, 13, 14, 13],
    });
    expect(printed.at(-1)).toContain('合计：6行，通知数量4台、4米、2套、2只');
    const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 6 });
    const text = expectLaidOut(await t.ok('deliveries.notes.preview', { ids: [note.id] }), AREAS['form-241x93']);
    expect(text.join('')).toContain('合计：数量4台、4米、2套、2只');
    expect(text.join('')).not.toMatch(/数量12(?!\d)/);
  });
});

describe('退货单 (return note)', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`${count} lines returned: no blank page, inside the printable area, the credit in 大写 and the signatures on the last page`, async () => {
      const notice = await noticeOf(count);
      const note = await deliveredNote(t, notice.id, count);
      const ret = await t.ok('deliveries.returns.create', {
        noteId: note.id,
        date: today(),
        reason: '口径与现场管道不符',
        lines: note.lines.map((l) => ({ noteLineId: l.id, quantity: '2' })),
      });
      const file = await t.ok('deliveries.returns.pdf', { id: ret.id });
      const pages = expectLaidOut(file, A4);
      expectEndOnLastPage(pages, [
        `退货金额：¥${(count * 200).toLocaleString('en-US')}.00`,
        `（大写）${IN_WORDS[count]}`,
        '客户确认：',
      ]);
      const all = pages.join('');
      expect(all.match(/备件\d+/g)).toHaveLength(count);
      for (const p of pages.filter((x) => /备件\d/.test(x))) expect(p).toContain('型号规格');
      pages.forEach((p, i) => expect(p).toContain(`第${i + 1}页共${pages.length}页`));
    });
});
