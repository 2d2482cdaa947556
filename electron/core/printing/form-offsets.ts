import type { Knex } from 'knex';
import { z } from 'zod';
import { DELIVERY_PAPERS, type DeliveryPaper } from '../../shared/deliveries/contract';
import type { FormOffset } from '../../shared/printing/contract';
import { readSetting, writeSetting } from '../settings/settings-store';

/**
 * 套打 offsets live in the shared settings, company-wide: they describe where the company's pre-printed forms have
 * their boxes and how the office's forms printer feeds them, the same whichever PC sends the job.
 */
export const FORM_OFFSETS_KEY = 'formOffsets';

const stored = z.record(z.string(), z.object({ offsetX: z.number(), offsetY: z.number() }));

/** Every paper with its offsets, 0 / 0 where none were set. */
export async function readFormOffsets(db: Knex | Knex.Transaction): Promise<FormOffset[]> {
  const map = await readSetting(db, FORM_OFFSETS_KEY, stored, {});
  return DELIVERY_PAPERS.map((paper) => ({
    paper,
    offsetX: map[paper]?.offsetX ?? 0,
    offsetY: map[paper]?.offsetY ?? 0,
  }));
}

export async function readFormOffset(db: Knex | Knex.Transaction, paper: DeliveryPaper): Promise<FormOffset> {
  return (await readFormOffsets(db)).find((f) => f.paper === paper)!;
}

export async function writeFormOffset(trx: Knex.Transaction, { paper, offsetX, offsetY }: FormOffset): Promise<void> {
  const map = await readSetting(trx, FORM_OFFSETS_KEY, stored, {});
  await writeSetting(trx, FORM_OFFSETS_KEY, { ...map, [paper]: { offsetX, offsetY } });
}

/**
 * Moves each printed page's content by the offsets without touching the layout: a transform does not reflow, so
 * rows, page breaks and page count stay exactly as without offsets. The content must sit inside a `.paper`.
 */
export function offsetCss(pageSelector: string, { offsetX, offsetY }: Pick<FormOffset, 'offsetX' | 'offsetY'>): string {
  if (offsetX === 0 && offsetY === 0) return '';
  return `${pageSelector} { transform: translate(${offsetX}mm, ${offsetY}mm); }`;
}

/**
 * One page, one `.paper`: the whole sheet of paper (the page has no margins of its own), clipping at the paper's
 * edges. Content shifted by offsets inside it is cut where the paper ends, as on the printer, and never spills onto
 * the next page or widens the page (Chromium would shrink every page to fit).
 */
export function paperCss(widthMm: number, heightMm: number): string {
  return `.paper { position: relative; width: ${widthMm}mm; height: ${heightMm - 0.5}mm; overflow: hidden; break-after: page; }
.paper:last-child { break-after: auto; }`;
}
