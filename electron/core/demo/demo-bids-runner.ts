import type { In } from '../../shared/contracts';
import type { PackageDetail } from '../../shared/bids/packages/contract';
import type { DemoActor } from './demo-history';
import type { DemoCall } from './demo-actor';
import type { DemoClock } from './demo-clock';
import { demoCertificatePdf, demoPhotoPng } from './demo-files';
import { PHASE } from './demo-phases';
import type { DemoBook } from './demo-purchasing-runner';
import {
  DEMO_LIBRARY,
  DEMO_LIBRARY_DAY,
  DEMO_SIGNERS,
  DEMO_TENDERS,
  type DemoDeviation,
  type DemoLibraryItem,
  type DemoTender,
} from './demo-bids';

const yuan = (v: number) => Math.round(v * 100);

/** What the bids story made, for the demo's summary. */
export interface DemoBidCounts {
  tenders: number;
  libraryItems: number;
  packages: number;
}

/**
 * The sales assistant's bids (demo-bids.ts) as dated steps on the sales history's calendar, each through the bids
 * services as the demo user who would do it: she keeps the 资料库, registers the tenders and writes the packages;
 * the manager pays the bonds.
 */
export class BidsRun {
  private readonly items = new Map<string, number>();
  private readonly tenders = new Map<string, number>();
  private readonly packages = new Map<string, number>();
  private templateId: number | null = null;
  readonly counts: DemoBidCounts = { tenders: 0, libraryItems: 0, packages: 0 };

  constructor(
    private readonly clock: DemoClock,
    private readonly as: Record<DemoActor, DemoCall>,
    private readonly book: DemoBook,
  ) {}

  private day(ago: number): string {
    return this.clock.day(ago);
  }

  private item(key: string): number {
    const id = this.items.get(key);
    if (id === undefined) throw new Error(`demo bids: no library item ${key}`);
    return id;
  }

  private tender(key: string): number {
    const id = this.tenders.get(key);
    if (id === undefined) throw new Error(`demo bids: no tender ${key}`);
    return id;
  }

  plan(): void {
    const step = (ago: number, run: () => Promise<void>) => this.book.at(ago, PHASE.offer, run);
    for (const item of DEMO_LIBRARY) step(DEMO_LIBRARY_DAY, () => this.libraryItem(item));
    for (const tender of DEMO_TENDERS) {
      step(tender.created, () => this.register(tender));
      const b = tender.bond;
      step(b.added, () => this.addBond(tender));
      step(b.paid, () => this.bondStep(tender, 'paid', b.paid));
      if (b.refunded !== undefined) step(b.refunded, () => this.bondStep(tender, 'refunded', b.refunded!));
      const p = tender.package;
      if (p) {
        step(p.created, () => this.writePackage(tender));
        if (p.finalized !== undefined) step(p.finalized, () => this.seal(tender));
      }
      if (tender.submitted !== undefined)
        step(tender.submitted, async () => {
          const t = await this.as.sales('bids.tenders.get', { id: this.tender(tender.key) });
          await this.as.sales('bids.tenders.markSubmitted', { id: t.id, lockVersion: t.lockVersion });
        });
      if (tender.result) step(tender.result.ago, () => this.result(tender));
    }
  }

