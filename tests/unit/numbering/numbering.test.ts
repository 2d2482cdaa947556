import { describe, expect, it } from 'vitest';
import { nextNumber } from '../../../electron/core/numbering/numbering';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('document numbers: one series per type and year, no duplicates, no gaps', () => {
  it('fifty customers created at once get KH00001..KH00050, each once', async () => {
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.ok('customers.create', { name: `并发客户${i}` })),
    );
    const codes = created.map((c) => c.code).sort();
    expect(codes).toEqual(Array.from({ length: 50 }, (_, i) => `KH${String(i + 1).padStart(5, '0')}`));
  });

  it('a create that fails after taking a number gives the number back', async () => {
    await t.ok('customers.create', { name: '第一家' });
    // A write that takes a number and then fails rolls the number back with it.
    const db = t.core.services.db();
    await expect(
      db.transaction(async (trx) => {
        await nextNumber(trx, 'customer');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const next = await t.ok('customers.create', { name: '第二家' });
    expect(next.code).toBe('KH00002');
  });

  it('yearly series carry the year and restart each year', async () => {
    const db = t.core.services.db();
    const numbers = await db.transaction(async (trx) => [
      await nextNumber(trx, 'quote', new Date('2026-03-01')),
      await nextNumber(trx, 'quote', new Date('2026-12-31')),
      await nextNumber(trx, 'quote', new Date('2027-01-02')),
      await nextNumber(trx, 'delivery', new Date('2026-05-05')),
    ]);
    expect(numbers).toEqual(['BJ2026-00001', 'BJ2026-00002', 'BJ2027-00001', 'FH2026-00001']);
  });

  it('prefix and padding are settings, and an auto code skips one typed by hand', async () => {
    await t.ok('settings.numbering.update', { type: 'customer', format: { prefix: 'C', padding: 3, yearly: false } });
    await t.ok('customers.create', { code: 'C001', name: '手工编码客户' });
    const auto = await t.ok('customers.create', { name: '自动编码客户' });
    expect(auto.code).toBe('C002');
    const numbering = await t.ok('settings.numbering.get', {});
    expect(numbering.preview.customer).toBe('C001');
    expect(numbering.preview.quote).toMatch(/^BJ\d{4}-00001$/);
  });

  it('a bad prefix is refused and the old format stays', async () => {
    const err = await t.fail('settings.numbering.update', {
      type: 'quote',
      format: { prefix: 'B-J', padding: 5, yearly: true },
    });
    expect(err.code).toBe('VALIDATION');
    expect((await t.ok('settings.numbering.get', {})).formats.quote.prefix).toBe('BJ');
  });
});
