import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../electron/core/attachments/attachment-files';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

// A 1×1 transparent PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('company settings: letterhead data and the seal image', () => {
  it('stores logo and seal by content hash, once, and reads them back', async () => {
    const logo = await t.ok('attachments.upload', { filename: 'logo.png', mime: 'image/png', dataBase64: PNG });
    const seal = await t.ok('attachments.upload', { filename: 'seal.png', mime: 'image/png', dataBase64: PNG });
    expect(seal.sha256).toBe(logo.sha256);
    expect(fs.existsSync(attachmentPath(t.core.services.attachmentDir, logo.sha256))).toBe(true);
    const company = {
      name: '杭州恒信机电设备有限公司',
      taxId: '91330100MA2XXXXX1K',
      address: '杭州市拱墅区莫干山路100号',
      phone: '0571-88001234',
      bankName: '招商银行杭州分行',
      bankAccount: '5719 0000 1234 567',
      logoAttachmentId: logo.id,
      sealAttachmentId: seal.id,
    };
    await t.ok('settings.company.update', company);
    expect(await t.ok('settings.company.get', {})).toEqual(company);
    const back = await t.ok('attachments.get', { id: seal.id });
    expect(back).toMatchObject({ filename: 'seal.png', mime: 'image/png', dataBase64: PNG });
  });

  it('refuses a seal that points at no attachment, and an unsupported file type', async () => {
    expect((await t.fail('settings.company.update', { name: '某公司', sealAttachmentId: 42 })).code).toBe('NOT_FOUND');
    expect(
      (await t.fail('attachments.upload', { filename: 'x.exe', mime: 'application/x-msdownload', dataBase64: PNG }))
        .code,
    ).toBe('VALIDATION');
    expect(await t.count('attachments')).toBe(0);
    expect((await t.ok('settings.company.get', {})).name).toBeNull();
  });

  it('every settings change is in the audit log with before and after', async () => {
    await t.ok('settings.company.update', { name: '旧名称' });
    await t.ok('settings.company.update', { name: '新名称' });
    const log = await t.ok('audit.list', { filters: { entity: 'settings' } });
    expect(log.total).toBe(2);
    expect(log.rows[0]).toMatchObject({ action: 'update', before: { name: '旧名称' }, after: { name: '新名称' } });
  });
});
