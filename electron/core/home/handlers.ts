import { roleCan } from '../../shared/auth/roles';
import { QUEUE_ACCESS, ROLE_QUEUES } from '../../shared/home/contract';
import { today } from '../dates';
import type { HandlerMap } from '../rpc/handler';
import { workQueue } from './work-queue';

/** The home page's work queue: the user's role's sections that the user may see. */
export const homeHandlers: HandlerMap<'home.queue'> = {
  'home.queue': async ({ limit }, { db, user, locale }) => {
    if (!user) return { sections: [] };
    const keys = ROLE_QUEUES[user.role].filter((key) => roleCan(user.role, QUEUE_ACCESS[key]));
    return { sections: await workQueue({ db, today: today(), limit, locale }, keys) };
  },
};
