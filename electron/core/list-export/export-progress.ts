import type { CoreServices } from '../services';

interface Running {
  userId: number;
  done: number;
  total: number;
}

/** Exports under way, per core (tests open several), by the id the client chose. */
const running = new WeakMap<CoreServices, Map<string, Running>>();

function of(services: CoreServices): Map<string, Running> {
  let map = running.get(services);
  if (!map) running.set(services, (map = new Map()));
  return map;
}

export const exportProgress = {
  start(services: CoreServices, id: string, userId: number): Running {
    const entry = { userId, done: 0, total: 0 };
    of(services).set(id, entry);
    return entry;
  },
  end(services: CoreServices, id: string): void {
    of(services).delete(id);
  },
  /** The user's own export only. */
  get(services: CoreServices, id: string, userId: number): Running | undefined {
    const entry = of(services).get(id);
    return entry?.userId === userId ? entry : undefined;
  },
};
