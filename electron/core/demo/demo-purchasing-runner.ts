import type { Knex } from 'knex';
import type { In } from '../../shared/contracts';
import type { TaxRate } from '../../shared/money';
import type { CustomerInput } from '../../shared/customers/contract';
import type { ProductInput } from '../../shared/products/contract';
import type { DemoCall } from './demo-actor';
import type { DemoClock } from './demo-clock';
import { DEMO_SUPPLIERS } from './demo-company';
import { DEMO_DEALS, type DemoActor } from './demo-history';
import { PHASE } from './demo-phases';
import {
  DEMO_CATALOGUE_DAY,
  DEMO_OFFERS,
  DEMO_PO_DAY,
  DEMO_PURCHASES,
  DEMO_SOURCING,
  DEMO_STOCK_PO,
  DEMO_SUPPLIER_INVOICES,
  DEMO_SUPPLIER_PAYMENTS,
  type DemoAnswer,
  type DemoParam,
  type DemoPurchase,
} from './demo-purchasing';

/** What the purchasing story needs of the sales history it runs beside: its calendar and the records it made. */
export interface DemoBook {
  at(ago: number, phase: number, run: () => Promise<void>): void;
  product(spec: string): { id: number; input: ProductInput };
  customer(shortName: string): { id: number; input: CustomerInput };
  quoteId(dealId: string): number;
  orderId(dealId: string): number;
  /** The demo's POs by their DEMO_PURCHASES key, for the shipments that forward them. */
  purchaseOrders: Map<string, number>;
  serial(): number;
}

const params = (list: DemoParam[]) => list.map(([name, value]) => ({ name, value }));

/**
 * The purchaser's year (demo-purchasing.ts) as dated steps on the sales history's calendar, each through the
 * purchasing services as the demo user who would do it: the purchaser keeps the catalogue, asks and chooses, buys,
 * signs for goods and pays; the manager forwards received goods (a delivery notice needs the deliveries' right).
 */
export class PurchasingRun {
  private readonly suppliers = new Map<string, number>();
  private readonly offers = new Map<string, number>();
  private readonly invoices = new Map<string, number>();
  private rfqId = 0;

  constructor(
    private readonly clock: DemoClock,
    private readonly as: Record<DemoActor, DemoCall>,
    private readonly book: DemoBook,
  ) {}

  async lookUp(trx: Knex.Transaction): Promise<void> {
    const rows = (await trx('suppliers').select('id', 'short_name')) as { id: number; short_name: string | null }[];
    for (const r of rows) if (r.short_name) this.suppliers.set(r.short_name, r.id);
  }

  private supplier(shortName: string): number {
    const id = this.suppliers.get(shortName);
    if (id === undefined) throw new Error(`demo purchasing: no supplier ${shortName}`);
    return id;
  }

  private po(key: string): number {
    const id = this.book.purchaseOrders.get(key);
    if (id === undefined) throw new Error(`demo purchasing: no purchase order ${key}`);
    return id;
  }

  plan(): void {
    const step = (ago: number, phase: number, run: () => Promise<void>) => this.book.at(ago, phase, run);
    for (const offer of DEMO_OFFERS) {
      const key = `${offer.supplier}|${offer.spec}`;
      step(DEMO_CATALOGUE_DAY, PHASE.buy, async () => {
        const created = await this.as.purchaser('purchasing.catalogue.create', {
          supplierId: this.supplier(offer.supplier),
          productId: this.book.product(offer.spec).id,
          model: offer.model,
          maker: offer.maker,
          params: params(offer.params),
          notes: offer.notes ?? null,
        });
        this.offers.set(key, created.id);
      });
      for (const [ago, unitPrice, taxIncluded] of offer.prices ?? [])
        step(ago, PHASE.buy, async () => {
          await this.as.purchaser('purchasing.catalogue.addPrice', {
            id: this.offers.get(key)!,
            priceDate: this.clock.day(ago),
            unitPrice,
            priceIncludesTax: taxIncluded,
          });
        });
    }
    const s = DEMO_SOURCING;
    step(s.asked, PHASE.ask, () => this.askPrices());
    for (const a of s.answers) step(a.ago, PHASE.ask, () => this.answer(a));
    step(s.chosen, PHASE.ask, () => this.choose());
    step(DEMO_PO_DAY, PHASE.buy, () => this.ordersFromRfq());
    for (const p of DEMO_PURCHASES) this.planPurchase(step, p);
    this.planStockPurchase(step);
    for (const inv of DEMO_SUPPLIER_INVOICES) step(inv.ago, PHASE.pay, () => this.supplierInvoice(inv));
    for (const pay of DEMO_SUPPLIER_PAYMENTS)
      step(pay.ago, PHASE.pay, async () => {
        const invoice = await this.as.purchaser('purchasing.payables.invoices.get', {
          id: this.invoices.get(pay.po)!,
        });
        const date = this.clock.day(pay.ago);
        await this.as.purchaser('purchasing.payables.payments.create', {
          supplierId: invoice.supplierId,
          payDate: date,
          amount: invoice.open,
          payMethod: 'transfer',
          reference: `ICBC${date.replaceAll('-', '')}${this.book.serial()}`,
          allocations: null,
        });
      });
  }

