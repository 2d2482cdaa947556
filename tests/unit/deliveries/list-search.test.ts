import { describe, expect, it } from 'vitest';
import { checkedNotes } from '../support/dispatch';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

// The lists find their page from the document's own table, then read the joined names for that page only.
describe('notice and note lists', () => {
  it('find documents by their order number and customer, and show the joined names on the page', async () => {
    const [first, second] = await checkedNotes(t, 2);
    const note = await t.ok('deliveries.notes.get', { id: first! });

    for (const q of [note.orderNumber, note.orderNumber.toLowerCase(), 'qyhysw']) {
      const notes = await t.ok('deliveries.notes.list', { q });
      expect(notes.total, q).toBe(2);
      expect(notes.rows.map((r) => r.id).sort()).toEqual([first, second].sort());
      expect(notes.rows[0]!.customerName).toBe('苏州工业园区清源华衍水务有限公司');
      expect(notes.rows[0]!.orderNumber).toBe(note.orderNumber);
      const notices = await t.ok('deliveries.notices.list', { q });
      expect(notices.total, q).toBe(2);
      expect(notices.rows[0]!.orderNumber).toBe(note.orderNumber);
    }
    expect((await t.ok('deliveries.notes.list', { q: 'XS-NONE' })).total).toBe(0);
    expect((await t.ok('deliveries.notices.list', { q: 'XS-NONE' })).total).toBe(0);

    const paged = await t.ok('deliveries.notes.list', { pageSize: 1, page: 2, sort: { field: 'number', dir: 'asc' } });
    expect(paged.total).toBe(2);
    expect(paged.rows.map((r) => r.id)).toEqual([second]);
  });
});
