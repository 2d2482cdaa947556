import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { readSnapshot } from '../../../electron/core/docs/issued-snapshot';
import * as m0014 from '../../../migrations/0014_frozen_documents';
import { pdfImageSizes, pdfPagesText, squash } from '../support/pdf-text';
import { solidPng } from '../support/png';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** An image uploaded as an attachment; its pixel size tells it apart in a PDF. */
async function image(name: string, width: number, height: number) {
  const png = solidPng(width, height, [200, 20, 20]);
  return (await t.ok('attachments.upload', { filename: name, mime: 'image/png', dataBase64: png })).id;
}

const LETTERHEAD = {
  name: '杭州恒信机电设备有限公司',
  taxId: '91330100MA2XXXXX1A',
  address: '杭州市拱墅区莫干山路1418号',
  phone: '0571-88236600',
  bankName: '中国工商银行杭州莫干山路支行',
  bankAccount: '1202021209001234567',
};

async function customerA() {
  return t.ok('customers.create', {
    name: '苏州工业园区清源华衍水务有限公司',
    taxId: '91320594MA1XXXXX2B',
    invoiceAddressPhone: '苏州工业园区星港街 33 号 0512-62880000',
    invoiceBankAccount: '中国银行苏州工业园区支行 5555 6666 7777',
    addresses: [{ address: '苏州工业园区星港街 33 号', contact: '钱工', phone: '0512-62880000', isDefault: true }],
  });
}

/** A quote for the customer, through approval and sent by fax: issued. */
async function sentQuote(customerId: number) {
  const q = await t.ok('quotes.create', {
    customerId,
    contactName: '孙伟',
    contactPhone: '13851712345',
    project: '二期管网改造',
    quoteDate: today(),
    paymentTerms: '月结30天',
    lines: [
      { name: '电磁流量计', brand: '光华', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800' },
      { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.5' },
    ],
  });
  const submitted = await t.ok('quotes.submit', { id: q.id });
  if (submitted.status === 'pending_approval') await t.ok('quotes.approve', { id: q.id, comment: null });
  return t.ok('quotes.markSent', { id: q.id, via: 'fax' });
}

/** A confirmed notice of the whole order and a note of it. */
async function noteOf(orderId: number, lineIds: number[], quantity: string) {
  const notice = await t.ok('deliveries.notices.create', {
    orderId,
    date: today(),
    lines: lineIds.map((orderLineId) => ({ orderLineId, quantity })),
  });
  await t.ok('deliveries.notices.confirm', { id: notice.id });
  return t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 2 });
}

async function checked(noteId: number) {
  const note = await t.ok('deliveries.notes.get', { id: noteId });
  return t.ok('deliveries.notes.check', {
    id: noteId,
    lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
  });
}

const text = (file: { dataBase64: string }) => pdfPagesText(file.dataBase64).map(squash).join('\n');

