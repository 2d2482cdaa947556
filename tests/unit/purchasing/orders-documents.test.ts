import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { poInput, poLine, supplierWithContact } from '../support/purchasing';
import { useSmtpServer } from '../support/smtp';
import { A4_FILED, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();
const mail = useSmtpServer();

/** A PO of `count` lines of 2 × 1234.5 each (tax included). */
async function poOf(count: number) {
  const { supplier, contactId } = await supplierWithContact(t);
  const lines = Array.from({ length: count }, (_, i) =>
    poLine('2', '1234.5', [], { name: `不锈钢法兰球阀 第${i + 1}号`, spec: `Q41F-16P DN${50 + i}` }),
  );
  return t.ok(
    'purchasing.orders.create',
    poInput(supplier.id, lines, {
      contactId,
      paymentTerms: '货到验收后30天付款',
      deliveryAddress: '苏州市吴中区木渎镇金枫路 18 号',
    }),
  );
}

describe('the 采购订单 as a document', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`prints ${count} line(s) on the letterhead inside the page, totals and 大写 on the last page`, async () => {
      const po = await poOf(count);
      const file = await t.ok('purchasing.orders.print', { id: po.id });
      const pages = expectLaidOut(file, A4_FILED);
      expect(pages[0]).toContain('采购订单');
      const last = pages[pages.length - 1]!;
      // count × 2 × 1234.50
      const gross = count * 246_900;
      expect(po.gross).toBe(gross);
      expect(last).toContain('价税合计');
      expect(last).toContain(po.amountInWords);
      expect(last).toContain('苏州市吴中区木渎镇金枫路18号');
      expect(pages.join('')).toContain(`DN${49 + count}`);
      if (count === 40) expect(pages.length).toBeGreaterThan(1);
      expect((await t.ok('purchasing.orders.get', { id: po.id })).printCount).toBe(1);
    });

  it('is e-mailed to the supplier’s contact, filed in 收发文, and a draft becomes sent', async () => {
    await mail.configure(t);
    const po = await poOf(2);
    const sent = await t.ok('purchasing.orders.email', { id: po.id, to: ['sales@guanghua.example'] });
    expect(mail.inbox).toHaveLength(1);
    expect(mail.inbox[0]!.to).toEqual(['sales@guanghua.example']);
    expect(mail.inbox[0]!.subject).toBe(sent.subject);
    expect(sent.subject).toContain(po.number);
    const part = mail.inbox[0]!.raw.split(/Content-Type: application\/pdf/i)[1]!;
    const base64 = part
      .split(/\r?\n\r?\n/)[1]!
      .split(/\r?\n--/)[0]!
      .replace(/\s+/g, '');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-po-')), 'po.pdf');
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('采购订单');
    expect(text).toContain(po.amountInWords);
    expect((await t.ok('purchasing.orders.get', { id: po.id })).status).toBe('sent');
    const letters = await t.ok('register.list', { filters: { supplierId: po.supplierId } });
    expect(letters.rows.map((r) => r.number)).toEqual([sent.registerNumber]);
    const refused = await t.fail('purchasing.orders.email', { id: po.id, to: ['x@refused.example'] });
    expect(refused.code).not.toBe('VALIDATION');
    expect(mail.inbox).toHaveLength(1);
  });
});
