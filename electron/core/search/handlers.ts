import { roleCan } from '../../shared/auth/roles';
import { SEARCH_KIND_ACCESS } from '../../shared/search/contract';
import type { HandlerMap } from '../rpc/handler';
import { globalSearch } from './global-search';

/** The global search (Ctrl+K): only what the user's role may read is searched. */
export const searchHandlers: HandlerMap<'search.global'> = {
  'search.global': async ({ q, limit }, { db, user }) => ({
    groups: await globalSearch(db, q, limit, (kind) => user !== null && roleCan(user.role, SEARCH_KIND_ACCESS[kind])),
  }),
};
