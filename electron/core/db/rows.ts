import { now } from '../dates';

/** SQLite gives 0/1 and PostgreSQL true/false; bigint columns may come back as strings. */
export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';
export const int = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export const nowIso = (): string => now().toISOString();
