import { unchangedOrder } from '../../shared/orders/lifecycle-contract';
import type { Knex } from 'knex';
import { ROLE_PERMISSIONS, type Role } from '../../shared/auth/roles';
import type { In } from '../../shared/contracts';
import type { CustomerInput } from '../../shared/customers/contract';
import type { ProductInput } from '../../shared/products/contract';
import { latestMaturity } from '../../shared/receipts/bill-dates';
import type { SessionUser } from '../../shared/users/contract';
import { int } from '../db/rows';
import type { HandlerContext } from '../rpc/handler';
import { demoActor, type DemoCall } from './demo-actor';
import { DemoClock } from './demo-clock';
import { BidsRun, type DemoBidCounts } from './demo-bids-runner';
import { PHASE } from './demo-phases';
import { PurchasingRun, type DemoBook } from './demo-purchasing-runner';
import { DEMO_CARRIERS, DEMO_CUSTOMERS, DEMO_PRODUCTS } from './demo-company';
import {
  DEMO_ACTORS,
  DEMO_COLLECTION_LOGS,
  DEMO_COLLECTION_PLANS,
  DEMO_DEALS,
  DEMO_DISPATCH,
  DEMO_OPEN_NOTICES,
  DEMO_RECEIPTS,
  DEMO_SALES_PLANS,
  DEMO_SEASON,
  DEMO_STATEMENT_REPLIES,
  DEMO_TERMS,
  type DemoActor,
  type DemoReceipt,
  type Deal,
  type DealInvoice,
  type Shipment,
} from './demo-history';

interface Step {
  date: string;
  phase: number;
  seq: number;
  run: () => Promise<void>;
}

/** What the demo made, for its summary and its tests. */
export interface DemoHistoryCounts {
  quotes: number;
  orders: number;
  notes: number;
  invoices: number;
  receipts: number;
}

const yuan = (v: number) => v * 100;
const cityOf = (address: string) => /^(.+?)市/.exec(address)?.[1] ?? address;

/** Serials for the numbers other systems give (the tax system's invoice numbers, waybills, bank references). */
class Serials {
  private n = 0;
  next(): number {
    this.n += 1;
    return this.n;
  }
}

