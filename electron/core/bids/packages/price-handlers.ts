import type { Knex } from 'knex';
import { bidLineAmount } from '../../../shared/bids/price-tables';
import type { PriceLineInput } from '../../../shared/bids/packages/contract';
import { Dec, parseDecimal } from '../../../shared/money';
import { translate } from '../../../shared/i18n/translate';
import { assertExists } from '../../db/references';
import { notFound } from '../../rpc/errors';
import type { HandlerMap } from '../../rpc/handler';
import { draftForEdit, getPackage } from './package-store';
import { priceWorkbook } from './price-xlsx';

type Channel = 'bids.packages.savePriceLines' | 'bids.packages.importQuote' | 'bids.packages.priceXlsx';

type Line = Required<{ [K in keyof PriceLineInput]: Exclude<PriceLineInput[K], undefined> }>;

/** Writes the 分项报价表 lines after the ones already there; each line's 合价 is bidLineAmount of it. */
async function appendLines(trx: Knex.Transaction, packageId: number, lines: readonly Line[]): Promise<void> {
  const last = (await trx('bid_price_lines').where({ package_id: packageId }).max({ p: 'position' }).first()) as
    { p: number | null } | undefined;
  const start = Number(last?.p ?? 0);
  if (!lines.length) return;
  await trx('bid_price_lines').insert(
    lines.map((l, i) => ({
      package_id: packageId,
      position: start + i + 1,
      product_id: l.productId,
      quote_line_id: l.quoteLineId,
      name: l.name,
      brand: l.brand,
      model: l.model,
      maker: l.maker,
      unit: l.unit,
      quantity: l.quantity,
      unit_price: l.unitPrice,
      amount_fen: bidLineAmount(l),
      note: l.note,
    })),
  );
}

const summary = (p: Awaited<ReturnType<typeof getPackage>>) => ({
  lineCount: p.priceLines.length,
  totalFen: p.totalFen,
});

/** 分项报价表: the one source of the bid's prices; the 开标一览表 total and 大写 are derived from it. */
export const priceHandlers: HandlerMap<Channel> = {
  'bids.packages.savePriceLines': async ({ packageId, lines }, ctx) => {
    const trx = ctx.tx();
    await draftForEdit(trx, packageId);
    for (const l of lines) await assertExists(trx, 'products', 'product', l.productId);
    const before = await getPackage(trx, packageId);
    await trx('bid_price_lines').where({ package_id: packageId }).delete();
    await appendLines(trx, packageId, lines as Line[]);
    const after = await getPackage(trx, packageId);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'savePriceLines',
      before: summary(before),
      after: summary(after),
    });
    return after;
  },
  'bids.packages.importQuote': async ({ packageId, quoteId }, ctx) => {
    const trx = ctx.tx();
    await draftForEdit(trx, packageId);
    const quote = (await trx('quotes').where({ id: quoteId }).first('id', 'number', 'price_includes_tax')) as
      { id: number; number: string; price_includes_tax: unknown } | undefined;
    if (!quote) throw notFound('quote', quoteId);
    const includesTax = quote.price_includes_tax === true || quote.price_includes_tax === 1;
    const rows = (await trx('quote_lines')
      .leftJoin('products', 'products.id', 'quote_lines.product_id')
      .where('quote_lines.quote_id', quoteId)
      // Discounts are not lines of a 分项报价表: a bid states each item at the price it is offered at.
      .whereNot('quote_lines.kind', 'discount')
      .orderBy(['quote_lines.position', 'quote_lines.id'])
      .select('quote_lines.*', 'products.brand as product_brand')) as {
      id: number;
      product_id: number | null;
      name: string;
      brand: string | null;
      product_brand: string | null;
      spec: string | null;
      unit: string;
      quantity: string;
      unit_price: string;
      tax_rate: string;
    }[];
    const before = await getPackage(trx, packageId);
    await appendLines(
      trx,
      packageId,
      rows.map((r) => ({
        productId: r.product_id,
        quoteLineId: r.id,
        name: r.name,
        brand: r.brand ?? r.product_brand,
        model: r.spec ? r.spec.slice(0, 100) : null,
        maker: null,
        unit: r.unit,
        quantity: r.quantity,
        // Bids are priced with tax: a net quote's price is grossed up at its line's rate, to 4 decimals.
        unitPrice: includesTax
          ? r.unit_price
          : parseDecimal(r.unit_price)
              .times(new Dec(1).plus(parseDecimal(r.tax_rate)))
              .toDecimalPlaces(4, Dec.ROUND_HALF_UP)
              .toFixed(),
        note: null,
      })),
    );
    await trx('bid_packages').where({ id: packageId }).update({ quote_id: quoteId });
    const after = await getPackage(trx, packageId);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'importQuote',
      before: summary(before),
      after: { ...summary(after), quoteId },
    });
    return after;
  },
  'bids.packages.priceXlsx': async ({ id }, { db, locale }) => {
    const p = await getPackage(db, id);
    return {
      filename: translate(locale, 'bidPackagesMsg.xlsxFile', { title: p.title.replace(/[\\/:*?"<>|]/g, '') }),
      dataBase64: (await priceWorkbook(p)).toString('base64'),
    };
  },
};
