import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../electron/shared/contracts';
import type { ChannelName } from '../../../electron/shared/contracts';
import { READS_AFTER, refreshAfterWrite, SESSION_WRITES } from '../../../renderer/src/rpc/after-write';

const all = Object.entries(channels as Record<string, { write: boolean }>);
const writes = all.filter(([, c]) => c.write).map(([name]) => name);
const reads = all.filter(([, c]) => !c.write).map(([name]) => name);

/** A client holding one cached answer of each read, as pages that were opened leave them. */
function clientWithEveryRead(): QueryClient {
  const client = new QueryClient();
  for (const name of reads) client.setQueryData([name, { id: 1 }], { cached: true });
  return client;
}
const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.isStale())
    .map((q) => q.queryKey[0] as string)
    .sort();

describe('lists and records are read again after every write', () => {
  it('every write says what it changes, and only writes do', () => {
    expect(writes.length).toBeGreaterThan(90);
    expect(
      writes.filter((w) => !READS_AFTER.has(w as ChannelName) && !SESSION_WRITES.includes(w as ChannelName)),
    ).toEqual([]);
    expect([...READS_AFTER.keys()].filter((k) => !writes.includes(k))).toEqual([]);
    // Every read a write names exists (a misspelt name would refresh nothing).
    const named = new Set([...READS_AFTER.values()].flat());
    expect([...named].filter((prefix) => !reads.some((r) => r.startsWith(prefix)))).toEqual([]);
  });

  it('printing 送货单 refreshes the notes list (打印次数) and the open note, not the quotes', async () => {
    const client = new QueryClient();
    client.setQueryData(['deliveries.notes.list', { q: '', filters: {} }, { page: 1, pageSize: 50 }], { rows: [] });
    client.setQueryData(['deliveries.notes.get', { id: 7 }], { printCount: 0 });
    client.setQueryData(['quotes.list', { q: '' }], { rows: [] });
    await refreshAfterWrite(client, 'deliveries.notes.print');
    expect(stale(client)).toEqual(['deliveries.notes.get', 'deliveries.notes.list']);
  });

  it('a read marks nothing stale', async () => {
    const client = clientWithEveryRead();
    await refreshAfterWrite(client, 'deliveries.notes.list');
    await refreshAfterWrite(client, 'quotes.pdf');
    expect(stale(client)).toEqual([]);
  });

  it.each([
    ['deliveries.notices.print', ['deliveries.notices.list', 'deliveries.notices.get', 'audit.forEntity']],
    ['dispatch.runs.depart', ['dispatch.runs.list', 'dispatch.runs.get', 'deliveries.notes.list', 'dispatch.board']],
    [
      'dispatch.consignments.arrive',
      ['dispatch.consignments.list', 'dispatch.consignments.get', 'deliveries.notes.get'],
    ],
    ['dispatch.freight.settle', ['dispatch.freight.list', 'dispatch.freight.open', 'dispatch.consignments.list']],
    [
      'invoices.sendCourier',
      ['invoices.list', 'invoices.get', 'invoices.unacknowledged', 'invoices.delivery', 'register.list'],
    ],
    ['receipts.allocate', ['receipts.list', 'receipts.get', 'invoices.list', 'receivables.ageing', 'finance.daily']],
    ['orders.close', ['orders.list', 'orders.get', 'orders.progress', 'deliveries.notices.list', 'dashboard.summary']],
    ['quotes.outcome', ['quotes.list', 'quotes.get', 'quotes.versions', 'inquiries.list']],
  ] as const)('%s refreshes what shows it', async (write, shown) => {
    const client = clientWithEveryRead();
    await refreshAfterWrite(client, write);
    expect(stale(client)).toEqual(expect.arrayContaining([...shown]));
  });
});
