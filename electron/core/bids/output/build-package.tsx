import type { Knex } from 'knex';
import { PDFDocument } from 'pdf-lib';
import type { ReactElement } from 'react';
import { bidTotal } from '../../../shared/bids/price-tables';
import type { BidEdition } from '../../../shared/bids/output/contract';
import { translate } from '../../../shared/i18n/translate';
import type { Locale } from '../../../shared/rpc/envelope';
import { today } from '../../dates';
import { documentHtml } from '../../docs/document-html';
import { AppError } from '../../rpc/errors';
import type { CoreServices } from '../../services';
import { filePages, FILED_MARGINS_MM } from './attachment-pages';
import type { BuildStep } from './build-progress';
import {
  AfterSales,
  Authorisation,
  BidLetter,
  Cover,
  LegalRepId,
  LETTER_CSS,
  Written,
  type SectionProps,
  type T,
} from './letter-sections';
import { loadBidPackage, type PackageSection } from './load-package';
import { addOutline } from './outline';
import { renderStamps } from './page-stamps';
import { Contents, DeviationTable, OpeningSummary, PastContracts, PriceBreakdown, TABLE_CSS } from './table-sections';

export interface BuildRequest {
  packageId: number;
  edition: BidEdition;
  copyNo: number | null;
}

export interface BuiltPackage {
  filename: string;
  pdf: Uint8Array;
  pages: number;
  skipped: string[];
}

/** A section's pages, ready to merge: one or more PDFs in order. */
interface Part {
  section: PackageSection;
  docs: PDFDocument[];
  pages: number;
}

/** The generated section's template, or null for a kind printed otherwise. */
function generatedBody(section: PackageSection, props: SectionProps, edition: string): ReactElement | null {
  const title = section.title;
  switch (section.generator) {
    case 'cover':
      return <Cover {...props} edition={edition} />;
    case 'bid_letter':
      return section.bodyHtml ? (
        <Written title={title} html={section.bodyHtml} />
      ) : (
        <BidLetter {...props} title={title} />
      );
    case 'legal_rep_id':
      return <LegalRepId {...props} title={title} />;
    case 'authorisation':
      return <Authorisation {...props} title={title} />;
    case 'opening_summary':
      return <OpeningSummary {...props} title={title} />;
    case 'price_breakdown':
      return <PriceBreakdown {...props} title={title} />;
    case 'tech_deviation':
      return <DeviationTable lines={props.pkg.deviations.technical} t={props.t} title={title} />;
    case 'commercial_deviation':
      return <DeviationTable lines={props.pkg.deviations.commercial} t={props.t} title={title} />;
    case 'past_contracts':
      return <PastContracts {...props} title={title} />;
    case 'after_sales':
      return section.bodyHtml ? (
        <Written title={title} html={section.bodyHtml} />
      ) : (
        <AfterSales {...props} title={title} />
      );
    default:
      return <Written title={title} html={section.bodyHtml ?? ''} />;
  }
}

/**
 * The package as one PDF for one edition: each section rendered (or its files read) first so its pages are counted,
 * then the 目录 with where each section really starts (its own length reserved, re-rendered while it grows), the
 * parts merged in order, 第 N 页 共 M 页 and the watermark laid over every page, a bookmark per section.
 */
