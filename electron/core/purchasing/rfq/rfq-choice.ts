import type { Knex } from 'knex';
import { translate } from '../../../shared/i18n/translate';
import { fourDecimals, unitPriceBases } from '../../../shared/purchasing/rfq/tax-basis';
import type { Locale } from '../../../shared/rpc/envelope';
import { nowIso } from '../../db/rows';
import { getQuote, replaceQuote, toQuoteData } from '../../quotes/quote-store';
import { AppError, notFound } from '../../rpc/errors';
import type { HandlerContext, HandlerMap } from '../../rpc/handler';
import { ensureOffer, recordSupplierPrice } from '../catalogue/price-history';
import { expectRfqStatus, getRfq } from './rfq-store';

type Channel = 'purchasing.rfq.choose';

interface Chosen {
  supplierId: number;
  unitPrice: string;
  priceIncludesTax: boolean;
  taxRate: string;
}

/**
 * The chosen price as the quote's cost: on the quote's cost basis (含税 or not), source 供应商报价 and the supplier
 * named, the cost sheet and margin re-priced as the quote service prices them. A quote no longer editable (sent,
 * approved, won…) keeps its cost sheet, and the user is told so.
 */
async function costToQuote(
  ctx: HandlerContext,
  trx: Knex.Transaction,
  costLineId: number,
  item: { productId: number | null; name: string },
  chosen: Chosen,
): Promise<{ note: string; updated: boolean }> {
  const t = (key: string, vars: Record<string, string | number>) => translate(ctx.locale, `rfqMsg.choose.${key}`, vars);
  const line = (await trx('quote_cost_lines')
    .where({ id: costLineId })
    .first('quote_id', 'position', 'product_id', 'name')) as
    { quote_id: number; position: number; product_id: number | null; name: string } | undefined;
  if (!line) return { note: t('costLineGone', {}), updated: false };
  const before = await getQuote(trx, line.quote_id);
  const named = { number: before.number, version: before.version, line: line.position };
  if (!before.editable)
    return {
      note: t('quoteLocked', { ...named, status: translate(ctx.locale, `quoteStatus.${before.status}`) }),
      updated: false,
    };
  // The cost sheet was edited since the RFQ was made and this position now holds other goods.
  const sameGoods = item.productId !== null ? line.product_id === item.productId : line.name === item.name;
  if (!sameGoods) return { note: t('costLineChanged', named), updated: false };
  const bases = unitPriceBases(chosen.unitPrice, chosen.taxRate, chosen.priceIncludesTax);
  const unitCost = fourDecimals(before.costIncludesTax ? bases.gross : bases.net);
  const data = toQuoteData(before);
  data.costLines[line.position - 1] = {
    ...data.costLines[line.position - 1]!,
    unitCost,
    costSource: 'supplier_quote',
    supplierId: chosen.supplierId,
  };
  await replaceQuote(trx, before.id, before.lockVersion, data);
  const after = await getQuote(trx, before.id);
  await ctx.audit({ entity: 'quote', entityId: before.id, action: 'update', before, after });
  return { note: t('quoteUpdated', { ...named, cost: unitCost }), updated: true };
}

function wrong(locale: Locale, key: string): AppError {
  return new AppError('VALIDATION', `rfqMsg.errors.${key}`, {}, [
    { path: 'answerLineId', message: `rfqMsg.errors.${key}` },
  ]);
}

