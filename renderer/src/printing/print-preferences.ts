import { DELIVERY_PAPERS, type DeliveryPaper, type NoteFormat } from '@shared/deliveries/contract';
import type { PrintKind } from '@shared/printing/desktop-bridge';

/**
 * What this PC remembers about printing, in its own storage (the desktop app's profile on this PC, never the shared
 * database): the printer for each document (delivery notes per paper: the dot-matrix printer for forms, the laser
 * for A4) and the last paper and parts chosen for delivery notes.
 */
const STORAGE_KEY = 'neiqin.printing';

/** Where a document prints: its kind, and for delivery notes the paper too. */
export interface PrintTarget {
  kind: PrintKind;
  paper?: DeliveryPaper;
}

interface Stored {
  /** Target key -> system printer name; null: the system's default printer. */
  printers: Record<string, string | null>;
  noteFormat?: NoteFormat;
}

export const targetKey = (target: PrintTarget) => (target.paper ? `${target.kind}:${target.paper}` : target.kind);

function read(): Stored {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Stored>;
    return { printers: value.printers ?? {}, ...(value.noteFormat ? { noteFormat: value.noteFormat } : {}) };
  } catch {
    return { printers: {} };
  }
}

function write(next: Stored): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
}

/** The printer chosen on this PC: a name, null for the default printer, undefined when never chosen. */
export function chosenPrinter(target: PrintTarget): string | null | undefined {
  const printers = read().printers;
  const key = targetKey(target);
  return key in printers ? printers[key]! : undefined;
}

export function choosePrinter(target: PrintTarget, printer: string | null): void {
  const stored = read();
  write({ ...stored, printers: { ...stored.printers, [targetKey(target)]: printer } });
}

/** The last paper and parts chosen here, if they still fit the company's parts. */
export function lastNoteFormat(companyParts: string[]): NoteFormat | undefined {
  const last = read().noteFormat;
  if (!last || !DELIVERY_PAPERS.includes(last.paper)) return undefined;
  if (!last.parts.length || !last.parts.every((p) => companyParts.includes(p))) return undefined;
  return last;
}

export function rememberNoteFormat(format: NoteFormat): void {
  write({ ...read(), noteFormat: format });
}
