import type { CoreServices } from '../../services';

export interface BuildStep {
  userId: number;
  step: number;
  total: number;
  label: string;
}

/** Builds under way, per core (tests open several), by the id the client chose. */
const running = new WeakMap<CoreServices, Map<string, BuildStep>>();

function of(services: CoreServices): Map<string, BuildStep> {
  let map = running.get(services);
  if (!map) running.set(services, (map = new Map()));
  return map;
}

export const buildProgress = {
  start(services: CoreServices, jobId: string, userId: number, label: string): BuildStep {
    const entry = { userId, step: 0, total: 1, label };
    of(services).set(jobId, entry);
    return entry;
  },
  end(services: CoreServices, jobId: string): void {
    of(services).delete(jobId);
  },
  /** The user's own build only. */
  get(services: CoreServices, jobId: string, userId: number): BuildStep | undefined {
    const entry = of(services).get(jobId);
    return entry?.userId === userId ? entry : undefined;
  },
};
