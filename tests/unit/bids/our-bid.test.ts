import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const line = (name: string, quantity: string, unitPrice: string) => ({ name, unit: '台', quantity, unitPrice });

describe('我方报价 in the tender register', () => {
  it('adds the lots’ bids, and a lot bid twice counts its latest package only', async () => {
    const tender = await t.ok('bids.tenders.create', {
      projectName: '吴江区泵站改造',
      purchaserName: '苏州吴江华衍水务有限公司',
      lots: [
        { lotNo: '1', name: '水泵' },
        { lotNo: '2', name: '阀门' },
      ],
    });
    const [lot1, lot2] = tender.lots.map((l) => l.id);
    const priced = async (lotId: number, lines: ReturnType<typeof line>[]) => {
      const p = await t.ok('bids.packages.create', { tenderId: tender.id, lotId });
      return t.ok('bids.packages.savePriceLines', { packageId: p.id, lines });
    };
    const pumps = await priced(lot1!, [line('潜水排污泵', '3', '12800.335'), line('控制柜', '1', '9800')]);
    const valves = await priced(lot2!, [line('闸阀 DN200', '12', '1460.5')]);
    // 3 × 12,800.335 = 38,401.005 → 38,401.01; + 9,800 = 48,201.01; 12 × 1,460.50 = 17,526.00.
    expect([pumps.totalFen, valves.totalFen]).toEqual([4820101, 1752600]);
    expect((await t.ok('bids.tenders.get', { id: tender.id })).ourBid).toBe(4820101 + 1752600);

    // The pumps lot is started again (say from a template) and priced lower: that package is the bid now.
    const again = await priced(lot1!, [line('潜水排污泵', '3', '12500'), line('控制柜', '1', '9800')]);
    expect(again.totalFen).toBe(4730000);
    const register = await t.ok('bids.tenders.list', {});
    expect(register.rows.map((r) => r.ourBid)).toEqual([4730000 + 1752600]);
    expect((await t.ok('bids.tenders.get', { id: tender.id })).ourBid).toBe(4730000 + 1752600);
  });
});
