import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { poInput, poLine, supplierWithContact } from '../support/purchasing';
import { A4_FILED, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A stock PO of `count` lines, confirmed and signed for in full, then moved to the site store in one slip. */
async function slipOf(count: number) {
  const { supplier } = await supplierWithContact(t);
  const lines = Array.from({ length: count }, (_, i) =>
    poLine('3', '880', [], { name: `不锈钢法兰球阀 第${i + 1}号`, spec: `Q41F-16P DN${50 + i}` }),
  );
  const po = await t.ok('purchasing.orders.create', poInput(supplier.id, lines));
  await t.ok('purchasing.orders.confirm', { id: po.id });
  const confirmed = await t.ok('purchasing.orders.get', { id: po.id });
  const receipt = await t.ok('purchasing.receipts.create', {
    poId: po.id,
    receiptDate: today(),
    signer: '仓库老张',
    lines: confirmed.lines.map((l) => ({ poLineId: l.id, quantity: '3' })),
  });
  return t.ok('purchasing.receipts.transfer', {
    receiptId: receipt.id,
    date: today(),
    fromPlace: '一号仓库',
    toPlace: '工程部现场库',
    receivedBy: '王工',
    lines: confirmed.lines.map((l) => ({ poLineId: l.id, quantity: '2' })),
  });
}

describe('the 内部调拨单 as a document', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`prints ${count} line(s) inside the page with the signatures after the last line`, async () => {
      const slip = await slipOf(count);
      expect(slip.lines).toHaveLength(count);
      const pages = expectLaidOut(await t.ok('purchasing.receipts.printTransfer', { id: slip.id }), A4_FILED);
      expect(pages[0]).toContain('内部调拨单');
      const last = pages[pages.length - 1]!;
      expect(last).toContain(`DN${49 + count}`);
      expect(last).toContain('发出人');
      expect(last).toContain('接收人');
      if (count >= 40) expect(pages.length).toBeGreaterThan(1);
      // Every page names the slip, so a loose second page is still known.
      for (const page of pages) expect(page).toContain(slip.number);
    });
});
