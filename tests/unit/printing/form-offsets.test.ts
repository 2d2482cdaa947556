import { describe, expect, it } from 'vitest';
import type { In } from '../../../electron/shared/contracts';
import { pdfPageSizes } from '../../../electron/core/docs/pdf-files';
import { checkedNotes } from '../support/dispatch';
import { pdfWordBoxes, type PdfPageBoxes } from '../support/pdf-text';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

/** Where a word starts on the first page it appears on, in mm from the paper's left and top edges. */
function wordAt(pages: PdfPageBoxes[], text: string): { x: number; y: number } {
  for (const page of pages) {
    const word = page.words.find((w) => w.text === text);
    if (word) return { x: word.xMinMm, y: word.yMinMm };
  }
  throw new Error(`"${text}" is not in the PDF`);
}

const a4: In<'deliveries.notes.preview'>['format'] = {
  paper: 'a4',
  parts: ['存根', '客户', '回单'],
  partMode: 'carbonless',
};
const third: In<'deliveries.notes.preview'>['format'] = {
  paper: 'form-241x93',
  parts: ['存根', '客户', '回单'],
  partMode: 'carbonless',
};

describe('套打: offsets per pre-printed form', () => {
  it('the offsets of the 241 × 93 form move everything printed on it by exactly that much, and nothing else', async () => {
    const [id, other] = await checkedNotes(t, 2);
    const number = (await t.ok('deliveries.notes.get', { id: id! })).number;
    const before = pdfWordBoxes((await t.ok('deliveries.notes.preview', { ids: [id!], format: third })).dataBase64);
    const onA4Before = pdfWordBoxes((await t.ok('deliveries.notes.preview', { ids: [id!], format: a4 })).dataBase64);

    // The dispatch clerk measured the form 3 mm too far left and 2 mm too low.
    const clerk = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const saved = await t.call(
      'printing.offsets.update',
      { paper: 'form-241x93', offsetX: 3, offsetY: -2 },
      { sessionId: clerk },
    );
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.forms).toEqual([
      { paper: 'form-241x93', offsetX: 3, offsetY: -2 },
      { paper: 'form-241x140', offsetX: 0, offsetY: 0 },
      { paper: 'form-241x279', offsetX: 0, offsetY: 0 },
      { paper: 'a4', offsetX: 0, offsetY: 0 },
    ]);

    const afterFile = await t.ok('deliveries.notes.preview', { ids: [id!], format: third });
    expect(afterFile.pages).toBe(1);
    const after = pdfWordBoxes(afterFile.dataBase64);
    expect(await pdfPageSizes(Buffer.from(afterFile.dataBase64, 'base64'))).toEqual([{ widthMm: 241, heightMm: 93 }]);
    for (const word of [number, '序号', '签收人：', '①存根']) {
      const was = wordAt(before, word);
      const now = wordAt(after, word);
      expect(now.x - was.x).toBeCloseTo(3, 1);
      expect(now.y - was.y).toBeCloseTo(-2, 1);
    }
    // Pushed down and left instead, a batch still takes one page a note: nothing spills onto the next page.
    await t.ok('printing.offsets.update', { paper: 'form-241x93', offsetX: -2, offsetY: 4 });
    const batch = await t.ok('deliveries.notes.preview', { ids: [id!, other!], format: third });
    expect(batch.pages).toBe(2);
    const pushed = pdfWordBoxes(batch.dataBase64);
    expect(wordAt(pushed, number).x - wordAt(before, number).x).toBeCloseTo(-2, 1);
    expect(wordAt(pushed, number).y - wordAt(before, number).y).toBeCloseTo(4, 1);
    // A4 has its own offsets (none): it prints where it did.
    const onA4After = pdfWordBoxes((await t.ok('deliveries.notes.preview', { ids: [id!], format: a4 })).dataBase64);
    expect(wordAt(onA4After, number)).toEqual(wordAt(onA4Before, number));

    const history = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'settings', entity_id: 'formOffsets.form-241x93' })
      .select('action', 'user_name', 'before_json', 'after_json')) as Record<string, string>[];
    expect(history).toEqual([
      {
        action: 'update',
        user_name: '王强',
        before_json: JSON.stringify({ offsetX: 0, offsetY: 0 }),
        after_json: JSON.stringify({ offsetX: 3, offsetY: -2 }),
      },
      {
        action: 'update',
        user_name: '管理员',
        before_json: JSON.stringify({ offsetX: 3, offsetY: -2 }),
        after_json: JSON.stringify({ offsetX: -2, offsetY: 4 }),
      },
    ]);
  });

  it('an offset is tenths of a millimetre within ±20 mm; anything else is refused beside the field and nothing is saved', async () => {
    await t.ok('printing.offsets.update', { paper: 'form-241x140', offsetX: 1.26, offsetY: -0.04 });
    expect((await t.ok('printing.offsets.get', {})).forms[1]).toEqual({
      paper: 'form-241x140',
      offsetX: 1.3,
      offsetY: 0,
    });
    const audits = await t.count('audit_log');
    const far = await t.fail('printing.offsets.update', { paper: 'form-241x140', offsetX: 25, offsetY: 0 });
    expect(far.code).toBe('VALIDATION');
    expect(far.details?.fields).toEqual([
      { path: 'offsetX', message: '偏移应在 -20 到 20 毫米之间；偏得更多时请先把纸对准' },
    ]);
    expect(far.message).toContain('水平偏移（毫米）');
    const typed = await t.fail('printing.offsets.update', { paper: 'form-241x140', offsetX: 0, offsetY: '2mm' });
    expect(typed.details?.fields).toEqual([{ path: 'offsetY', message: '偏移请填写毫米数，如 1.5 或 -2' }]);
    const unknown = await t.fail('printing.offsets.update', { paper: 'b5', offsetX: 0, offsetY: 0 });
    expect(unknown.details?.fields?.map((f) => f.path)).toEqual(['paper']);
    expect(await t.count('audit_log')).toBe(audits);
    expect((await t.ok('printing.offsets.get', {})).forms[1]).toEqual({
      paper: 'form-241x140',
      offsetX: 1.3,
      offsetY: 0,
    });
  });

  it('who may see notes reads the offsets; only who prints notes changes them', async () => {
    await t.ok('users.create', { username: 'zhaocg', displayName: '赵采购', role: 'purchaser' });
    const buyer = (await t.ok('auth.login', { username: 'zhaocg' })).sessionId;
    const read = await t.call('printing.offsets.get', {}, { sessionId: buyer });
    expect(read.ok).toBe(true);
    const refused = await t.fail(
      'printing.offsets.update',
      { paper: 'a4', offsetX: 1, offsetY: 1 },
      { sessionId: buyer },
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect((await t.ok('printing.offsets.get', {})).forms[3]).toEqual({ paper: 'a4', offsetX: 0, offsetY: 0 });
  });

  it('the calibration page: one page of the form’s size, its crosshairs where they say they are, moved by the offsets printed on it', async () => {
    const plain = await t.ok('printing.calibration', { paper: 'form-241x93' });
    expect(plain.filename).toBe('套打校准页-241x93.pdf');
    expect(plain.pages).toBe(1);
    expect(await pdfPageSizes(Buffer.from(plain.dataBase64, 'base64'))).toEqual([{ widthMm: 241, heightMm: 93 }]);
    const boxes = pdfWordBoxes(plain.dataBase64);
    const text = boxes[0]!.words.map((w) => w.text).join('');
    expect(text).toContain('套打校准页');
    expect(text).toContain('水平0mm，垂直0mm');
    // Each crosshair's label starts 3.5 mm inwards of its centre: A at (15, 15) right of it, E at (226, 78) left.
    // The rightmost word of that text (D's label also ends in "78)").
    const label = (text: string) =>
      boxes[0]!.words.filter((w) => w.text === text).sort((a, b) => b.xMaxMm - a.xMaxMm)[0]!;
    expect(label('A').xMinMm).toBeCloseTo(18.5, 0);
    expect(label('E').xMinMm).toBeLessThan(222.5);
    expect(label('(226,').xMaxMm).toBeLessThan(222.5);
    expect(label('78)').xMaxMm).toBeCloseTo(222.5, 0);

    await t.ok('printing.offsets.update', { paper: 'form-241x93', offsetX: -1.5, offsetY: 2 });
    const shifted = await t.ok('printing.calibration', { paper: 'form-241x93' });
    // Moved down, it is still one page: what goes past the paper's edge is cut, as on the printer.
    expect(shifted.pages).toBe(1);
    const moved = pdfWordBoxes(shifted.dataBase64);
    expect(moved[0]!.words.map((w) => w.text).join('')).toContain('水平−1.5mm，垂直+2mm');
    for (const label of ['A', 'C', 'E']) {
      expect(wordAt(moved, label).x - wordAt(boxes, label).x).toBeCloseTo(-1.5, 1);
      expect(wordAt(moved, label).y - wordAt(boxes, label).y).toBeCloseTo(2, 1);
    }
    const a4 = await t.ok('printing.calibration', { paper: 'a4' });
    expect(await pdfPageSizes(Buffer.from(a4.dataBase64, 'base64'))).toEqual([{ widthMm: 210, heightMm: 297 }]);
  });
});
