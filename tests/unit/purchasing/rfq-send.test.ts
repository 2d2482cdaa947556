import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { A4_FILED, expectEndOnLastPage, expectLaidOut } from '../support/pdf-read';
import { pdfPagesText, squash } from '../support/pdf-text';
import { useSmtpServer } from '../support/smtp';
import { useTestCore } from '../support/test-core';
import { suppliersAndValve } from './rfq-support';

const t = useTestCore();
const mail = useSmtpServer();

async function freeRfq(count: number) {
  const s = await suppliersAndValve(t);
  const rfq = await t.ok('purchasing.rfq.create', {
    origin: 'free',
    title: '二期阀门',
    date: today(),
    replyBy: '2030-01-15',
    items: Array.from({ length: count }, (_, i) => ({
      name: `闸阀${i + 1}`,
      spec: `Z41H-16C DN${50 + i}`,
      unit: '台',
      quantity: String(i + 1),
      params: [{ name: '压力', value: '1.6MPa' }],
    })),
    supplierIds: [s.su.id, s.sh.id],
  });
  return { ...s, rfq };
}

describe('the 询价单 goes to the supplier', () => {
  it('e-mailed with its PDF through the company mail server: recorded on the supplier, filed in 收发文, the draft now sent', async () => {
    await mail.configure(t);
    const { rfq, su } = await freeRfq(2);
    const sent = await t.ok('purchasing.rfq.email', { id: rfq.id, supplierId: su.id, to: ['zhou@sufa.cn'] });
    expect(sent.subject).toBe(`杭州恒信机电设备有限公司 询价单 ${rfq.number}：二期阀门`);
    expect(mail.inbox).toHaveLength(1);
    expect(mail.inbox[0]!.to).toEqual(['zhou@sufa.cn']);
    expect(mail.inbox[0]!.raw).toMatch(/Content-Type: application\/pdf/i);
    expect(sent.detail.status).toBe('sent');
    expect(sent.detail.rfqSuppliers[0]).toMatchObject({
      supplierId: su.id,
      channel: 'email',
      sentOn: today(),
      sentTo: 'zhou@sufa.cn',
    });
    expect(sent.detail.rfqSuppliers[1]).toMatchObject({ channel: null, sentOn: null });
    const letters = await t.ok('register.list', { q: rfq.number });
    expect(letters.rows.map((r) => r.number)).toEqual([sent.registerNumber]);
    const history = await t.ok('audit.forEntity', { entity: 'rfq', entityId: String(rfq.id) });
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'ask']));
  });

  it('a refused mail records nothing', async () => {
    await mail.configure(t);
    const { rfq, su } = await freeRfq(1);
    const r = await t.call('purchasing.rfq.email', { id: rfq.id, supplierId: su.id, to: ['nobody@refused.example'] });
    expect(r.ok).toBe(false);
    const after = await t.ok('purchasing.rfq.get', { id: rfq.id });
    expect(after.status).toBe('draft');
    expect(after.rfqSuppliers[0]!.channel).toBeNull();
    expect(await t.count('register_entries')).toBe(0);
  });

  for (const count of [1, 15, 16, 40, 300])
    it(`${count} items: on the letterhead, inside the printable area, no blank page, the reply block on the last page`, async () => {
      await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司', phone: '0571-88886666' });
      const { rfq, su } = await freeRfq(count);
      const file = await t.ok('purchasing.rfq.pdf', { id: rfq.id, supplierId: su.id });
      expect(file.filename).toBe(`询价单 ${rfq.number} 苏州阀门厂有限公司.pdf`);
      const pages = expectLaidOut(file, A4_FILED);
      if (count === 1) expect(file.pages).toBe(1);
      expectEndOnLastPage(pages, [`共${count}项`, '报价方（盖章）']);
      expect(pages[0]).toContain('杭州恒信机电设备有限公司');
      expect(pages[0]).toContain('询价单');
      expect(pages[0]).toContain('致：苏州阀门厂有限公司');
      const all = pdfPagesText(file.dataBase64).map(squash).join('');
      expect(all.match(/闸阀\d+Z41H/g)).toHaveLength(count);
    });
});