describe('issued documents are frozen', () => {
  it('renaming the customer and changing the letterhead, format, logo and seal change no reprint of a quote, contract, note, return or consignment; new documents show the new', async () => {
    const logo1 = await image('logo-1.png', 30, 10);
    const seal1 = await image('seal-1.png', 40, 40);
    await t.ok('settings.company.update', { ...LETTERHEAD, logoAttachmentId: logo1, sealAttachmentId: seal1 });
    const customer = await customerA();

    // Issue one of each kind.
    const quote = await sentQuote(customer.id);
    await t.ok('quotes.outcome', { id: quote.id, outcome: 'won', reason: null });
    const order = await t.ok('orders.createFromQuote', { quoteId: quote.id, customerPo: 'PO-88', orderDate: today() });
    const lineIds = (await t.ok('orders.progress', { orderId: order.id })).lines.map((l) => l.orderLineId);
    const note = await noteOf(order.id, lineIds, '2');
    await t.ok('deliveries.notes.print', { ids: [note.id] });
    await checked(note.id);
    for (const to of ['loaded', 'in_transit', 'delivered'] as const)
      await t.ok('deliveries.notes.advance', { id: note.id, to });
    const ret = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '规格不符',
      lines: [{ noteLineId: note.lines[1]!.id, quantity: '1' }],
    });
    const carried = await noteOf(order.id, lineIds, '1');
    await checked(carried.id);
    const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
    const consignment = await t.ok('dispatch.consignments.create', {
      carrierId: carrier.id,
      noteIds: [carried.id],
      date: today(),
      toStation: '苏州',
      consigneeName: '清源水务仓库',
      consigneePhone: '0512-62881111',
      goods: '流量计',
      packages: 2,
      weightKg: '50',
      payment: 'monthly',
    });

    const print = async () => ({
      quote: await t.ok('quotes.pdf', { id: quote.id, formatId: null }),
      quoteXlsx: await t.ok('quotes.xlsx', { id: quote.id }),
      contract: await t.ok('orders.printContract', { id: order.id }),
      note: await t.ok('deliveries.notes.preview', { ids: [note.id] }),
      ret: await t.ok('deliveries.returns.pdf', { id: ret.id }),
      consignment: await t.ok('dispatch.consignments.pdf', { id: consignment.id }),
    });
    const before = await print();
    const first = text(before.contract);
    expect(first).toContain('买方（乙方）：苏州工业园区清源华衍水务有限公司');
    expect(first).toContain('纳税人识别号：91320594MA1XXXXX2B');
    expect(first).toContain('卖方（甲方）：杭州恒信机电设备有限公司');
    expect(text(before.quote)).toContain('客户：苏州工业园区清源华衍水务有限公司');
    expect(text(before.note)).toContain('客户：苏州工业园区清源华衍水务有限公司');
    expect(text(before.ret)).toContain('客户：苏州工业园区清源华衍水务有限公司');
    expect(text(before.consignment)).toContain(`1${carried.number}苏州工业园区清源华衍水务有限公司`);
    expect(pdfImageSizes(before.quote.dataBase64)).toEqual(['30x10', '40x40']);
    expect(pdfImageSizes(before.contract.dataBase64)).toEqual(['30x10', '40x40']);

    // Everything the documents were issued with changes.
    const live = await t.ok('customers.get', { id: customer.id });
    await t.ok('customers.update', {
      id: customer.id,
      lockVersion: live.lockVersion,
      data: {
        ...live,
        name: '苏州清源水务集团有限公司',
        taxId: '91320594MA1YYYYY3C',
        invoiceAddressPhone: '苏州市吴中区东吴北路 1 号 0512-65550000',
        invoiceBankAccount: '中国建设银行吴中支行 1111 2222',
        addresses: [{ address: '苏州市吴中区东吴北路 1 号', contact: '周工', phone: '0512-65550000', isDefault: true }],
      },
    });
    const logo2 = await image('logo-2.png', 48, 16);
    const seal2 = await image('seal-2.png', 64, 64);
    await t.ok('settings.company.update', {
      name: '浙江恒信智能装备股份有限公司',
      taxId: '91330100MA2ZZZZZ9Z',
      address: '杭州市余杭区文一西路 998 号',
      phone: '0571-99990000',
      bankName: '招商银行杭州分行',
      bankAccount: '5719 0000 1111',
      logoAttachmentId: logo2,
      sealAttachmentId: seal2,
    });
    const standard = (await t.ok('quotes.formats.list', {})).find((f) => f.isDefault)!;
    await t.ok('quotes.formats.save', {
      id: standard.id,
      format: { ...standard, title: '报价函', columns: standard.columns.filter((c) => c.key !== 'brand') },
    });

    // Reprints read exactly as before, with the logo and seal of the day they were issued.
    const after = await print();
    for (const kind of ['quote', 'contract', 'note', 'ret', 'consignment'] as const)
      expect(text(after[kind]), kind).toBe(text(before[kind]));
    expect(after.quote.filename).toBe(before.quote.filename);
    expect(after.quoteXlsx.dataBase64.length).toBeGreaterThan(0);
    expect(await sheetText(after.quoteXlsx.dataBase64)).toEqual(await sheetText(before.quoteXlsx.dataBase64));
    expect(pdfImageSizes(after.quote.dataBase64)).toEqual(['30x10', '40x40']);
    expect(pdfImageSizes(after.contract.dataBase64)).toEqual(['30x10', '40x40']);
    // Its own format named again is still the format as sent; another format is the user's explicit choice,
    // printed as that format stands, the parties still as issued.
    expect(text(await t.ok('quotes.pdf', { id: quote.id, formatId: standard.id }))).toBe(text(before.quote));
    const brief = await t.ok('quotes.formats.save', {
      id: null,
      format: { name: '简版', title: '产品报价', columns: [{ key: 'name', width: 60 }], terms: [] },
    });
    const other = text(await t.ok('quotes.pdf', { id: quote.id, formatId: brief.id }));
    expect(other).toContain('产品报价');
    expect(other).toContain('客户：苏州工业园区清源华衍水务有限公司');

    // New documents are issued with what holds now.
    const next = await sentQuote(customer.id);
    const nextText = text(await t.ok('quotes.pdf', { id: next.id, formatId: null }));
    expect(nextText).toContain('客户：苏州清源水务集团有限公司');
    expect(nextText).toContain('浙江恒信智能装备股份有限公司');
    expect(nextText).toContain('报价函');
    expect(pdfImageSizes((await t.ok('quotes.pdf', { id: next.id, formatId: null })).dataBase64)).toEqual([
      '48x16',
      '64x64',
    ]);
    const fresh = await noteOf(order.id, [lineIds[0]!], '1');
    expect(text(await t.ok('deliveries.notes.preview', { ids: [fresh.id] }))).toContain(
      '客户：苏州清源水务集团有限公司',
    );
  });

  it('a draft prints live; sending freezes it in the format it went out in, and a second send keeps the first', async () => {
    await t.ok('settings.company.update', LETTERHEAD);
    const customer = await customerA();
    const draft = await t.ok('quotes.create', {
      customerId: customer.id,
      quoteDate: today(),
      lines: [{ name: '电磁流量计', quantity: '1', unitPrice: '6800' }],
    });
    expect(await readSnapshot(t.core.services.db(), 'quote', draft.id)).toBeNull();
    await t.ok('settings.company.update', { ...LETTERHEAD, name: '改名后的公司' });
    expect(text(await t.ok('quotes.pdf', { id: draft.id, formatId: null }))).toContain('改名后的公司');

    const sent = await sentQuote(customer.id);
    const snapshot = (await readSnapshot(t.core.services.db(), 'quote', sent.id))!;
    expect(snapshot.company.name).toBe('改名后的公司');
    expect(snapshot.customer?.name).toBe('苏州工业园区清源华衍水务有限公司');
    expect(snapshot.contact).toEqual({ name: '孙伟', phone: '13851712345', email: null, address: null });
    expect(snapshot.format?.title).toBe('报价单');
    await t.ok('settings.company.update', LETTERHEAD);
    await t.ok('quotes.markSent', { id: sent.id, via: 'email' });
    expect((await readSnapshot(t.core.services.db(), 'quote', sent.id))!.company.name).toBe('改名后的公司');
  });

  it('a note is issued by its first print or by leaving; until then it prints live', async () => {
    await t.ok('settings.company.update', LETTERHEAD);
    const customer = await customerA();
    const quote = await sentQuote(customer.id);
    await t.ok('quotes.outcome', { id: quote.id, outcome: 'won', reason: null });
    const order = await t.ok('orders.createFromQuote', { quoteId: quote.id, customerPo: null, orderDate: today() });
    const lineIds = (await t.ok('orders.progress', { orderId: order.id })).lines.map((l) => l.orderLineId);
    const loaded = await noteOf(order.id, lineIds, '1');
    const waiting = await noteOf(order.id, lineIds, '1');
    await checked(loaded.id);
    await t.ok('deliveries.notes.advance', { id: loaded.id, to: 'loaded' });
    await t.ok('deliveries.notes.preview', { ids: [waiting.id] });
    const db = t.core.services.db();
    expect(await readSnapshot(db, 'note', loaded.id)).not.toBeNull();
    expect(await readSnapshot(db, 'note', waiting.id)).toBeNull();

    await t.ok('settings.company.update', { ...LETTERHEAD, name: '新抬头有限公司' });
    const both = pdfPagesText((await t.ok('deliveries.notes.preview', { ids: [loaded.id, waiting.id] })).dataBase64);
    expect(squash(both[0]!)).toContain('杭州恒信机电设备有限公司');
    expect(squash(both[1]!)).toContain('新抬头有限公司');
  });
});