export async function buildBidPackage(
  db: Knex,
  services: CoreServices,
  locale: Locale,
  request: BuildRequest,
  progress: BuildStep,
): Promise<BuiltPackage> {
  const t: T = (key, vars) => translate(locale, `bidOutputMsg.${key}`, vars);
  const pkg = await loadBidPackage(db, request.packageId);

  const copyNo = request.edition === 'copy' ? request.copyNo : null;
  if (request.edition === 'copy') {
    if (!copyNo)
      throw new AppError('VALIDATION', 'bidOutputMsg.errors.copyNoNeeded', {}, [
        { path: 'copyNo', message: 'bidOutputMsg.errors.copyNoNeeded' },
      ]);
    if (copyNo > pkg.copies)
      throw new AppError('VALIDATION', 'bidOutputMsg.errors.copyNoOver', { copies: pkg.copies, n: copyNo }, [
        { path: 'copyNo', message: 'bidOutputMsg.errors.copyNoOver' },
      ]);
  }
  const numeral = copyNo ? (t('numerals').split('|')[copyNo - 1] ?? String(copyNo)) : '';
  const edition = request.edition === 'original' ? t('edition.original') : t('edition.copy', { n: numeral });

  const sections = pkg.sections.filter((s) => (request.edition === 'original' ? s.inOriginal : s.inCopies));
  if (sections.length === 0)
    throw new AppError('VALIDATION', 'bidOutputMsg.errors.noSections', { edition }, [
      { path: 'edition', message: 'bidOutputMsg.errors.noSections' },
    ]);

  progress.total = sections.length + 3;
  const step = (label: string) => {
    progress.step += 1;
    progress.label = label;
  };

  const props: SectionProps = { pkg, total: bidTotal(pkg.priceLines), date: pkg.bidDate ?? today(), t };
  const css = LETTER_CSS + TABLE_CSS;
  const render = async (body: ReactElement, title: string) =>
    PDFDocument.load(
      await services.pdf.render(
        documentHtml(body, { title, lang: locale, paper: 'a4', margins: FILED_MARGINS_MM, pageNumbers: false, css }),
      ),
    );

  // Every part is rendered (or its files read) at once: the engine prints as many side by side as it can, and the
  // parts keep their order. Skipped files are named in the order of the sections.
  const built = await Promise.all(
    sections.map(async (section): Promise<{ part: Part; skipped: string[] }> => {
      const docs: PDFDocument[] = [];
      const skipped: string[] = [];
      if (section.kind === 'generated' && section.generator === 'toc') {
        // Rendered last, once every other part is counted; it holds its place in the steps.
        step(t('progress.section', { title: section.title }));
        return { part: { section, docs, pages: 1 }, skipped };
      }
      if (section.kind === 'attachments') {
        for (const file of section.files) {
          const got = await filePages(services.attachmentDir, services.pdf, file);
          if ('pdf' in got) docs.push(got.pdf);
          else skipped.push(t('skippedFile', { file: got.skipped, section: section.title }));
        }
      } else if (section.kind === 'text') {
        docs.push(await render(<Written title={section.title} html={section.bodyHtml ?? ''} />, section.title));
      } else {
        docs.push(await render(generatedBody(section, props, edition)!, section.title));
      }
      step(t('progress.section', { title: section.title }));
      return { part: { section, docs, pages: docs.reduce((n, d) => n + d.getPageCount(), 0) }, skipped };
    }),
  );
  const parts = built.map((b) => b.part);
  const skipped = built.flatMap((b) => b.skipped);

  // 目录: where each section starts, counting the contents' own pages; rendered again while it grows.
  step(t('progress.toc'));
  const startPages = () => {
    let page = 1;
    return parts.map((p) => {
      const start = page;
      page += p.pages;
      return start;
    });
  };
  for (const toc of parts.filter((p) => p.section.generator === 'toc' && p.section.kind === 'generated')) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const starts = startPages();
      const entries = parts
        .map((p, i) => ({ title: p.section.title, page: starts[i]!, part: p }))
        .filter((e) => e.part.pages > 0 && !['cover', 'toc'].includes(e.part.section.generator ?? ''));
      const doc = await render(<Contents entries={entries} title={toc.section.title} />, toc.section.title);
      const grew = doc.getPageCount() !== toc.pages;
      toc.docs = [doc];
      toc.pages = doc.getPageCount();
      if (!grew) break;
    }
  }

  step(t('progress.merge'));
  const merged = await PDFDocument.create();
  const starts = startPages();
  for (const part of parts)
    for (const doc of part.docs)
      for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
  const pages = merged.getPageCount();

  step(t('progress.stamp'));
  const coverFirst = parts[0]?.section.generator === 'cover' && parts[0].section.kind === 'generated';
  const stamps = await PDFDocument.load(
    await renderStamps(services.pdf, pages, {
      numberFrom: coverFirst ? parts[0]!.pages + 1 : 1,
      label: (n, m) => t('pageOf', { n, m }),
      watermark: pkg.watermark,
    }),
  );
  const layers = await merged.embedPdf(stamps, stamps.getPageIndices());
  merged.getPages().forEach((page, i) => {
    const { width, height } = page.getSize();
    page.drawPage(layers[i]!, { x: 0, y: 0, width, height });
  });

  addOutline(
    merged,
    parts.filter((p) => p.pages > 0).map((p) => ({ title: p.section.title, pageIndex: starts[parts.indexOf(p)]! - 1 })),
  );
  merged.setTitle(`${pkg.projectName} ${edition}`);
  const pdf = await merged.save();
  progress.label = t('progress.done');
  progress.step = progress.total;
  const project = pkg.projectName.replace(/[\\/:*?"<>|\s]+/g, '_');
  return { filename: t('file', { project, edition }), pdf, pages, skipped };
}
