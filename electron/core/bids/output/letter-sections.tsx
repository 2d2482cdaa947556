import type { ReactElement } from 'react';
import type { BidTotal } from '../../../shared/bids/price-tables';
import { formatFen } from '../../../shared/money';
import { cleanBodyHtml } from '../packages/sanitize-body';
import type { BidPackageData } from './load-package';

export type T = (key: string, vars?: Record<string, string | number>) => string;

/** What every generated section knows: the package, its total from the 分项报价表, the date and the wording. */
export interface SectionProps {
  pkg: BidPackageData;
  total: BidTotal;
  date: string;
  t: T;
}

export const LETTER_CSS = `
h1.doc { font-size: 18pt; text-align: center; letter-spacing: 2pt; margin: 6mm 0 8mm; }
.letter p { font-size: 12pt; line-height: 2; text-indent: 2em; margin: 0 0 2mm; }
.letter p.to { text-indent: 0; }
.sign { margin-top: 14mm; margin-left: 40%; font-size: 12pt; line-height: 2.2; overflow-wrap: anywhere; }
.cover { height: 265mm; display: flex; flex-direction: column; align-items: center; }
.cover .edition { align-self: flex-end; font-size: 28pt; font-weight: bold; border: 1.5pt solid #000; padding: 2mm 6mm; }
.cover .heading { margin-top: 40mm; font-size: 36pt; font-weight: bold; letter-spacing: 6pt; }
.cover .project { margin-top: 18mm; font-size: 18pt; font-weight: bold; text-align: center; }
.cover dl { margin-top: 50mm; font-size: 14pt; line-height: 2.4; display: grid; grid-template-columns: auto auto; column-gap: 4mm; }
.cover dt { text-align: justify; }
.cover dd { margin: 0; border-bottom: 0.5pt solid #000; min-width: 90mm; }
.photo { margin-top: 12mm; border: 0.5pt dashed #666; height: 60mm; display: flex; align-items: center; justify-content: center; color: #666; }
.written { font-size: 11pt; line-height: 1.8; }
.written h1, .written h2, .written h3, .written h4 { margin: 4mm 0 2mm; }
`;

const orTbd = (v: string | null, t: T) => v ?? t('tbd');

/** 封面: project, tender no, lot, bidder and date, 正本 or 副本N in large type; it carries no page number. */
export function Cover({ pkg, date, t, edition }: SectionProps & { edition: string }): ReactElement {
  return (
    <div className="cover">
      <div className="edition">{edition}</div>
      <div className="heading">{t('cover.heading')}</div>
      <div className="project">{pkg.projectName}</div>
      <dl>
        <dt>{t('cover.tenderNo')}：</dt>
        <dd>{pkg.tenderNo ?? ''}</dd>
        {pkg.lot && (
          <>
            <dt>{t('cover.lot')}：</dt>
            <dd>
              {pkg.lot.lotNo} {pkg.lot.name}
            </dd>
          </>
        )}
        <dt>{t('cover.bidder')}：</dt>
        <dd>
          {pkg.bidderName}
          {t('cover.seal')}
        </dd>
        <dt>{t('cover.date')}：</dt>
        <dd>{date}</dd>
      </dl>
    </div>
  );
}

function Sign({ lines }: { lines: string[] }): ReactElement {
  return (
    <div className="sign">
      {lines.map((l) => (
        <div key={l}>{l}</div>
      ))}
    </div>
  );
}

/** A written part, or a letter's own wording: the stored HTML, cleaned again before it prints. */
export function Written({ title, html }: { title: string; html: string }): ReactElement {
  return (
    <>
      <h1 className="doc">{title}</h1>
      <div className="written" dangerouslySetInnerHTML={{ __html: cleanBodyHtml(html) ?? '' }} />
    </>
  );
}

/** 投标函 in the standard wording: the total in figures and 大写 (bidTotal), validity, delivery and warranty. */
export function BidLetter({ pkg, total, date, t, title }: SectionProps & { title: string }): ReactElement {
  const vars = {
    purchaser: pkg.purchaserName,
    project: pkg.projectName,
    tenderNo: orTbd(pkg.tenderNo, t),
    lot: pkg.lot ? `${pkg.lot.lotNo} ${pkg.lot.name} ` : '',
    total: formatFen(total.totalFen),
    words: total.inWords,
    delivery: orTbd(pkg.deliveryPeriod, t),
    warranty: pkg.warranty ?? t('defaultWarranty'),
    days: pkg.validityDays,
    bidder: pkg.bidderName,
    date,
  };
  return (
    <div className="letter">
      <h1 className="doc">{title}</h1>
      <p className="to">{t('letter.to', vars)}</p>
      <p>{t('letter.body1', vars)}</p>
      <p>{t('letter.body2', vars)}</p>
      <p>{t('letter.body3', vars)}</p>
      <Sign lines={[t('letter.bidder', vars), t('letter.rep', vars), t('letter.date', vars)]} />
    </div>
  );
}

/** 法定代表人身份证明 with the place for the ID card copy. */
export function LegalRepId({ pkg, date, t, title }: SectionProps & { title: string }): ReactElement {
  const vars = {
    name: orTbd(pkg.legalRep, t),
    idNo: orTbd(pkg.legalRepIdNo, t),
    title: orTbd(pkg.legalRepTitle, t),
    bidder: pkg.bidderName,
    date,
  };
  return (
    <div className="letter">
      <h1 className="doc">{title}</h1>
      <p>{t('legalRep.body', vars)}</p>
      <Sign lines={[t('legalRep.bidder', vars), t('legalRep.date', vars)]} />
      <div className="photo">{t('legalRep.photo')}</div>
    </div>
  );
}

/** 授权委托书 from the legal representative to the authorised person. */
export function Authorisation({ pkg, date, t, title }: SectionProps & { title: string }): ReactElement {
  const vars = {
    rep: orTbd(pkg.legalRep, t),
    repTitle: orTbd(pkg.legalRepTitle, t),
    bidder: pkg.bidderName,
    person: orTbd(pkg.authorisedPerson, t),
    personTitle: orTbd(pkg.authorisedTitle, t),
    idNo: orTbd(pkg.authorisedIdNo, t),
    project: pkg.projectName,
    date,
  };
  return (
    <div className="letter">
      <h1 className="doc">{title}</h1>
      <p>{t('authorisation.body', vars)}</p>
      <p>{t('authorisation.term')}</p>
      <Sign
        lines={[
          t('authorisation.bidder', vars),
          t('authorisation.rep', vars),
          t('authorisation.person', vars),
          t('authorisation.date', vars),
        ]}
      />
    </div>
  );
}

/** 售后服务承诺 in the standard wording with the package's warranty. */
export function AfterSales({ pkg, date, t, title }: SectionProps & { title: string }): ReactElement {
  return (
    <div className="letter">
      <h1 className="doc">{title}</h1>
      <p>{t('afterSales', { warranty: pkg.warranty ?? t('defaultWarranty') })}</p>
      <Sign lines={[t('letter.bidder', { bidder: pkg.bidderName }), t('letter.date', { date })]} />
    </div>
  );
}
