import { addDays, setClock, today } from '../dates';

/**
 * The demo's history happens on past days: the services stamp today() and nowIso() themselves (quote sent, run
 * departed, credit and overdue checks as of the day), so each step runs with the core clock on its own day, a few
 * minutes after the step before, and the clock is put back exactly as it was after every step.
 */
export class DemoClock {
  /** The day the demo is loaded: every history date is on or before it. */
  readonly loadDay = today();
  private readonly minutes = new Map<string, number>();

  /** The date `ago` days before the load day. */
  day(ago: number): string {
    return addDays(this.loadDay, -ago);
  }

  async on<T>(date: string, work: () => Promise<T>): Promise<T> {
    // The load day itself keeps the real clock: no timestamp may run ahead of now.
    if (date >= this.loadDay) return work();
    const minute = (this.minutes.get(date) ?? 0) + 3;
    this.minutes.set(date, minute);
    const at = new Date(`${date}T08:30:00`);
    at.setMinutes(at.getMinutes() + minute);
    const previous = setClock(at);
    try {
      return await work();
    } finally {
      setClock(previous);
    }
  }
}
