import { describe, expect, it } from 'vitest';
import { checkedNotes, consign } from '../support/dispatch';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const jiaji = {
  name: '佳吉快运苏州分公司',
  phone: '0512-65001234',
  routes: '苏州—长沙、武汉',
  basis: 'weight' as const,
  rate: '1.35',
  minimum: 5000,
};

describe('the dispatch clerk keeps the carriers and their rates', () => {
  it('a new rate prices the next consignments and leaves booked ones as they were; a stale copy is refused', async () => {
    const carrier = await t.ok('carriers.create', jiaji);
    const [a, b] = await checkedNotes(t, 2);
    const before = await consign(t, carrier.id, a!, '100');
    expect(before.freight).toBe(13_500);

    const raised = await t.ok('carriers.update', {
      id: carrier.id,
      lockVersion: carrier.lockVersion,
      data: { ...jiaji, rate: '1.5', minimum: 8000, routes: '苏州—长沙、武汉、南昌' },
    });
    expect(raised).toMatchObject({ rate: '1.5', minimum: 8000, routes: '苏州—长沙、武汉、南昌' });
    expect(raised.lockVersion).toBe(carrier.lockVersion + 1);
    expect((await consign(t, carrier.id, b!, '100')).freight).toBe(15_000);
    expect((await t.ok('dispatch.consignments.get', { id: before.id })).freight).toBe(13_500);

    const stale = await t.fail('carriers.update', {
      id: carrier.id,
      lockVersion: carrier.lockVersion,
      data: { ...jiaji, rate: '0.5' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await t.ok('carriers.list', {})).rows[0]).toMatchObject({ rate: '1.5' });
    const log = await t.ok('audit.forEntity', { entity: 'carrier', entityId: String(carrier.id) });
    expect(log.find((e) => e.action === 'update')?.after).toMatchObject({ rate: '1.5' });
  });

  it('a carrier no longer used is switched off and leaves the active list; a per-piece carrier is priced by pieces', async () => {
    const old = await t.ok('carriers.create', jiaji);
    const piece = await t.ok('carriers.create', { name: '德邦物流', basis: 'piece', rate: '40' });
    await t.ok('carriers.update', { id: old.id, lockVersion: old.lockVersion, data: { ...jiaji, active: false } });
    const active = await t.ok('carriers.list', { filters: { active: true } });
    expect(active.rows.map((c) => c.name)).toEqual(['德邦物流']);
    expect((await t.ok('carriers.list', { filters: { active: false } })).rows.map((c) => c.id)).toEqual([old.id]);
    const [a] = await checkedNotes(t, 1);
    expect((await consign(t, piece.id, a!, '100')).freight).toBe(8000);
  });
});
