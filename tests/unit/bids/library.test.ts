import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import type { LibraryItemInput } from '../../../electron/shared/bids/library/contract';
import '../support/reset-clock';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

const iso: LibraryItemInput = {
  kind: 'iso',
  name: 'ISO9001 质量管理体系认证证书',
  issuedBy: '中国质量认证中心',
  number: '00124Q31578R2M',
  validFrom: '2024-03-01',
  validTo: '2027-02-28',
  tags: ['ISO', '质量'],
};

const fieldsOf = (e: { details?: { fields?: { path: string }[] } }) => (e.details?.fields ?? []).map((f) => f.path);

const upload = (filename: string, mime: 'application/pdf' | 'image/png' | 'video/mp4') =>
  t.ok('attachments.upload', { filename, mime, dataBase64: Buffer.from(`${filename} bytes`).toString('base64') });

describe('the 资料库: certificates, authorisations and past cases', () => {
  it('found by tag and by certificate number; tags typed twice kept once; the tag list for the filter', async () => {
    const item = await t.ok('bids.library.create', { ...iso, tags: ['ISO', '质量', 'ISO'] });
    expect(item.tags).toEqual(['ISO', '质量']);
    expect(item.expiry).toBe('valid');
    await t.ok('bids.library.create', {
      kind: 'authorisation',
      name: '爱普生投影机授权书',
      issuedBy: '爱普生（中国）有限公司',
      brand: 'EPSON',
      tags: ['授权', '投影机'],
    });
    const stored = (await t.core.services.db()('library_items').where({ id: item.id }).first()) as { tags: string };
    expect(stored.tags).toBe('|ISO|质量|');

    expect((await t.ok('bids.library.list', { filters: { tag: '质量' } })).rows.map((r) => r.id)).toEqual([item.id]);
    // A whole tag, not a part of one.
    expect((await t.ok('bids.library.list', { filters: { tag: '质' } })).total).toBe(0);
    expect((await t.ok('bids.library.list', { q: '31578' })).rows.map((r) => r.name)).toEqual([
      'ISO9001 质量管理体系认证证书',
    ]);
    expect((await t.ok('bids.library.list', { q: 'epson' })).rows.map((r) => r.kind)).toEqual(['authorisation']);
    expect((await t.ok('bids.library.list', { filters: { kind: 'iso' } })).total).toBe(1);
    expect(await t.ok('bids.library.tags', {})).toEqual(expect.arrayContaining(['ISO', '质量', '授权', '投影机']));
  });

  it('valid-to before valid-from, no title and a case of no amount are told beside the fields and write nothing', async () => {
    const wrong = await t.fail('bids.library.create', {
      ...iso,
      name: '  ',
      validFrom: '2026-03-01',
      validTo: '2026-02-28',
    });
    expect(fieldsOf(wrong).sort()).toEqual(['name', 'validTo']);
    expect(wrong.details?.fields?.find((f) => f.path === 'validTo')?.message).toContain('有效期至不能早于有效期自');
    const noAmount = await t.fail('bids.library.create', {
      kind: 'case',
      name: '吴江实验中学录播教室',
      caseCustomer: '吴江实验中学',
      caseAmount: 0,
    });
    expect(fieldsOf(noAmount)).toEqual(['caseAmount']);
    expect(await t.count('library_items')).toBe(0);
  });

  it('a past case with its contract and photos in order, a thumbnail set, a file removed; every write in the history', async () => {
    const item = await t.ok('bids.library.create', {
      kind: 'case',
      name: '吴江实验中学录播教室',
      caseCustomer: '吴江实验中学',
      caseAmount: 128_650_000,
      caseDate: '2025-09-01',
      tags: ['录播'],
    });
    const contract = await upload('合同.pdf', 'application/pdf');
    const photo = await upload('现场.png', 'image/png');
    const video = await upload('验收.mp4', 'video/mp4');
    const thumb = await upload('合同-缩略图.png', 'image/png');
    await t.ok('bids.library.addFile', { libraryItemId: item.id, attachmentId: contract.id, fileRole: 'main' });
    await t.ok('bids.library.addFile', { libraryItemId: item.id, attachmentId: photo.id, fileRole: 'photo' });
    let got = await t.ok('bids.library.addFile', { libraryItemId: item.id, attachmentId: video.id, fileRole: 'photo' });
    expect(got.files.map((f) => [f.filename, f.fileRole])).toEqual([
      ['合同.pdf', 'main'],
      ['现场.png', 'photo'],
      ['验收.mp4', 'photo'],
    ]);
    const [c, p, v] = got.files;
    got = await t.ok('bids.library.reorderFiles', { libraryItemId: item.id, fileIds: [p!.id, c!.id, v!.id] });
    expect(got.files.map((f) => f.filename)).toEqual(['现场.png', '合同.pdf', '验收.mp4']);
    const partial = await t.fail('bids.library.reorderFiles', { libraryItemId: item.id, fileIds: [c!.id] });
    expect(fieldsOf(partial)).toEqual(['fileIds']);
    got = await t.ok('bids.library.setThumbnail', { fileId: c!.id, thumbnailAttachmentId: thumb.id });
    expect(got.files.find((f) => f.id === c!.id)?.thumbnailAttachmentId).toBe(thumb.id);
    got = await t.ok('bids.library.removeFile', { fileId: p!.id });
    expect(got.files.map((f) => f.filename)).toEqual(['合同.pdf', '验收.mp4']);

    const row = (await t.ok('bids.library.list', { q: '吴江' })).rows[0]!;
    expect(row).toMatchObject({ caseAmount: 128_650_000, fileCount: 2, thumbnailAttachmentId: thumb.id });
    expect(row.firstMime).toBe('application/pdf');

    const log = await t.ok('audit.forEntity', { entity: 'libraryItem', entityId: String(item.id) });
    expect(log.map((e) => e.action).sort()).toEqual(
      ['addFile', 'addFile', 'addFile', 'create', 'removeFile', 'reorderFiles', 'setThumbnail'].sort(),
    );
    expect(log.find((e) => e.action === 'removeFile')?.before).toEqual({ filename: '现场.png', fileRole: 'photo' });
  });

  it('updated at its lock version, deactivated out of the list; dispatch may read, not write', async () => {
    const item = await t.ok('bids.library.create', iso);
    const renewed = await t.ok('bids.library.update', {
      id: item.id,
      lockVersion: item.lockVersion,
      data: { ...iso, validTo: '2030-02-28' },
    });
    expect(renewed.validTo).toBe('2030-02-28');
    expect((await t.fail('bids.library.update', { id: item.id, lockVersion: item.lockVersion, data: iso })).code).toBe(
      'CONFLICT',
    );
    const dispatch = await loggedIn(t, 'dispatch', 'wanggong', '王工');
    expect((await t.call('bids.library.list', {}, { sessionId: dispatch })).ok).toBe(true);
    const denied = await t.fail('bids.library.create', iso, { sessionId: dispatch });
    expect(denied.code).toBe('FORBIDDEN');
    expect(await t.count('library_items')).toBe(1);

    await t.ok('bids.library.deactivate', { id: item.id, lockVersion: renewed.lockVersion });
    expect((await t.ok('bids.library.list', {})).total).toBe(0);
    expect((await t.ok('bids.library.list', { filters: { active: false } })).total).toBe(1);
    const log = await t.ok('audit.forEntity', { entity: 'libraryItem', entityId: String(item.id) });
    expect(log.find((e) => e.action === 'update')?.after).toMatchObject({ validTo: '2030-02-28' });
    expect(log.find((e) => e.action === 'deactivate')?.after).toEqual({ active: false });
  });

  it('what expires in the next 60 days: day 60 in, day 61 out, expired ones first, long-term never', async () => {
    setClock(new Date('2026-06-01T09:00:00Z'));
    const make = (name: string, validTo: string | null) =>
      t.ok('bids.library.create', { kind: 'qualification', name, validTo });
    const expired = await make('安防工程企业资质', '2026-05-31');
    const today = await make('电子与智能化工程专业承包二级', '2026-06-01');
    const day60 = await make('CCC 认证', '2026-07-31');
    await make('环境管理体系 ISO14001', '2026-08-01');
    await make('营业执照', null);

    const soon = await t.ok('bids.library.expiring', {});
    expect(soon.map((r) => [r.id, r.expiry, r.daysLeft])).toEqual([
      [expired.id, 'expired', -1],
      [today.id, 'expiring', 0],
      [day60.id, 'expiring', 60],
    ]);
    const byState = async (expiry: 'valid' | 'expiring' | 'expired' | 'longTerm') =>
      (await t.ok('bids.library.list', { filters: { expiry }, sort: { field: 'validTo', dir: 'asc' } })).rows.map(
        (r) => r.name,
      );
    expect(await byState('expired')).toEqual(['安防工程企业资质']);
    expect(await byState('expiring')).toEqual(['电子与智能化工程专业承包二级', 'CCC 认证']);
    expect(await byState('valid')).toEqual(['环境管理体系 ISO14001']);
    expect(await byState('longTerm')).toEqual(['营业执照']);
  });
});
