import type { Knex } from 'knex';
import type { QuoteDetail, QuoteFormat } from '../../shared/quotes/contract';
import { quoteSnapshotNow, readSnapshot, writeSnapshot, type IssuedSnapshot } from '../docs/issued-snapshot';
import { formatFor } from './quote-formats';

type Db = Knex | Knex.Transaction;

/** The format an issued quote went out in, unless another is chosen; a draft's chosen, customer's or default one. */
export async function formatOf(
  db: Db,
  quote: Pick<QuoteDetail, 'customerId'>,
  issued: IssuedSnapshot | null,
  formatId: number | null,
): Promise<QuoteFormat & { id: number }> {
  if (issued?.format && (formatId === null || formatId === issued.format.id)) return issued.format;
  return formatFor(db, formatId, quote.customerId);
}

/** The quote with the customer and contact it was issued to (a draft: as it stands). */
export function asIssuedQuote(quote: QuoteDetail, issued: IssuedSnapshot | null): QuoteDetail {
  if (!issued) return quote;
  return {
    ...quote,
    customerName: issued.customer?.name ?? quote.customerName,
    contactName: issued.contact?.name ?? null,
    contactPhone: issued.contact?.phone ?? null,
    contactEmail: issued.contact?.email ?? null,
    contactAddress: issued.contact?.address ?? null,
  };
}

/** The first send freezes the quote in the format it goes out in (the customer's, else the default); later sends keep it. */
export async function freezeQuote(trx: Knex.Transaction, quote: QuoteDetail): Promise<void> {
  if (await readSnapshot(trx, 'quote', quote.id)) return;
  const format = await formatFor(trx, null, quote.customerId);
  await writeSnapshot(trx, 'quote', quote.id, await quoteSnapshotNow(trx, quote.id, format));
}
