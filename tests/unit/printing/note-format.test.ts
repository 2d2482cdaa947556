import { describe, expect, it } from 'vitest';
import { pdfPageSizes } from '../../../electron/core/docs/pdf-files';
import { checkedNotes } from '../support/dispatch';
import { pdfPagesText, squash } from '../support/pdf-text';
import type { TestCore } from '../support/test-core';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

const sizes = (dataBase64: string) => pdfPageSizes(Buffer.from(dataBase64, 'base64'));

async function printCount(id: number): Promise<number> {
  const row = (await t.core.services.db()('delivery_notes').where({ id }).first('print_count')) as {
    print_count: number;
  };
  return row.print_count;
}

/** A user of a role the support helpers do not make (a purchaser), logged in. */
async function purchaser(core: TestCore): Promise<string> {
  await core.ok('users.create', { username: 'zhaocg', displayName: '赵采购', role: 'purchaser' });
  return (await core.ok('auth.login', { username: 'zhaocg' })).sessionId;
}

describe('paper and parts chosen by the person printing', () => {
  it('a dispatch clerk prints one note on A4, part by part, and the next on a 241 × 93 carbonless form; the company setting stays as it was', async () => {
    const [first, second] = await checkedNotes(t, 2);
    const clerk = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const company = await t.ok('settings.delivery.get', {});
    expect(company.paper).toBe('form-241x93');

    const onA4 = await t.call(
      'deliveries.notes.print',
      { ids: [first!], format: { paper: 'a4', parts: ['存根', '客户', '回单'], partMode: 'separate' } },
      { sessionId: clerk },
    );
    if (!onA4.ok) throw new Error(onA4.error.message);
    expect(await sizes(onA4.value.dataBase64)).toEqual([
      { widthMm: 210, heightMm: 297 },
      { widthMm: 210, heightMm: 297 },
      { widthMm: 210, heightMm: 297 },
    ]);
    expect(pdfPagesText(onA4.value.dataBase64).map((p) => /第(.)联(..)/.exec(squash(p))?.slice(1).join(''))).toEqual([
      '一存根',
      '二客户',
      '三回单',
    ]);

    const onForm = await t.call(
      'deliveries.notes.print',
      { ids: [second!], format: { paper: 'form-241x93', parts: ['存根', '客户', '回单'], partMode: 'carbonless' } },
      { sessionId: clerk },
    );
    if (!onForm.ok) throw new Error(onForm.error.message);
    expect(await sizes(onForm.value.dataBase64)).toEqual([{ widthMm: 241, heightMm: 93 }]);
    const form = squash(pdfPagesText(onForm.value.dataBase64)[0]!);
    for (const ply of ['①存根', '②客户', '③回单']) expect(form).toContain(ply);

    // Both counted as printed, by the clerk; the company's paper is still the 1/3 form.
    expect([await printCount(first!), await printCount(second!)]).toEqual([1, 1]);
    const history = await t.ok('audit.forEntity', { entity: 'delivery', entityId: String(first) });
    expect(history[0]).toMatchObject({ action: 'print', userName: '王强' });
    expect((await t.ok('settings.delivery.get', {})).paper).toBe('form-241x93');
    // Changing the company's setting is still the admin's.
    const refused = await t.fail('settings.delivery.update', { ...company, paper: 'a4' }, { sessionId: clerk });
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('without a choice the company setting applies, as before', async () => {
    const [id] = await checkedNotes(t, 1);
    await t.ok('settings.delivery.update', {
      paper: 'form-241x140',
      parts: ['存根', '客户'],
      partMode: 'carbonless',
      receiptDays: 7,
    });
    const file = await t.ok('deliveries.notes.preview', { ids: [id!] });
    expect(await sizes(file.dataBase64)).toEqual([{ widthMm: 241, heightMm: 140 }]);
    expect(squash(pdfPagesText(file.dataBase64)[0]!)).toContain('①存根②客户');
  });

  it('one part reprinted alone keeps its own number on the set: 第三联 回单', async () => {
    const [id] = await checkedNotes(t, 1);
    const file = await t.ok('deliveries.notes.print', {
      ids: [id!],
      format: { paper: 'a4', parts: ['回单'], partMode: 'separate' },
    });
    const pages = pdfPagesText(file.dataBase64).map(squash);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('第三联回单');
    expect(pages[0]).not.toContain('存根');
  });

  it('parts the company’s forms do not have, or one part twice, are refused beside the part and nothing is counted', async () => {
    const [id] = await checkedNotes(t, 1);
    const audits = await t.count('audit_log');
    const unknown = await t.fail('deliveries.notes.print', {
      ids: [id!],
      format: { paper: 'a4', parts: ['客户', '发票'], partMode: 'separate' },
    });
    expect(unknown.code).toBe('VALIDATION');
    expect(unknown.message).toBe('“发票”不是送货单的联次，可选：存根、客户、回单');
    expect(unknown.details?.fields).toEqual([
      { path: 'format.parts.1', message: '“发票”不是送货单的联次，可选：存根、客户、回单' },
    ]);
    const twice = await t.fail('deliveries.notes.print', {
      ids: [id!],
      format: { paper: 'a4', parts: ['客户', '客户'], partMode: 'separate' },
    });
    expect(twice.details?.fields).toEqual([{ path: 'format.parts.1', message: '“客户”选了两次' }]);
    const badPaper = await t.fail('deliveries.notes.print', {
      ids: [id!],
      format: { paper: 'b5', parts: ['客户'], partMode: 'separate' },
    });
    expect(badPaper.code).toBe('VALIDATION');
    expect(badPaper.details?.fields?.map((f) => f.path)).toEqual(['format.paper']);
    const noParts = await t.fail('deliveries.notes.print', {
      ids: [id!],
      format: { paper: 'a4', parts: [], partMode: 'separate' },
    });
    expect(noParts.details?.fields?.map((f) => f.path)).toEqual(['format.parts']);
    expect(await printCount(id!)).toBe(0);
    expect(await t.count('audit_log')).toBe(audits);
  });

  it('anyone who may see notes previews them in any format; printing (counted) needs deliveries.write', async () => {
    const [id] = await checkedNotes(t, 1);
    const buyer = await purchaser(t);
    const format = { paper: 'form-241x279', parts: ['存根', '客户', '回单'], partMode: 'carbonless' } as const;
    const preview = await t.call('deliveries.notes.preview', { ids: [id!], format }, { sessionId: buyer });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(await sizes(preview.value.dataBase64)).toEqual([{ widthMm: 241, heightMm: 279 }]);
    const refused = await t.fail('deliveries.notes.print', { ids: [id!], format }, { sessionId: buyer });
    expect(refused.code).toBe('FORBIDDEN');
    expect(await printCount(id!)).toBe(0);
  });
});