  /** A certificate, authorisation, report or case, with its scan (and a case's site photo) uploaded. */
  private async libraryItem(item: DemoLibraryItem): Promise<void> {
    const created = await this.as.sales('bids.library.create', {
      kind: item.kind,
      name: item.name,
      issuedBy: item.issuedBy ?? null,
      number: item.number ?? null,
      validFrom: item.validFrom === undefined ? null : this.day(item.validFrom),
      validTo: item.validTo === undefined ? null : this.day(item.validTo),
      brand: item.brand ?? null,
      caseCustomer: item.caseCustomer ?? null,
      caseAmount: item.caseYuan === undefined ? null : yuan(item.caseYuan),
      caseDate: item.caseDate === undefined ? null : this.day(item.caseDate),
      tags: item.tags,
      notes: null,
    });
    this.items.set(item.key, created.id);
    this.counts.libraryItems += 1;
    const scan = await this.as.sales('attachments.upload', {
      filename: `${item.name}.pdf`,
      mime: 'application/pdf',
      dataBase64: await demoCertificatePdf(item.pdf.heading, item.pdf.lines),
    });
    await this.as.sales('bids.library.addFile', { libraryItemId: created.id, attachmentId: scan.id, fileRole: 'main' });
    if (item.photo) {
      const photo = await this.as.sales('attachments.upload', {
        filename: `${item.name} 现场照片.png`,
        mime: 'image/png',
        dataBase64: demoPhotoPng(600, 400),
      });
      await this.as.sales('bids.library.addFile', {
        libraryItemId: created.id,
        attachmentId: photo.id,
        fileRole: 'photo',
      });
    }
  }

  private async register(t: DemoTender): Promise<void> {
    const at = (ago: number) => `${this.day(ago)} ${t.time}`;
    const created = await this.as.sales('bids.tenders.create', {
      projectName: t.projectName,
      tenderNo: t.tenderNo,
      customerId: this.book.customer(t.customer).id,
      purchaserName: this.book.customer(t.customer).input.name,
      agentName: t.agentName,
      agentContact: t.agentContact,
      evaluationMethod: t.evaluation,
      originals: 1,
      copies: t.copies,
      questionsDeadline: `${this.day(t.questions)} 17:00`,
      submissionDeadline: at(t.submission),
      openingAt: at(t.submission),
      openingPlace: t.openingPlace,
      remindDays: 3,
      quoteId: t.quoteDeal ? this.book.quoteId(t.quoteDeal) : null,
      notes: null,
      lots: t.lots.map((l) => ({ lotNo: l.lotNo, name: l.name, budget: yuan(l.budgetYuan), weBid: l.weBid })),
      requiredDocs: t.requiredDocs.map(([name, mandatory, note]) => ({ name, mandatory, note: note ?? null })),
    });
    this.tenders.set(t.key, created.id);
    this.counts.tenders += 1;
  }

  private async addBond(t: DemoTender): Promise<void> {
    const tender = await this.as.sales('bids.tenders.get', { id: this.tender(t.key) });
    await this.as.sales('bids.tenders.addBond', {
      tenderId: tender.id,
      data: {
        lotId: tender.lots.find((l) => l.weBid)?.id ?? null,
        amount: yuan(t.bond.yuan),
        paidBy: 'transfer',
        payee: t.bond.payee,
        payBy: this.day(t.submission + 1),
        paidOn: null,
        refundedOn: null,
        notes: null,
      },
    });
  }

  /** The manager pays the bond from the company account; the sales assistant sees it come back. */
  private async bondStep(t: DemoTender, what: 'paid' | 'refunded', ago: number): Promise<void> {
    const [bond] = (await this.as.sales('bids.tenders.get', { id: this.tender(t.key) })).bonds;
    if (what === 'paid')
      await this.as.manager('bids.tenders.markBondPaid', {
        id: bond!.id,
        lockVersion: bond!.lockVersion,
        paidOn: this.day(ago),
      });
    else
      await this.as.sales('bids.tenders.markBondRefunded', {
        id: bond!.id,
        lockVersion: bond!.lockVersion,
        refundedOn: this.day(ago),
      });
  }

  private deviationLines(list: DemoDeviation[]): In<'bids.packages.saveDeviations'>['lines'] {
    return list.map(([spec, clause, requirement, response, deviation]) => ({
      productId: spec ? this.book.product(spec).id : null,
      clause,
      requirement,
      response,
      deviation,
      note: null,
    }));
  }

