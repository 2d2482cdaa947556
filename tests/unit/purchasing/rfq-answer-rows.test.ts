import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { useTestCore } from '../support/test-core';
import { draftQuoteWithCosts, suppliersAndValve } from './rfq-support';

const t = useTestCore();

describe('an answer keeps its rows as the form shows them', () => {
  it('a row without a price is not answered; a wrong price is told on its own row; no price at all writes nothing', async () => {
    const s = await suppliersAndValve(t);
    const quote = await draftQuoteWithCosts(t, s.valve.id);
    // Both cost lines asked: the valve (row 1) and the freight (row 2).
    const rfq = await t.ok('purchasing.rfq.create', {
      origin: 'quote',
      quoteId: quote.id,
      date: today(),
      supplierIds: [s.sh.id],
    });
    await t.ok('purchasing.rfq.logAsked', { id: rfq.id, supplierId: s.sh.id, channel: 'phone', sentOn: today() });
    const [valve, freight] = rfq.rfqItems;
    const answer = (valvePrice: string, freightPrice: string) => ({
      id: rfq.id,
      supplierId: s.sh.id,
      answerDate: today(),
      priceIncludesTax: false,
      lines: [
        { itemId: valve!.id, unitPrice: valvePrice, taxRate: '0.13' as const },
        { itemId: freight!.id, unitPrice: freightPrice, taxRate: '0.13' as const },
      ],
    });

    // The valve left blank, the freight mistyped: the error is on row 2's price, and the notice says row 2.
    const wrong = await t.fail('purchasing.rfq.answer', answer('', '3OO'));
    expect(wrong.details?.fields?.map((f) => f.path)).toEqual(['lines.1.unitPrice']);
    expect(wrong.message).toContain('第 2 行');
    const empty = await t.fail('purchasing.rfq.answer', answer('', ' '));
    expect(empty.details?.fields).toEqual([{ path: 'lines.0.unitPrice', message: '请至少为一项明细填写单价' }]);
    expect(await t.count('rfq_answers')).toBe(0);
    expect(await t.count('rfq_answer_lines')).toBe(0);

    // Only the freight priced: one line stored, the valve still unanswered in the comparison.
    const saved = await t.ok('purchasing.rfq.answer', answer('', '280'));
    expect(saved.rfqSuppliers[0]!.answers[0]!.lines.map((l) => [l.itemId, l.unitPrice])).toEqual([
      [freight!.id, '280'],
    ]);
    const m = await t.ok('purchasing.rfq.compare', { id: rfq.id });
    expect(m.items.map((i) => [i.name, i.cells[0]!.state, i.cells[0]!.grossUnitPrice])).toEqual([
      ['法兰球阀', 'missing', null],
      ['运费', 'answered', '316.4000'],
    ]);
  });
});
