import { describe, expect, it } from 'vitest';
import { loggedIn } from '../support/users';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

async function catalogue() {
  const meter = await t.ok('products.create', {
    code: 'P-001',
    name: '电磁流量计',
    spec: 'LDG-150',
    unit: '台',
    listPrice: '6800',
  });
  const valve80 = await t.ok('products.create', {
    code: 'V-080',
    name: '法兰球阀',
    spec: 'Q41F-16C DN80',
    unit: '台',
    listPrice: '1860.5',
  });
  const valve100 = await t.ok('products.create', {
    code: 'V-100',
    name: '法兰球阀',
    spec: 'Q41F-16C DN100',
    unit: '台',
    listPrice: '2300',
  });
  const old = await t.ok('products.create', { code: 'OLD-1', name: '老款压力表', unit: '只' });
  await t.ok('products.setActive', { id: old.id, active: false });
  return { meter, valve80, valve100, old };
}

describe('pasted rows are matched to products: by code, else by name and spec, else left for the user', () => {
  it('finds each row’s product in one call and says how', async () => {
    const { meter, valve80 } = await catalogue();
    const { matches } = await t.ok('products.matchLines', {
      rows: [
        { code: 'P-001', name: '随便写的名称', spec: null },
        { code: null, name: '法兰球阀', spec: 'q41f-16c  dn80' },
        { code: 'NOPE-9', name: '法兰球阀', spec: 'Q41F-16C DN80' },
        { code: null, name: '法兰球阀', spec: null },
        { code: null, name: '不锈钢软管', spec: 'DN25' },
        { code: 'OLD-1', name: '老款压力表', spec: null },
      ],
    });
    expect(matches.map((m) => [m.by, m.product?.id ?? null])).toEqual([
      ['code', meter.id],
      ['nameSpec', valve80.id],
      ['nameSpec', valve80.id],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(matches[0]!.product).toMatchObject({ code: 'P-001', name: '电磁流量计', listPrice: '6800.00', unit: '台' });
    // Two valves share the name: both are offered, the user picks.
    expect(matches[3]!.candidates.map((c) => c.code)).toEqual(['V-080', 'V-100']);
    expect(matches[4]!.candidates).toEqual([]);
    // A product taken out of use is not matched.
    expect(matches[5]!.candidates).toEqual([]);
  });

  it('a code matches exactly: another case or a prefix is not the product', async () => {
    await catalogue();
    const { matches } = await t.ok('products.matchLines', {
      rows: [
        { code: 'p-001', name: null, spec: null },
        { code: 'P-00', name: null, spec: null },
      ],
    });
    expect(matches.map((m) => m.by)).toEqual([null, null]);
  });

  it('matches a long list at once', async () => {
    const { meter } = await catalogue();
    const rows = Array.from({ length: 1500 }, (_, i) => ({ code: i % 2 ? 'P-001' : `X-${i}`, name: null, spec: null }));
    const { matches } = await t.ok('products.matchLines', { rows });
    expect(matches).toHaveLength(1500);
    expect(matches.filter((m) => m.product?.id === meter.id)).toHaveLength(750);
  });

  it('refuses an empty paste and more than 2,000 rows, and a user without product access', async () => {
    expect((await t.fail('products.matchLines', { rows: [] })).code).toBe('VALIDATION');
    const many = Array.from({ length: 2001 }, () => ({ code: 'P-001', name: null, spec: null }));
    expect((await t.fail('products.matchLines', { rows: many })).code).toBe('VALIDATION');
    const anonymous = await t.call('products.matchLines', { rows: [{ code: 'P-001' }] }, { sessionId: 'nobody' });
    expect(anonymous.ok).toBe(false);
    // Every role reads products; a dispatch clerk may match too.
    const dispatch = await loggedIn(t, 'dispatch', 'wang', '王调度');
    const r = await t.call('products.matchLines', { rows: [{ code: 'P-001' }] }, { sessionId: dispatch });
    expect(r.ok).toBe(true);
  });
});
