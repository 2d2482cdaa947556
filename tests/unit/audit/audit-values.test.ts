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
const names = { label };

describe('what the history shows a user', () => {
  it('money recorded in fen reads as yuan, wherever it sits', () => {
    expect(show(5_000_000, names, 'creditLimit')).toBe('50,000.00');
    expect(show(-372_100, names, 'adjustment')).toBe('-3,721.00');
    expect(show({ status: 'confirmed', credit: { openDelivered: 1_234_567, reasons: ['overLimit'] } }, names)).toBe(
      '状态：confirmed，credit：已发未收：12,345.67，原因：overLimit',
    );
  });

  it('counts that are not money stay plain numbers', () => {
    expect(show(30, names, 'paymentDays')).toBe('30');
    expect(show({ printCount: 2 }, names)).toBe('printCount：2');
  });

  it('empty, yes/no, lists of named things, and no bookkeeping fields', () => {
    expect(show(null)).toBe('—');
    expect(show('')).toBe('—');
    expect(show({ reasons: [] }, names)).toBe('原因：—');
    expect(show(true)).toBe('✓');
    expect(show([{ name: '张工' }, { name: '李工' }])).toBe('张工、李工');
    expect(show({ id: 7, lockVersion: 3, status: 'draft' }, names)).toBe('状态：draft');
  });

  it('codes by their names in the record’s own history, ids by the names the core found, figures as everywhere', () => {
    const text = (key: string) =>
      (
        ({
          'noticeStatus.draft': '草稿',
          'noteStatus.delivered': '已送达',
          'orderMsg.status.delivered': '已发完',
          'receivables.reasons.overLimit': '超出信用额度',
        }) as Record<string, string>
      )[key] ?? null;
    const notice = { label, text, entity: 'deliveryNotice', refs: { 'customer:10': '北京华联' }, gone: '（已删除）' };
    expect(show('draft', notice, 'status')).toBe('草稿');
    expect(show(['overLimit'], notice, 'reasons')).toBe('超出信用额度');
    expect(show(10, notice, 'customerId')).toBe('北京华联');
    expect(show(11, notice, 'customerId')).toBe('（已删除）');
    // The same code names differently by whose history it is.
    expect(show('delivered', { ...notice, entity: 'delivery' }, 'status')).toBe('已送达');
    expect(show('delivered', { ...notice, entity: 'order' }, 'status')).toBe('已发完');
    // A run's delivered notes are ids; elsewhere free text stays as it is.
    const run = { ...notice, entity: 'dispatchRun', refs: { 'note:5': 'FH2026-00004' } };
    expect(show([5], run, 'delivered')).toBe('FH2026-00004');
    expect(show('口径不符，退回1台', notice, 'reason')).toBe('口径不符，退回1台');
    expect(show('14464', notice, 'unitPrice')).toBe('14,464.00');
    expect(show('1200.50', notice, 'quantity')).toBe('1,200.5');
    expect(show('0.13', notice, 'taxRate')).toBe('13%');
    expect(show('21.80', notice, 'marginPercent')).toBe('21.80%');
    expect(show(3_000_000, notice, 'promisedFen')).toBe('30,000.00');
    expect(show(5_480_000, notice, 'amount')).toBe('54,800.00');
  });

  it('lists only the fields that changed', () => {
    expect(
      changedFields({ name: 'A', creditLimit: 100, updatedAt: 'x' }, { name: 'A', creditLimit: 200, updatedAt: 'y' }),
    ).toEqual([{ field: 'creditLimit', before: 100, after: 200 }]);
    // Missing and empty are no change.
    expect(changedFields({ status: 'draft' }, { status: 'confirmed', creditRelease: null })).toEqual([
      { field: 'status', before: 'draft', after: 'confirmed' },
    ]);
  });
});