class HistoryRun implements DemoBook {
  private readonly steps: Step[] = [];
  private readonly customers = new Map<string, { id: number; input: CustomerInput }>();
  private readonly products = new Map<string, { id: number; input: ProductInput }>();
  private readonly carriers = new Map<string, number>();
  private readonly quotes = new Map<string, number>();
  private readonly orders = new Map<string, { id: number; gross: number; customerId: number }>();
  /** Delivery notes by deal and shipment index. */
  private readonly notes = new Map<string, number>();
  private readonly runs = new Map<string, number>();
  private readonly consignments = new Map<string, number>();
  /** What came back on a deal's return: the red-letter takes back the same amounts. */
  private readonly returns = new Map<string, { net: number; tax: number; gross: number }>();
  private readonly invoiced = new Set<string>();
  private readonly invoices = new Map<string, number>();
  readonly purchaseOrders = new Map<string, number>();
  private readonly serials = new Serials();
  readonly counts: DemoHistoryCounts = { quotes: 0, orders: 0, notes: 0, invoices: 0, receipts: 0 };

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly clock: DemoClock,
    private readonly as: Record<DemoActor, DemoCall>,
  ) {}

  async lookUp(): Promise<void> {
    const customers = (await this.trx('customers').select('id', 'short_name')) as { id: number; short_name: string }[];
    for (const input of DEMO_CUSTOMERS) {
      const row = customers.find((c) => c.short_name === input.shortName);
      if (row) this.customers.set(input.shortName!, { id: row.id, input });
    }
    const products = (await this.trx('products').select('id', 'spec')) as { id: number; spec: string }[];
    for (const input of DEMO_PRODUCTS) {
      const row = products.find((p) => p.spec === input.spec);
      if (row) this.products.set(input.spec!, { id: row.id, input });
    }
    const carriers = (await this.trx('carriers').select('id', 'name')) as { id: number; name: string }[];
    for (const c of DEMO_CARRIERS) {
      const row = carriers.find((r) => r.name === c.name);
      if (row) this.carriers.set(c.name, row.id);
    }
  }

  customer(shortName: string) {
    const c = this.customers.get(shortName);
    if (!c) throw new Error(`demo history: no customer ${shortName}`);
    return c;
  }

  product(spec: string) {
    const p = this.products.get(spec);
    if (!p) throw new Error(`demo history: no product ${spec}`);
    return p;
  }

  private carrier(key: string): number {
    const name = DEMO_CARRIERS.find((c) => c.name.startsWith(key))?.name;
    const id = name && this.carriers.get(name);
    if (!id) throw new Error(`demo history: no carrier ${key}`);
    return id;
  }

  at(ago: number, phase: number, run: () => Promise<void>): void {
    this.steps.push({ date: this.clock.day(ago), phase, seq: this.steps.length, run });
  }

  quoteId(dealId: string): number {
    const id = this.quotes.get(dealId);
    if (id === undefined) throw new Error(`demo history: no quote for ${dealId}`);
    return id;
  }

  orderId(dealId: string): number {
    const order = this.orders.get(dealId);
    if (!order) throw new Error(`demo history: no order for ${dealId}`);
    return order.id;
  }

  serial(): number {
    return this.serials.next();
  }

  // ---- the story, turned into dated steps -------------------------------------------------------------------

  plan(): void {
    for (const deal of DEMO_DEALS) this.planDeal(deal);
    for (const n of DEMO_OPEN_NOTICES) this.at(n.ago, PHASE.ship, () => this.openNotice(n.deal));
    for (const r of DEMO_RECEIPTS) this.planReceipt(r);
    for (const log of DEMO_COLLECTION_LOGS) this.at(log.ago, PHASE.chase, () => this.collectionLog(log));
    for (const r of DEMO_STATEMENT_REPLIES)
      this.at(r.replied, PHASE.chase, async () => {
        await this.as.sales('receivables.recordStatementReply', {
          customerId: this.customer(r.customer).id,
          from: this.clock.day(r.from),
          to: this.clock.day(r.to),
          reply: 'agreed',
          replyDate: this.clock.day(r.replied),
        });
      });
    this.planPlans();
  }

  private planDeal(deal: Deal): void {
    if (deal.direct) this.planDirect(deal);
    else this.planQuoted(deal);
    if (deal.changed) {
      const ago = deal.changed.ago;
      this.at(ago, PHASE.order, () => this.change(deal));
    }
    (deal.shipments ?? []).forEach((s, i) => this.planShipment(deal, s, i));
    if (deal.closedShort) {
      const ago = deal.closedShort.ago;
      this.at(ago, PHASE.sign, () => this.closeShort(deal));
    }
    (deal.invoices ?? []).forEach((inv, i) => this.planInvoice(deal, inv, i));
    if (deal.returned) {
      const r = deal.returned;
      this.at(r.ago, PHASE.return, () => this.returnGoods(deal));
      this.at(r.red, PHASE.red, () => this.redForReturn(deal));
    }
    if (deal.allowance) this.at(deal.allowance.ago, PHASE.red, () => this.allowance(deal));
  }

  /** A repeat order entered straight from the customer's fax: no quote. */
  private planDirect(deal: Deal): void {
    this.at(deal.ordered!, PHASE.order, () => this.directOrder(deal));
  }

  private planQuoted(deal: Deal): void {
    this.at(deal.quoted, PHASE.quote, () => this.quote(deal));
    if (deal.sent !== undefined) this.at(deal.sent, PHASE.offer, () => this.offer(deal));
    for (const f of deal.followUps ?? [])
      this.at(f.ago, PHASE.quote, async () => {
        await this.as.sales('quotes.followups.add', {
          quoteId: this.quotes.get(deal.id)!,
          date: this.clock.day(f.ago),
          way: f.way,
          customerSaid: f.said,
          competitor: f.competitor ?? null,
          competitorPrice: f.competitorPrice ?? null,
          nextDate: f.next === undefined ? null : this.clock.day(f.next),
        });
      });
    if (deal.outcome === 'lost')
      this.at(deal.lost!, PHASE.quote, async () => {
        await this.as.sales('quotes.outcome', {
          id: this.quotes.get(deal.id)!,
          outcome: 'lost',
          reason: deal.reason ?? null,
        });
      });
    if (deal.outcome === 'won') this.at(deal.ordered!, PHASE.order, () => this.order(deal));
  }

  private planShipment(deal: Deal, s: Shipment, i: number): void {
    const key = `${deal.id}#${i}`;
    this.at(s.notice, PHASE.ship, () => this.ship(deal, s, key));
    if (s.delivered !== undefined) this.at(s.delivered, PHASE.deliver, () => this.deliver(s, key));
    if (s.signed !== undefined) this.at(s.signed, PHASE.sign, () => this.sign(deal, s, key));
  }

  private planInvoice(deal: Deal, inv: DealInvoice, i: number): void {
    const key = i === 0 ? deal.id : `${deal.id}-${i + 1}`;
    this.at(inv.issued, PHASE.invoice, () => this.invoice(deal, inv, key));
    if (inv.sent) {
      const [way, ago] = inv.sent;
      this.at(ago, PHASE.send, () => this.send(deal, key, way, ago));
    }
    if (inv.ack !== undefined) {
      const ack = inv.ack;
      this.at(ack, PHASE.ack, async () => {
        await this.as.sales('invoices.acknowledge', {
          invoiceId: this.invoices.get(key)!,
          date: this.clock.day(ack),
          signer: this.customer(deal.customer).input.contacts![0]!.name,
          attachmentId: null,
        });
      });
    }
  }

  private planReceipt(r: DemoReceipt): void {
    let receiptId = 0;
    this.at(r.ago, r.prepays ? PHASE.prepay : PHASE.receipt, async () => {
      receiptId = await this.receipt(r);
      if (r.allocated === undefined) await this.allocate(receiptId);
    });
    if (r.allocated !== undefined) this.at(r.allocated, PHASE.allocate, () => this.allocate(receiptId));
  }

  private planPlans(): void {
    const month = this.clock.loadDay.slice(0, 7);
    const first = `${month}-01`;
    const next = nextMonth(month);
    for (const p of DEMO_COLLECTION_PLANS)
      this.steps.push({
        date: first,
        phase: PHASE.plan,
        seq: this.steps.length,
        run: async () => {
          const customerId = this.customer(p.customer).id;
          for (const [m, amount] of [
            [month, p.thisMonth],
            [next, p.nextMonth],
          ] as const)
            if (amount > 0)
              await this.as.manager('collections.plan.set', {
                month: m,
                customerId,
                planned: yuan(amount),
                note: p.note ?? null,
              });
        },
      });
    // The year's sales plans are set at its start: the first month of the twelve.
    const months = Array.from({ length: 12 }, (_, i) => addMonths(month, i - 11));
    this.steps.push({
      date: `${months[0]}-01`,
      phase: PHASE.plan,
      seq: this.steps.length,
      run: async () => {
        for (const m of months) {
          const weight = DEMO_SEASON[Number(m.slice(5, 7)) - 1]!;
          for (const p of DEMO_SALES_PLANS)
            await this.as.manager('ledger.plan.set', {
              month: m,
              salesperson: p.salesperson,
              // Yuan times a percentage is fen.
              sales: p.sales * weight,
              collection: p.collection * weight,
            });
        }
      },
    });
  }

  async run(): Promise<void> {
    this.steps.sort((a, b) => a.date.localeCompare(b.date) || a.phase - b.phase || a.seq - b.seq);
    for (const step of this.steps) await this.clock.on(step.date, step.run);
  }

  // ---- the steps ------------------------------------------------------------------------------------------------

  private async quote(deal: Deal): Promise<void> {
    const customer = this.customer(deal.customer);
    const contact = customer.input.contacts![0]!;
    const lines: In<'quotes.create'>['lines'] = deal.items.map(([spec, qty]) => {
      const p = this.product(spec).input;
      return {
        kind: 'item',
        productId: this.product(spec).id,
        name: p.name,
        brand: p.brand ?? null,
        spec: p.spec ?? null,
        unit: p.unit,
        quantity: String(qty),
        unitPrice: p.listPrice!,
        taxRate: p.taxRate,
      };
    });
    if (deal.discount) lines.push(charge('discount', DEMO_TERMS.discountLine, deal.discount));
    if (deal.freight) lines.push(charge('freight', DEMO_TERMS.freightLine, deal.freight));
    const date = this.clock.day(deal.quoted);
    const q = await this.as.sales('quotes.create', {
      customerId: customer.id,
      contactName: contact.name,
      contactPhone: contact.mobile ?? null,
      project: deal.project ?? null,
      quoteDate: date,
      validDays: DEMO_TERMS.validDays,
      taxStatement: DEMO_TERMS.taxStatement,
      leadTime: DEMO_TERMS.leadTime,
      paymentTerms: customer.input.paymentTerms ?? null,
      warranty: DEMO_TERMS.warranty,
      lines,
      costLines: deal.items.map(([spec, qty], i) => ({
        lineNo: i + 1,
        productId: this.product(spec).id,
        name: this.product(spec).input.name,
        spec,
        unit: this.product(spec).input.unit,
        quantity: String(qty),
        unitCost: this.product(spec).input.standardCost!,
        costSource: 'standard',
      })),
    });
    this.quotes.set(deal.id, q.id);
    this.counts.quotes += 1;
    if (deal.sent === undefined) await this.offer(deal);
  }

  /** Submitted (approved by the manager when the rules ask for it) and sent to the customer. */
  private async offer(deal: Deal): Promise<void> {
    const id = this.quoteId(deal.id);
    const submitted = await this.as.sales('quotes.submit', { id });
    if (submitted.status === 'pending_approval')
      await this.as.manager('quotes.approve', { id, comment: DEMO_TERMS.approval });
    await this.as.sales('quotes.markSent', { id, via: 'email' });
  }

  private async order(deal: Deal): Promise<void> {
    const quoteId = this.quotes.get(deal.id)!;
    await this.as.sales('quotes.outcome', { id: quoteId, outcome: 'won' });
    const o = await this.as.sales('orders.createFromQuote', {
      quoteId,
      customerPo: deal.po ?? null,
      orderDate: this.clock.day(deal.ordered!),
    });
    this.orders.set(deal.id, { id: o.id, gross: o.totals.gross, customerId: o.customerId });
    this.counts.orders += 1;
  }

  private async directOrder(deal: Deal): Promise<void> {
    const customer = this.customer(deal.customer);
    const contact = customer.input.contacts![0]!;
    const draft = await this.as.sales('orders.direct.create', {
      customerId: customer.id,
      customerPo: deal.po ?? null,
      orderDate: this.clock.day(deal.ordered!),
      dueDate: null,
      contactName: contact.name,
      contactPhone: contact.mobile ?? null,
      deliveryAddress: customer.input.addresses?.[0]?.address ?? null,
      paymentTerms: customer.input.paymentTerms ?? null,
      // At list price, net: within the approval rules.
      priceIncludesTax: false,
      notes: null,
      lines: deal.items.map(([spec, qty]) => {
        const p = this.product(spec).input;
        return {
          kind: 'item' as const,
          productId: this.product(spec).id,
          name: p.name,
          brand: p.brand ?? null,
          spec: p.spec ?? null,
          unit: p.unit,
          quantity: String(qty),
          unitPrice: p.listPrice!,
          taxRate: p.taxRate,
          dueDate: null,
        };
      }),
    });
    const confirmed = await this.as.sales('orders.direct.confirm', { id: draft.id });
    if (confirmed.status !== 'confirmed')
      await this.as.manager('orders.direct.approve', { id: draft.id, comment: DEMO_TERMS.approval });
    this.orders.set(deal.id, { id: draft.id, gross: confirmed.totals.gross, customerId: customer.id });
    this.counts.orders += 1;
  }

  /** The customer's letter changes quantities: a numbered change with its reason. */
  private async change(deal: Deal): Promise<void> {
    const { items, reason } = deal.changed!;
    const order = await this.as.sales('orders.get', { id: this.orders.get(deal.id)!.id });
    const input = unchangedOrder(order, reason);
    await this.as.sales('orders.change', {
      ...input,
      lines: input.lines.map((l) => ({
        ...l,
        quantity: String(items.find(([spec]) => spec === l.spec)?.[1] ?? l.quantity),
      })),
    });
    const changed = await this.as.sales('orders.get', { id: order.id });
    this.orders.set(deal.id, { id: order.id, gross: changed.totals.gross, customerId: order.customerId });
  }

  private async closeShort(deal: Deal): Promise<void> {
    const order = await this.as.sales('orders.get', { id: this.orders.get(deal.id)!.id });
    await this.as.sales('orders.close', {
      id: order.id,
      lockVersion: order.lockVersion,
      reason: deal.closedShort!.reason,
    });
  }

  /** A confirmed notice of these goods (the rest of the order when none are named). */
  private async notice(deal: Deal, date: string, items?: [string, number][], release?: string) {
    const order = this.orders.get(deal.id)!;
    const progress = await this.as.dispatch('orders.progress', { orderId: order.id });
    const lines = items
      ? items.map(([spec, qty]) => ({
          orderLineId: progress.lines.find((l) => l.spec === spec)!.orderLineId,
          quantity: String(qty),
        }))
      : progress.lines
          .filter((l) => Number(l.available) > 0)
          .map((l) => ({ orderLineId: l.orderLineId, quantity: l.available }));
    const notice = await this.as.dispatch('deliveries.notices.create', { orderId: order.id, date, lines });
    if (release)
      await this.as.manager('receivables.credit.release', {
        checkpoint: 'notice',
        documentId: notice.id,
        reason: release,
      });
    return this.as.dispatch('deliveries.notices.confirm', { id: notice.id });
  }

  /** The goods of a purchase order, signed for here, forwarded to the customer by the manager and confirmed. */
  private async forwarded(deal: Deal, poKey: string, date: string) {
    const id = this.purchaseOrders.get(poKey);
    if (id === undefined) throw new Error(`demo history: no purchase order ${poKey}`);
    const notice = await this.as.manager('purchasing.orders.forward', { id, orderId: this.orderId(deal.id), date });
    return this.as.dispatch('deliveries.notices.confirm', { id: notice.id });
  }

  private async openNotice(dealId: string): Promise<void> {
    const deal = DEMO_DEALS.find((d) => d.id === dealId)!;
    const n = DEMO_OPEN_NOTICES.find((o) => o.deal === dealId)!;
    await this.notice(deal, this.clock.day(n.ago));
  }

  private async ship(deal: Deal, s: Shipment, key: string): Promise<void> {
    const date = this.clock.day(s.notice);
    const notice = s.forwarded
      ? await this.forwarded(deal, s.forwarded, date)
      : await this.notice(deal, date, s.items, s.release);
    const note = await this.as.dispatch('deliveries.notes.create', {
      noticeId: notice.id,
      date,
      packages: s.by === 'run' ? notice.lines.length : s.by.packages,
      weightKg: s.by === 'run' ? null : String(s.by.kg),
    });
    await this.as.dispatch('deliveries.notes.check', {
      id: note.id,
      lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
    });
    this.notes.set(key, note.id);
    this.counts.notes += 1;
    const customer = this.customer(deal.customer).input;
    const address = customer.addresses![0]!;
    if (s.by === 'run') {
      const run = await this.as.dispatch('dispatch.runs.create', {
        date,
        vehicle: DEMO_DISPATCH.vehicle,
        driver: DEMO_DISPATCH.driver,
        escort: DEMO_DISPATCH.escort,
        noteIds: [note.id],
      });
      await this.as.dispatch('dispatch.runs.depart', { id: run.id });
      this.runs.set(key, run.id);
      return;
    }
    const c = await this.as.dispatch('dispatch.consignments.create', {
      carrierId: this.carrier(s.by.carrier),
      noteIds: [note.id],
      date,
      fromStation: DEMO_DISPATCH.fromStation,
      toStation: cityOf(address.address),
      consigneeName: customer.name,
      consigneePhone: address.phone ?? null,
      consigneeAddress: address.address,
      goods: DEMO_DISPATCH.goods,
      packages: s.by.packages,
      weightKg: String(s.by.kg),
      basis: 'weight',
      payment: 'monthly',
    });
    this.consignments.set(key, c.id);
    if (s.delivered !== undefined || s.shipped)
      await this.as.dispatch('dispatch.consignments.ship', {
        id: c.id,
        waybillNo: `${DEMO_DISPATCH.waybillPrefix}${String(this.serials.next()).padStart(8, '0')}`,
      });
  }

  private async deliver(s: Shipment, key: string): Promise<void> {
    const date = this.clock.day(s.delivered!);
    const run = this.runs.get(key);
    if (run !== undefined)
      await this.as.dispatch('dispatch.runs.return', { id: run, delivered: [this.notes.get(key)!], date });
    else await this.as.dispatch('dispatch.consignments.arrive', { id: this.consignments.get(key)!, date });
  }

  private async sign(deal: Deal, s: Shipment, key: string): Promise<void> {
    const noteId = this.notes.get(key)!;
    const short = s.short;
    const lineId = short
      ? (await this.as.dispatch('deliveries.notes.get', { id: noteId })).lines.find((l) => l.spec === short.spec)!.id
      : 0;
    await this.as.dispatch('deliveries.notes.receipt', {
      id: noteId,
      signer: this.customer(deal.customer).input.addresses![0]!.contact!,
      date: this.clock.day(s.signed!),
      note: short ? short.note : null,
      discrepancies: short ? [{ lineId, kind: 'short', quantity: String(short.qty) }] : [],
    });
  }

  private invoiceNumber(date: string): string {
    return `${date.slice(2, 4)}${DEMO_DISPATCH.invoiceRegion}${String(this.serials.next()).padStart(16, '0')}`;
  }

  private async invoice(deal: Deal, inv: DealInvoice, key: string): Promise<void> {
    const customer = this.customer(deal.customer);
    const delivered = (deal.shipments ?? []).flatMap((s, i) => (s.delivered === undefined ? [] : [i]));
    const of = (inv.of ?? delivered).map((i) => `${deal.id}#${i}`).filter((k) => !this.invoiced.has(k));
    const noteIds = of.map((k) => this.notes.get(k)!);
    const draft = await this.as.sales('invoices.draftFromNotes', { customerId: customer.id, noteIds });
    const date = this.clock.day(inv.issued);
    const created = await this.as.sales('invoices.create', {
      ...draft,
      type: inv.type ?? draft.type,
      number: this.invoiceNumber(date),
      issueDate: date,
      issuer: DEMO_TERMS.issuer,
      lines: draft.lines.map((l) => ({ ...l, taxClass: l.taxClass ?? this.taxClass(l.name, l.spec ?? null) })),
    });
    for (const k of of) this.invoiced.add(k);
    this.invoices.set(key, created.id);
    this.counts.invoices += 1;
  }

  private taxClass(name: string, spec: string | null): string | null {
    const p = spec ? this.products.get(spec) : undefined;
    return p && p.input.name === name ? (DEMO_DISPATCH.taxClass[p.input.category ?? ''] ?? null) : null;
  }

  private async send(deal: Deal, key: string, way: 'courier' | 'hand' | 'tax_account', ago: number): Promise<void> {
    const invoiceIds = [this.invoices.get(key)!];
    const date = this.clock.day(ago);
    if (way === 'courier')
      await this.as.sales('invoices.sendCourier', {
        invoiceIds,
        courier: DEMO_DISPATCH.courier,
        trackingNo: `${DEMO_DISPATCH.trackingPrefix}${String(this.serials.next()).padStart(12, '0')}`,
        date,
      });
    else if (way === 'hand')
      await this.as.sales('invoices.sendByHand', {
        invoiceIds,
        handedTo: this.customer(deal.customer).input.contacts![0]!.name,
        date,
      });
    else await this.as.sales('invoices.sendTaxAccount', { invoiceIds, date, note: DEMO_TERMS.taxAccountNote });
  }

  private async returnGoods(deal: Deal): Promise<void> {
    const r = deal.returned!;
    const noteId = this.notes.get(`${deal.id}#0`)!;
    const note = await this.as.dispatch('deliveries.notes.get', { id: noteId });
    const back = await this.as.dispatch('deliveries.returns.create', {
      noteId,
      date: this.clock.day(r.ago),
      reason: r.reason,
      lines: [{ noteLineId: note.lines.find((l) => l.spec === r.spec)!.id, quantity: String(r.qty) }],
    });
    this.returns.set(deal.id, back.lines[0]!);
  }

  private async redForReturn(deal: Deal): Promise<void> {
    const r = deal.returned!;
    const original = await this.as.sales('invoices.get', { id: this.invoices.get(deal.id)! });
    const line = original.lines.find((l) => l.spec === r.spec)!;
    const amounts = this.returns.get(deal.id)!;
    const date = this.clock.day(r.red);
    const red = await this.as.sales('invoices.red', {
      type: original.type,
      number: this.invoiceNumber(date),
      issueDate: date,
      remarks: r.reason,
      originalId: original.id,
      reason: 'goods_returned',
      mode: 'lines',
      lines: [{ originalLineId: line.id, quantity: String(r.qty), ...amounts }],
      amount: null,
    });
    await this.redSent(red.id, date);
  }

  private async allowance(deal: Deal): Promise<void> {
    const a = deal.allowance!;
    const date = this.clock.day(a.ago);
    const red = await this.as.sales('invoices.red', {
      type: 'digital_special',
      number: this.invoiceNumber(date),
      issueDate: date,
      remarks: a.remarks,
      originalId: this.invoices.get(deal.id)!,
      reason: 'allowance',
      mode: 'amount',
      amount: yuan(a.yuan),
    });
    await this.redSent(red.id, date);
  }

  /** A 数电 red-letter reaches the buyer's tax account the day it is issued. */
  private async redSent(id: number, date: string): Promise<void> {
    this.counts.invoices += 1;
    await this.as.sales('invoices.sendTaxAccount', { invoiceIds: [id], date, note: DEMO_TERMS.taxAccountNote });
  }

  private async receipt(r: DemoReceipt): Promise<number> {
    const customer = this.customer(r.customer);
    let amount = yuan(r.yuan ?? 0) + yuan(r.extra ?? 0);
    if (r.prepays) amount += this.orders.get(r.prepays)!.gross;
    if (r.pays) {
      const ids = r.pays.map((k) => this.invoices.get(k)!);
      const row = (await this.trx('invoices').whereIn('id', ids).sum({ s: 'open_fen' }).first()) as { s: unknown };
      amount += int(row.s as number);
    }
    const date = this.clock.day(r.ago);
    const bill = r.bill && { ...r.bill, issueDate: this.clock.day(r.bill.issued) };
    const created = await this.as.sales('receipts.create', {
      date,
      customerId: customer.id,
      payerName: r.payer ?? null,
      amount,
      method: r.method ?? 'transfer',
      bankRef: bill ? null : `${DEMO_DISPATCH.bankRefPrefix}${date.replaceAll('-', '')}${this.serials.next()}`,
      notes: r.prepays ? DEMO_TERMS.prepaymentNote : null,
      bill: bill
        ? {
            billNo: bill.no,
            drawer: customer.input.name,
            acceptor: bill.acceptor,
            issueDate: bill.issueDate,
            maturityDate: latestMaturity(bill.issueDate),
          }
        : null,
    });
    this.counts.receipts += 1;
    return created.id;
  }

  /** 核销 first in, first out: the oldest due invoices first, as the service suggests. */
  private async allocate(receiptId: number): Promise<void> {
    const s = await this.as.sales('receipts.suggest', { receiptId });
    const items = s.items.filter((i) => i.amount > 0).map((i) => ({ invoiceId: i.id, amount: i.amount }));
    if (items.length) await this.as.sales('receipts.allocate', { receiptId, items });
  }

  private async collectionLog(log: (typeof DEMO_COLLECTION_LOGS)[number]): Promise<void> {
    const customer = this.customer(log.customer);
    await this.as.sales('collections.log', {
      customerId: customer.id,
      date: this.clock.day(log.ago),
      way: log.way,
      contact: customer.input.contacts![0]!.name,
      content: log.content,
      promisedDate: log.promised ? this.clock.day(log.promised[0]) : null,
      promisedFen: log.promised ? yuan(log.promised[1]) : null,
      nextDate: log.next === undefined ? null : this.clock.day(log.next),
    });
  }
}

