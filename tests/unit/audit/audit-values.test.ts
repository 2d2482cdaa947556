import { describe, expect, it } from 'vitest';
import { changedFields, show } from '../../../renderer/src/audit/audit-values';

const labels: Record<string, string> = {
  creditLimit: '信用额度',
  status: '状态',
  openDelivered: '已发未收',
  reasons: '原因',
  paymentDays: '账期天数',
};
const label = (f: string) => labels[f] ?? f;

describe('what the history shows a user', () => {
  it('money recorded in fen reads as yuan, wherever it sits', () => {
    expect(show(5_000_000, label, 'creditLimit')).toBe('50,000.00');
    expect(show(-372_100, label, 'adjustment')).toBe('-3,721.00');
    expect(show({ status: 'confirmed', credit: { openDelivered: 1_234_567, reasons: ['overLimit'] } }, label)).toBe(
      '状态：confirmed，credit：已发未收：12,345.67，原因：overLimit',
    );
  });

  it('counts that are not money stay plain numbers', () => {
    expect(show(30, label, 'paymentDays')).toBe('30');
    expect(show({ printCount: 2 }, label)).toBe('printCount：2');
  });

  it('empty, yes/no, lists of named things, and no bookkeeping fields', () => {
    expect(show(null)).toBe('—');
    expect(show('')).toBe('—');
    expect(show(true)).toBe('✓');
    expect(show([{ name: '张工' }, { name: '李工' }])).toBe('张工、李工');
    expect(show({ id: 7, lockVersion: 3, status: 'draft' }, label)).toBe('状态：draft');
  });

  it('lists only the fields that changed', () => {
    expect(
      changedFields({ name: 'A', creditLimit: 100, updatedAt: 'x' }, { name: 'A', creditLimit: 200, updatedAt: 'y' }),
    ).toEqual([{ field: 'creditLimit', before: 100, after: 200 }]);
  });
});