  private planPurchase(step: (ago: number, phase: number, run: () => Promise<void>) => void, p: DemoPurchase): void {
    step(p.sent, PHASE.buy, async () => {
      await this.as.purchaser('purchasing.orders.send', { id: this.po(p.key), date: this.clock.day(p.sent) });
    });
    step(p.confirmed, PHASE.buy, async () => {
      await this.as.purchaser('purchasing.orders.confirm', { id: this.po(p.key), date: this.clock.day(p.confirmed) });
    });
    let receiptId = 0;
    const r = p.receipt;
    if (r)
      step(r.ago, PHASE.arrive, async () => {
        const po = await this.as.purchaser('purchasing.orders.get', { id: this.po(p.key) });
        const customer = this.book.customer(DEMO_DEALS.find((d) => d.id === DEMO_SOURCING.deal)!.customer);
        const receipt = await this.as.purchaser('purchasing.receipts.create', {
          poId: po.id,
          receiptDate: this.clock.day(r.ago),
          // A drop-ship is signed for by the customer's receiving contact; ours by the warehouse.
          signer: p.dropShip ? customer.input.addresses![0]!.contact! : '王强',
          notes: r.note ?? null,
          lines: po.lines.map((l) => ({
            poLineId: l.id,
            quantity: String(r.qty),
            damaged: String(r.damaged ?? 0),
            note: r.damaged ? r.note : null,
          })),
        });
        receiptId = receipt.id;
      });
    const t = p.transfer;
    if (t)
      step(t.ago, PHASE.arrive, async () => {
        const po = await this.as.purchaser('purchasing.orders.get', { id: this.po(p.key) });
        await this.as.purchaser('purchasing.receipts.transfer', {
          receiptId,
          date: this.clock.day(t.ago),
          fromPlace: t.from,
          toPlace: t.to,
          receivedBy: t.receivedBy,
          lines: po.lines.map((l) => ({ poLineId: l.id, quantity: String(t.qty) })),
        });
      });
  }

  private planStockPurchase(step: (ago: number, phase: number, run: () => Promise<void>) => void): void {
    const s = DEMO_STOCK_PO;
    const key = `stock-${s.supplier}`;
    step(s.ordered, PHASE.buy, async () => {
      const product = this.book.product(s.spec);
      const po = await this.as.purchaser('purchasing.orders.create', {
        supplierId: this.supplier(s.supplier),
        orderDate: this.clock.day(s.ordered),
        expectedDate: this.clock.day(s.expected),
        priceIncludesTax: true,
        paymentTerms: '月结30天',
        notes: s.notes,
        lines: [
          {
            productId: product.id,
            name: product.input.name,
            spec: s.spec,
            unit: product.input.unit!,
            model: s.spec,
            quantity: String(s.qty),
            unitPrice: s.price,
            taxRate: '0.13',
            expectedDate: this.clock.day(s.expected),
          },
        ],
      });
      this.book.purchaseOrders.set(key, po.id);
    });
    step(s.sent, PHASE.buy, async () => {
      await this.as.purchaser('purchasing.orders.send', { id: this.po(key), date: this.clock.day(s.sent) });
    });
    step(s.confirmed, PHASE.buy, async () => {
      await this.as.purchaser('purchasing.orders.confirm', { id: this.po(key), date: this.clock.day(s.confirmed) });
    });
  }

  /** The RFQ from the deal's quote (still a draft: its costs are what is asked), logged as asked of each supplier. */
  private async askPrices(): Promise<void> {
    const s = DEMO_SOURCING;
    const date = this.clock.day(s.asked);
    const rfq = await this.as.purchaser('purchasing.rfq.create', {
      origin: 'quote',
      quoteId: this.book.quoteId(s.deal),
      title: s.title,
      date,
      replyBy: this.clock.day(s.replyBy),
      supplierIds: s.ask.map((a) => this.supplier(a.supplier)),
    });
    this.rfqId = rfq.id;
    for (const a of s.ask) {
      const contact = DEMO_SUPPLIERS.find((x) => x.shortName === a.supplier)!.contacts![0]!;
      await this.as.purchaser('purchasing.rfq.logAsked', {
        id: rfq.id,
        supplierId: this.supplier(a.supplier),
        channel: a.channel,
        sentOn: date,
        sentTo: `${contact.name} ${contact.mobile ?? ''}`.trim(),
      });
    }
  }

