import { describe, expect, it } from 'vitest';
import { REDACTED, redactForAudit } from '../../../electron/core/audit/audit-redaction';
import { handlers } from '../../../electron/core/handlers';
import type { Handler, HandlerContext } from '../../../electron/core/rpc/handler';
import { createRouter } from '../../../electron/core/rpc/router';
import type { ChannelName } from '../../../electron/shared/contracts';
import { useTestCore } from '../support/test-core';

const PNG_BASE64 = Buffer.alloc(3000, 7).toString('base64');

describe('audit redaction: the log never keeps a secret or a file', () => {
  it('hides passwords, tokens and keys under any spelling, and keeps flags about them', () => {
    const out = redactForAudit({
      username: 'li',
      password: 'hunter2-密码',
      smtpPassword: 'x1',
      password_hash: 'scrypt$abc',
      apiKey: 'k-123',
      accessToken: 'tok',
      nested: [{ secret: 's' }, { clientSecret: { value: 'deep' } }],
      hasPassword: true,
      passwordChanged: false,
      removed: { password: '' },
      kept: null,
    });
    expect(out).toEqual({
      username: 'li',
      password: REDACTED,
      smtpPassword: REDACTED,
      password_hash: REDACTED,
      apiKey: REDACTED,
      accessToken: REDACTED,
      nested: [{ secret: REDACTED }, { clientSecret: REDACTED }],
      hasPassword: true,
      passwordChanged: false,
      removed: { password: '' },
      kept: null,
    });
  });

  it('replaces file contents by a marker with their size, wherever they are', () => {
    const out = redactForAudit({
      filename: '回单.png',
      dataBase64: PNG_BASE64,
      logo: `data:image/png;base64,${PNG_BASE64}`,
      scans: [PNG_BASE64],
      raw: Buffer.alloc(1234),
      latin1: String.fromCharCode(...Array.from({ length: 200 }, (_, i) => i % 256)),
    }) as Record<string, unknown>;
    expect(out.filename).toBe('回单.png');
    expect(out.dataBase64).toBe('[file, 3000 bytes]');
    expect(out.logo).toBe('[file image/png, 3000 bytes]');
    expect(out.scans).toEqual(['[file, 3000 bytes]']);
    expect(out.raw).toBe('[file, 1234 bytes]');
    expect(out.latin1).toBe('[file, 200 bytes]');
  });

  it('leaves ordinary business values alone: long Chinese text, codes, hashes, numbers', () => {
    const value = {
      note: '请于周五前送达，卸货需叉车。'.repeat(40),
      sha256: 'a'.repeat(64),
      code: 'CP012345',
      amountFen: 123456,
      lines: [{ productId: 3, quantity: '1.5' }],
    };
    expect(redactForAudit(value)).toEqual(value);
  });
});

const t = useTestCore();

/** The real handler, with its own audit call forgotten: the router's fallback row is all that remains. */
function forgetful<K extends ChannelName>(name: K): Handler<K> {
  const real = handlers[name] as Handler<K>;
  return (input, ctx) => real(input, { ...ctx, audit: async () => {} } as HandlerContext);
}

async function auditText(): Promise<string> {
  const rows = (await t.core.services.db()('audit_log').select('before_json', 'after_json')) as {
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows.map((r) => `${r.before_json ?? ''} ${r.after_json ?? ''}`).join('\n');
}

describe('the router fallback audit row, when a write handler did not audit', () => {
  it('records the call with the password and the file bytes left out', async () => {
    const router = createRouter(t.core.services, {
      ...handlers,
      'settings.smtp.update': forgetful('settings.smtp.update'),
      'attachments.upload': forgetful('attachments.upload'),
    });
    const meta = { sessionId: t.sessionId };
    const smtp = await router.call(
      'settings.smtp.update',
      { host: 'smtp.example.cn', user: 'a@example.cn', from: 'a@example.cn', password: 'Fallback-Secret-9' },
      meta,
    );
    expect(smtp.ok).toBe(true);
    const upload = await router.call(
      'attachments.upload',
      { filename: 'scan.png', mime: 'image/png', dataBase64: PNG_BASE64 },
      meta,
    );
    expect(upload.ok).toBe(true);

    const rows = (await t.core.services
      .db()('audit_log')
      .whereIn('channel', ['settings.smtp.update', 'attachments.upload'])
      .orderBy('id')) as {
      channel: string;
      entity_id: string | null;
      after_json: string;
    }[];
    expect(rows.map((r) => [r.channel, r.entity_id])).toEqual([
      ['settings.smtp.update', null],
      ['attachments.upload', null],
    ]);
    expect(JSON.parse(rows[0]!.after_json)).toMatchObject({ host: 'smtp.example.cn', password: REDACTED });
    expect(JSON.parse(rows[1]!.after_json)).toEqual({
      filename: 'scan.png',
      mime: 'image/png',
      dataBase64: '[file, 3000 bytes]',
    });
    const text = await auditText();
    expect(text).not.toContain('Fallback-Secret-9');
    expect(text).not.toContain(PNG_BASE64.slice(0, 100));
  });
});

describe('handlers that take a password or a file audit without them', () => {
  it('users, mail settings, login and uploads leave no password and no file bytes in the log', async () => {
    const user = await t.ok('users.create', {
      username: 'wang',
      displayName: '王会计',
      role: 'manager',
      password: 'Create-Pass-1',
    });
    await t.ok('users.update', {
      id: user.id,
      displayName: '王会计',
      role: 'manager',
      active: true,
      password: 'Update-Pass-2',
    });
    await t.ok('auth.login', { username: 'wang', password: 'Update-Pass-2' });
    await t.ok('settings.smtp.update', {
      host: 'smtp.example.cn',
      user: 'a@example.cn',
      from: 'a@example.cn',
      password: 'Smtp-Pass-3',
    });
    await t.ok('attachments.upload', { filename: 'seal.png', mime: 'image/png', dataBase64: PNG_BASE64 });

    const text = await auditText();
    expect(text).toContain('王会计');
    expect(text).toContain('seal.png');
    for (const secret of ['Create-Pass-1', 'Update-Pass-2', 'Smtp-Pass-3', PNG_BASE64.slice(0, 100)])
      expect(text).not.toContain(secret);
  });
});
