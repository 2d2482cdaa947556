/** Where the core reads the time: the system clock, unless a test has set one. */
let clock: () => Date = () => new Date();

/**
 * Sets the clock (a fixed instant or a function); `null` goes back to the system clock. Answers the clock it
 * replaced, so a caller that moves it for a while can put it back exactly.
 */
export function setClock(next: Date | (() => Date) | null): () => Date {
  const previous = clock;
  if (next === null) clock = () => new Date();
  else if (next instanceof Date) clock = () => new Date(next.getTime());
  else clock = next;
  return previous;
}

/** The current instant, from the one clock. */
export function now(): Date {
  return clock();
}

/** Business dates are plain local dates: 2026-11-24. */
export function today(at: Date = now()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

/** Calendar arithmetic on plain dates, in UTC so no time zone shifts a day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