describe('documents issued before snapshots existed', () => {
  it('the migration freezes them with the data of its day; drafts and unprinted notes stay live; down removes the columns', async () => {
    await t.ok('settings.company.update', LETTERHEAD);
    const customer = await customerA();
    const quote = await sentQuote(customer.id);
    const draft = await t.ok('quotes.create', {
      customerId: customer.id,
      quoteDate: today(),
      lines: [{ name: '阀门', quantity: '1', unitPrice: '10' }],
    });
    await t.ok('quotes.outcome', { id: quote.id, outcome: 'won', reason: null });
    const order = await t.ok('orders.createFromQuote', { quoteId: quote.id, customerPo: null, orderDate: today() });
    const lineIds = (await t.ok('orders.progress', { orderId: order.id })).lines.map((l) => l.orderLineId);
    const printed = await noteOf(order.id, lineIds, '1');
    await t.ok('deliveries.notes.print', { ids: [printed.id] });
    const prepared = await noteOf(order.id, lineIds, '1');

    const db = t.core.services.db();
    await m0014.down(db);
    expect(await db.schema.hasColumn('quotes', 'issued_snapshot')).toBe(false);
    expect(await db.schema.hasColumn('delivery_notices', 'print_count')).toBe(false);
    await m0014.up(db);

    const frozen = (await readSnapshot(db, 'quote', quote.id))!;
    expect(frozen.backfilled).toBe(true);
    expect(frozen.customer?.name).toBe('苏州工业园区清源华衍水务有限公司');
    expect(frozen.format?.title).toBe('报价单');
    expect((await readSnapshot(db, 'order', order.id))?.customer?.taxId).toBe('91320594MA1XXXXX2B');
    expect((await readSnapshot(db, 'note', printed.id))?.company.name).toBe('杭州恒信机电设备有限公司');
    expect(await readSnapshot(db, 'note', prepared.id)).toBeNull();
    expect(await readSnapshot(db, 'quote', draft.id)).toBeNull();

    await t.ok('settings.company.update', { ...LETTERHEAD, name: '新抬头有限公司' });
    expect(text(await t.ok('quotes.pdf', { id: quote.id, formatId: null }))).toContain('杭州恒信机电设备有限公司');
    expect(text(await t.ok('quotes.pdf', { id: draft.id, formatId: null }))).toContain('新抬头有限公司');
  });
});

/** Every cell of the first sheet, in order. */
async function sheetText(dataBase64: string): Promise<string[]> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(dataBase64, 'base64') as never);
  return book.worksheets[0]!.getSheetValues()
    .flat()
    .filter((v) => v !== null && v !== undefined)
    .map(String);
}