  private async answer(a: DemoAnswer): Promise<void> {
    const rfq = await this.as.purchaser('purchasing.rfq.get', { id: this.rfqId });
    await this.as.purchaser('purchasing.rfq.answer', {
      id: this.rfqId,
      supplierId: this.supplier(a.supplier),
      answerDate: this.clock.day(a.ago),
      priceIncludesTax: a.taxIncluded,
      paymentTerms: a.paymentTerms,
      validUntil: this.clock.day(a.ago - a.validDays),
      notes: a.notes ?? null,
      lines: rfq.rfqItems.map((item, i) => {
        const l = a.lines[i]!;
        return {
          itemId: item.id,
          unitPrice: l.price,
          taxRate: '0.13' as const,
          leadDays: l.leadDays,
          model: l.model,
          params: params(l.params),
        };
      }),
    });
  }

  /** Each item to its winner's latest round, with why. */
  private async choose(): Promise<void> {
    const rfq = await this.as.purchaser('purchasing.rfq.get', { id: this.rfqId });
    for (const [i, item] of rfq.rfqItems.entries()) {
      const c = DEMO_SOURCING.choices[i]!;
      const asked = rfq.rfqSuppliers.find((x) => x.supplierId === this.supplier(c.supplier))!;
      const line = asked.answers.at(-1)!.lines.find((l) => l.itemId === item.id)!;
      await this.as.purchaser('purchasing.rfq.choose', { itemId: item.id, answerLineId: line.id, reason: c.reason });
    }
  }

  /**
   * One draft PO per winner from the RFQ; the RFQ came from the quote, so each PO is then tied to the order the quote
   * became (the drop-ship one to be delivered to its customer), with the date the supplier promised.
   */
  private async ordersFromRfq(): Promise<void> {
    const orderId = this.book.orderId(DEMO_SOURCING.deal);
    const { orders } = await this.as.purchaser('purchasing.orders.fromRfq', {
      rfqId: this.rfqId,
      orderDate: this.clock.day(DEMO_PO_DAY),
    });
    const needs = await this.as.purchaser('purchasing.orders.forSalesOrder', { orderId });
    for (const row of orders) {
      const p = DEMO_PURCHASES.find((x) => this.supplier(x.supplier) === row.supplierId)!;
      const po = await this.as.purchaser('purchasing.orders.get', { id: row.id });
      const expectedDate = this.clock.day(p.expected);
      const data: In<'purchasing.orders.update'>['data'] = {
        supplierId: po.supplierId,
        contactId: po.contactId,
        orderDate: po.orderDate,
        expectedDate,
        priceIncludesTax: po.priceIncludesTax,
        paymentTerms: po.paymentTerms,
        deliveryMode: p.dropShip ? 'drop_ship' : 'to_us',
        shipOrderId: p.dropShip ? orderId : null,
        deliveryAddress: null,
        notes: po.notes,
        lines: po.lines.map((l) => {
          const need = needs.lines.find((n) => n.productId === l.productId)!;
          return {
            productId: l.productId,
            name: l.name,
            spec: l.spec,
            unit: l.unit,
            model: l.model,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            taxRate: l.taxRate as TaxRate,
            expectedDate,
            overReason: l.overReason,
            notes: l.notes,
            rfqAnswerLineId: l.rfqAnswerLineId,
            allocations: [{ orderLineId: need.orderLineId, quantity: l.quantity }],
          };
        }),
      };
      await this.as.purchaser('purchasing.orders.update', { id: po.id, lockVersion: po.lockVersion, data });
      this.book.purchaseOrders.set(p.key, po.id);
    }
  }

  /** The supplier's 数电专票 for the whole PO, as it reached us, due so many days on. */
  private async supplierInvoice(inv: (typeof DEMO_SUPPLIER_INVOICES)[number]): Promise<void> {
    const po = await this.as.purchaser('purchasing.orders.get', { id: this.po(inv.po) });
    const date = this.clock.day(inv.ago);
    const created = await this.as.purchaser('purchasing.payables.invoices.create', {
      supplierId: po.supplierId,
      type: 'digital_special',
      invoiceNumber: `${date.slice(2, 4)}${inv.region}${String(this.book.serial()).padStart(16, '0')}`,
      invoiceDate: date,
      net: po.net,
      tax: po.tax,
      gross: po.gross,
      paymentDays: inv.days,
      dueOn: null,
      orders: [{ poId: po.id, amount: po.gross }],
    });
    this.invoices.set(inv.po, created.id);
  }
}