function charge(kind: 'discount' | 'freight', name: string, amount: number): In<'quotes.create'>['lines'][number] {
  return { kind, name, unit: DEMO_TERMS.chargeUnit, quantity: '1', unitPrice: String(amount), taxRate: '0.13' };
}

function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
const nextMonth = (month: string) => addMonths(month, 1);

/** The demo users as sessions: who each step is done by. */
async function demoUsers(trx: Knex.Transaction): Promise<Record<DemoActor, SessionUser>> {
  const out = {} as Record<DemoActor, SessionUser>;
  for (const [actor, username] of Object.entries(DEMO_ACTORS) as [DemoActor, string][]) {
    const u = (await trx('users').where({ username }).first('id', 'username', 'display_name', 'role')) as
      { id: number; username: string; display_name: string; role: Role } | undefined;
    if (!u) throw new Error(`demo history: no user ${username}`);
    out[actor] = {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      permissions: [...ROLE_PERMISSIONS[u.role]],
      locale: 'zh-CN',
    };
  }
  return out;
}

/**
 * Plays the demo company's year (demo-history.ts) through the services, in date order, inside demo.load's
 * transaction: each step as the demo user who would do it, on its own day.
 */
export async function loadDemoHistory(ctx: HandlerContext): Promise<DemoHistoryCounts & DemoBidCounts> {
  const trx = ctx.tx();
  const users = await demoUsers(trx);
  const as = {
    sales: demoActor(trx, ctx, users.sales),
    dispatch: demoActor(trx, ctx, users.dispatch),
    purchaser: demoActor(trx, ctx, users.purchaser),
    manager: demoActor(trx, ctx, users.manager),
  };
  const clock = new DemoClock();
  const history = new HistoryRun(trx, clock, as);
  await history.lookUp();
  history.plan();
  const buying = new PurchasingRun(clock, as, history);
  await buying.lookUp(trx);
  buying.plan();
  const bids = new BidsRun(clock, as, history);
  bids.plan();
  await history.run();
  return { ...history.counts, ...bids.counts };
}