  /** The package: its header, its prices (typed or from the quote), deviations and the 资格证明文件 filled. */
  private async writePackage(t: DemoTender): Promise<void> {
    const p = t.package!;
    const tender = await this.as.sales('bids.tenders.get', { id: this.tender(t.key) });
    let pkg = await this.as.sales('bids.packages.create', {
      tenderId: tender.id,
      lotId: tender.lots.find((l) => l.weBid)?.id ?? null,
      templateId: p.fromTemplate ? this.templateId : null,
    });
    this.packages.set(t.key, pkg.id);
    this.counts.packages += 1;
    pkg = await this.as.sales('bids.packages.update', {
      id: pkg.id,
      lockVersion: pkg.lockVersion,
      title: pkg.title,
      bidderName: pkg.bidderName,
      ...DEMO_SIGNERS,
      validityDays: 90,
      deliveryPeriod: p.deliveryPeriod,
      warranty: p.warranty,
      taxRate: '0.13',
      // The letters are dated the day the bid is handed in.
      bidDate: this.day(t.submission),
      watermark: null,
    });
    if (p.lines)
      await this.as.sales('bids.packages.savePriceLines', {
        packageId: pkg.id,
        lines: p.lines.map(([spec, qty, unitPrice]) => {
          const product = this.book.product(spec);
          return {
            productId: product.id,
            quoteLineId: null,
            name: product.input.name,
            brand: product.input.brand ?? null,
            model: spec,
            maker: null,
            unit: product.input.unit!,
            quantity: String(qty),
            unitPrice,
            note: null,
          };
        }),
      });
    else
      await this.as.sales('bids.packages.importQuote', { packageId: pkg.id, quoteId: this.book.quoteId(t.quoteDeal!) });
    await this.as.sales('bids.packages.saveDeviations', {
      packageId: pkg.id,
      sheet: 'technical',
      lines: this.deviationLines(p.deviations),
    });
    await this.as.sales('bids.packages.saveDeviations', {
      packageId: pkg.id,
      sheet: 'commercial',
      lines: this.deviationLines(p.commercial),
    });
    const quals = pkg.sections.find((s) => s.kind === 'attachments' && s.title === '资格证明文件');
    if (!quals) throw new Error('demo bids: no 资格证明文件 part');
    await this.as.sales('bids.packages.setSectionItems', {
      sectionId: quals.id,
      items: [...p.qualifications, ...p.cases].map((key) => ({ libraryItemId: this.item(key), attachmentId: null })),
    });
  }

  /** Sealed for printing, and its structure kept as the template the next bid starts from. */
  private async seal(t: DemoTender): Promise<void> {
    const id = this.packages.get(t.key)!;
    const pkg: PackageDetail = await this.as.sales('bids.packages.get', { id });
    await this.as.sales('bids.packages.finalize', { id, lockVersion: pkg.lockVersion });
    if (t.package!.template) {
      const tpl = await this.as.sales('bids.packages.saveTemplate', {
        packageId: id,
        name: t.package!.template,
        notes: `${t.projectName}（已中标）的结构与文字`,
      });
      this.templateId = tpl.id;
    }
  }

  /** The result as read at the opening: won at our package's price, or lost to the lowest bidder. */
  private async result(t: DemoTender): Promise<void> {
    const r = t.result!;
    const tender = await this.as.sales('bids.tenders.get', { id: this.tender(t.key) });
    let [winner, price] = r.winner ? [r.winner[0], yuan(r.winner[1])] : [null, null];
    if (r.status === 'won') {
      // Won at our price: the package's 开标一览表 total, under our name as the letters print it.
      const ours = await this.as.sales('bids.packages.get', { id: this.packages.get(t.key)! });
      [winner, price] = [ours.bidderName, ours.totalFen];
    }
    await this.as.sales('bids.tenders.setResult', {
      id: tender.id,
      lockVersion: tender.lockVersion,
      status: r.status,
      winningBidder: winner,
      winningPrice: price,
      resultNote: r.note ?? null,
      lots: [],
      competitorPrices: r.competitors.map(([bidder, y]) => ({ lotId: null, bidder, bidPrice: yuan(y), note: null })),
    });
  }
}
