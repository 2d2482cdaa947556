import type { DeliverySettings, NoteFormat } from '../../shared/deliveries/contract';
import { AppError } from '../rpc/errors';

/** What one print of delivery notes uses: the company's settings with this print's paper, parts and part mode. */
export interface NotePrintSettings {
  settings: DeliverySettings;
  /** Which of the company's parts print, by their place in the set (第一联 is 0), in the set's order. */
  partIndexes: number[];
}

/**
 * The format the person printing chose, checked against the company's forms: only the company's own parts (each
 * once) can be chosen, so a printed part never carries a name or a number the form does not have.
 */
export function notePrintSettings(company: DeliverySettings, chosen: NoteFormat | undefined): NotePrintSettings {
  if (!chosen) return { settings: company, partIndexes: company.parts.map((_, i) => i) };
  const seen = new Set<string>();
  chosen.parts.forEach((part, i) => {
    const path = `format.parts.${i}`;
    if (!company.parts.includes(part))
      throw new AppError('VALIDATION', 'printMsg.errors.partNotOnForm', { part, parts: company.parts.join('、') }, [
        { path, message: 'printMsg.errors.partNotOnForm' },
      ]);
    if (seen.has(part))
      throw new AppError('VALIDATION', 'printMsg.errors.partTwice', { part }, [
        { path, message: 'printMsg.errors.partTwice' },
      ]);
    seen.add(part);
  });
  return {
    settings: { ...company, paper: chosen.paper, partMode: chosen.partMode },
    partIndexes: company.parts.flatMap((part, i) => (seen.has(part) ? [i] : [])),
  };
}
