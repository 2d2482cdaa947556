import { randomUUID } from 'node:crypto';
import type { ExcelKind } from '../../shared/excel/contract';

/** A validated row: a new record, or an update of the record at the version previewed. */
export interface ImportRow {
  row: number;
  existing: { id: number; lockVersion: number } | null;
  data: unknown;
}

/** A previewed import waiting for the user's go-ahead, and its progress once committed. */
export interface PendingImport {
  id: string;
  kind: ExcelKind;
  userId: number;
  /** Rows already validated against the kind's input schema. */
  rows: ImportRow[];
  /** Problems the preview found; an import with any is refused whole. */
  errors: number;
  createdAt: number;
  state: 'pending' | 'running' | 'done' | 'failed';
  done: number;
}

/** Previews expire: an hour is plenty to read one and press 导入. */
const TTL_MS = 60 * 60 * 1000;

export class ImportStore {
  private readonly pending = new Map<string, PendingImport>();

  add(kind: ExcelKind, userId: number, rows: ImportRow[], errors: number): PendingImport {
    this.sweep();
    const entry: PendingImport = {
      id: randomUUID(),
      kind,
      userId,
      rows,
      errors,
      createdAt: Date.now(),
      state: 'pending',
      done: 0,
    };
    this.pending.set(entry.id, entry);
    return entry;
  }

  get(id: string): PendingImport | undefined {
    this.sweep();
    return this.pending.get(id);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, entry] of this.pending)
      if (now - entry.createdAt > TTL_MS && entry.state !== 'running') this.pending.delete(id);
  }
}
