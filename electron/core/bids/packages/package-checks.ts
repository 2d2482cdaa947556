import type { ChecklistEntry, ExpiryWarning, SectionOut } from '../../../shared/bids/packages/contract';
import { hasText } from './sanitize-body';

export interface RequiredDoc {
  id: number;
  title: string;
  mandatory: boolean;
}

/** Whether a part has something in it: generated parts always, written parts with text, attachments with files. */
export function sectionHasContent(s: SectionOut): boolean {
  if (s.kind === 'generated') return true;
  if (s.kind === 'text') return hasText(s.bodyHtml);
  return s.items.length > 0;
}

/** Every document the tender asks for, in its order: ticked when a part with content answers it. */
export function checklistOf(docs: readonly RequiredDoc[], sections: readonly SectionOut[]): ChecklistEntry[] {
  return docs.map((doc) => {
    const answering = sections.filter((s) => s.requiredDocId === doc.id);
    const full = answering.find(sectionHasContent);
    const shown = full ?? answering[0];
    return {
      requiredDocId: doc.id,
      title: doc.title,
      mandatory: doc.mandatory,
      sectionId: shown?.id ?? null,
      sectionTitle: shown?.title ?? null,
      state: full ? 'ticked' : shown ? 'empty' : 'missing',
    };
  });
}

/**
 * Library items the package uses that will not be valid when the bids are opened: expired before today, or
 * expiring before the opening day. Long-term items (no valid_to) never warn. Each item once, in package order.
 */
export function expiryWarningsOf(
  sections: readonly SectionOut[],
  today: string,
  openingDate: string | null,
): ExpiryWarning[] {
  const seen = new Set<number>();
  const out: ExpiryWarning[] = [];
  for (const s of sections)
    for (const item of s.items) {
      if (item.libraryItemId === null || item.validTo === null || seen.has(item.libraryItemId)) continue;
      seen.add(item.libraryItemId);
      if (item.validTo < today)
        out.push({ libraryItemId: item.libraryItemId, title: item.title, validTo: item.validTo, problem: 'expired' });
      else if (openingDate !== null && item.validTo < openingDate)
        out.push({
          libraryItemId: item.libraryItemId,
          title: item.title,
          validTo: item.validTo,
          problem: 'beforeOpening',
        });
    }
  return out;
}
