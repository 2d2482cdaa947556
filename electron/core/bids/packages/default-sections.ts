import type { SectionGenerator, SectionKind } from '../../../shared/bids/packages/contract';
import type { RequiredDoc } from './package-checks';

export interface SectionPlan {
  kind: SectionKind;
  generator: SectionGenerator | null;
  title: string;
  bodyHtml: string | null;
  inOriginal: boolean;
  inCopies: boolean;
  libraryItemIds: number[];
  requiredDocId: number | null;
}

const plan = (kind: SectionKind, generator: SectionGenerator | null, title: string): SectionPlan => ({
  kind,
  generator,
  title,
  bodyHtml: null,
  inOriginal: true,
  inCopies: true,
  libraryItemIds: [],
  requiredDocId: null,
});

/** A package's parts in the order tenders usually prescribe them (titles as printed, so in Chinese). */
export function defaultSections(): SectionPlan[] {
  return [
    plan('generated', 'cover', '封面'),
    plan('generated', 'toc', '目录'),
    plan('generated', 'bid_letter', '投标函'),
    plan('generated', 'legal_rep_id', '法定代表人身份证明'),
    plan('generated', 'authorisation', '授权委托书'),
    plan('generated', 'opening_summary', '开标一览表'),
    plan('generated', 'price_breakdown', '分项报价表'),
    plan('generated', 'tech_deviation', '技术偏离表'),
    plan('generated', 'commercial_deviation', '商务偏离表'),
    plan('generated', 'past_contracts', '类似项目业绩'),
    plan('generated', 'after_sales', '售后服务承诺'),
    plan('text', null, '技术方案'),
    plan('attachments', null, '资格证明文件'),
  ];
}

/** Other words tenders use for the same part. */
const ALIASES: Partial<Record<SectionGenerator, string[]>> = {
  legal_rep_id: ['法人身份证明', '法定代表人资格证明'],
  authorisation: ['授权书', '委托书'],
  opening_summary: ['报价一览表', '投标一览表'],
  price_breakdown: ['分项报价', '报价明细表', '分项价格表'],
  tech_deviation: ['技术规格偏离表', '技术条款偏离表', '技术响应表'],
  commercial_deviation: ['商务条款偏离表', '商务响应表'],
  past_contracts: ['业绩', '项目案例', '工程案例'],
  after_sales: ['售后服务', '服务承诺'],
  bid_letter: ['投标书'],
};

/** A title reduced to its words: no spaces, punctuation, brackets or list numbers. */
function bare(title: string): string {
  return title
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/^[\s\d一二三四五六七八九十、.．)）]+/, '')
    .replace(/[\s，,。.、：:；;“”"'‘’《》<>\-—_*★]/g, '');
}

/** Whether a required document and a part mean the same thing: same words, one within the other, or an alias. */
function sameDocument(docTitle: string, s: SectionPlan): boolean {
  const doc = bare(docTitle);
  const part = bare(s.title);
  if (!doc || !part) return false;
  if (doc === part || doc.includes(part) || (part.length >= 4 && part.includes(doc))) return true;
  return (s.generator ? (ALIASES[s.generator] ?? []) : []).some((a) => doc.includes(a));
}

/**
 * Links each part to the tender's required document of the same or a similar title (each document answered by
 * one part, exact titles first), and adds an attachments part for every document nothing answers, in the
 * tender's order, so the checklist has somewhere to tick it.
 */
export function matchRequiredDocs(parts: SectionPlan[], docs: readonly RequiredDoc[]): SectionPlan[] {
  const used = new Set<number>();
  const out = parts.map((p) => ({ ...p }));
  const exact = (d: RequiredDoc, p: SectionPlan) => bare(d.title) === bare(p.title);
  for (const pass of [exact, (d: RequiredDoc, p: SectionPlan) => sameDocument(d.title, p)])
    for (const p of out) {
      if (p.requiredDocId !== null) continue;
      const doc = docs.find((d) => !used.has(d.id) && pass(d, p));
      if (doc) {
        p.requiredDocId = doc.id;
        used.add(doc.id);
      }
    }
  for (const d of docs)
    if (!used.has(d.id)) out.push({ ...plan('attachments', null, d.title.slice(0, 200)), requiredDocId: d.id });
  return out;
}