export const rfqChoiceHandlers: HandlerMap<Channel> = {
  'purchasing.rfq.choose': async ({ itemId, answerLineId, reason }, ctx) => {
    const trx = ctx.tx();
    const itemRow = (await trx('rfq_items').where({ id: itemId }).first('rfq_id')) as { rfq_id: number } | undefined;
    if (!itemRow) throw notFound('rfqItem', itemId);
    const rfq = await getRfq(trx, itemRow.rfq_id);
    expectRfqStatus(ctx.locale, rfq, ['sent', 'decided'], 'choose');
    const item = rfq.rfqItems.find((i) => i.id === itemId)!;
    // Only a supplier's latest round stands: an earlier price was negotiated away.
    let found: {
      supplier: (typeof rfq.rfqSuppliers)[number];
      answer: (typeof rfq.rfqSuppliers)[number]['answers'][number];
    } | null = null;
    let line = null;
    for (const supplier of rfq.rfqSuppliers)
      for (const answer of supplier.answers) {
        const l = answer.lines.find((x) => x.id === answerLineId);
        if (l) {
          found = { supplier, answer };
          line = l;
        }
      }
    if (!found || !line) throw wrong(ctx.locale, 'answerOther');
    if (line.itemId !== itemId) throw wrong(ctx.locale, 'answerOtherItem');
    if (found.supplier.answers.at(-1)!.id !== found.answer.id) throw wrong(ctx.locale, 'oldRound');

    const previous = rfq.choices.find((c) => c.itemId === itemId) ?? null;
    await trx('rfq_choices').where({ rfq_item_id: itemId }).delete();
    await trx('rfq_choices').insert({
      rfq_item_id: itemId,
      answer_line_id: answerLineId,
      reason,
      chosen_by: ctx.user?.id ?? null,
      chosen_at: nowIso(),
    });
    const chosen: Chosen = {
      supplierId: found.supplier.supplierId,
      unitPrice: line.unitPrice,
      priceIncludesTax: found.answer.priceIncludesTax,
      taxRate: line.taxRate,
    };

    // The catalogue learns the price (and, the first time, that this supplier offers the product).
    if (item.productId !== null) {
      const offer = await ensureOffer(
        trx,
        { supplierId: chosen.supplierId, productId: item.productId, model: line.model, params: line.params },
        ctx.user?.id ?? null,
      );
      if (offer.created)
        await ctx.audit({
          entity: 'supplierProduct',
          entityId: offer.id,
          action: 'create',
          after: { supplierId: chosen.supplierId, productId: item.productId, model: line.model, params: line.params },
        });
      await recordSupplierPrice(
        trx,
        {
          supplierId: chosen.supplierId,
          productId: item.productId,
          priceDate: found.answer.answerDate,
          unitPrice: line.unitPrice,
          priceIncludesTax: found.answer.priceIncludesTax,
          taxRate: line.taxRate,
          minQuantity: line.minQuantity,
          leadDays: line.leadDays,
          source: 'rfq',
          rfqAnswerLineId: line.id,
        },
        ctx.user?.id ?? null,
      );
    }

    const quote =
      item.quoteCostLineId !== null
        ? await costToQuote(ctx, trx, item.quoteCostLineId, item, chosen)
        : { note: null, updated: false };

    const choices = (await trx('rfq_choices')
      .whereIn(
        'rfq_item_id',
        rfq.rfqItems.map((i) => i.id),
      )
      .count({ n: '*' })
      .first()) as { n: number | string };
    const decided = Number(choices.n) === rfq.rfqItems.length;
    await trx('rfqs')
      .where({ id: rfq.id })
      .increment('lock_version', 1)
      .update({ updated_at: nowIso(), ...(decided ? { status: 'decided' } : {}) });
    const after = await getRfq(trx, rfq.id);
    await ctx.audit({
      entity: 'rfq',
      entityId: rfq.id,
      action: 'choose',
      before: {
        status: rfq.status,
        ...(previous ? { chosen: { supplierId: previous.supplierId, reason: previous.reason } } : {}),
      },
      after: {
        status: after.status,
        item: item.name,
        chosen: { supplierId: chosen.supplierId, unitPrice: chosen.unitPrice, reason },
        ...(quote.updated ? { quoteNote: quote.note } : {}),
      },
    });
    return { detail: after, quoteNote: quote.note, quoteUpdated: quote.updated };
  },
};
