import type { Knex } from 'knex';
import type { Page } from '../../shared/rpc/list';

export interface ListRequest<S extends string> {
  page: number;
  pageSize: number;
  q?: string | undefined;
  sort?: { field: S; dir: 'asc' | 'desc' } | undefined;
}

export interface ListSpec<S extends string> {
  /** API sort field -> SQL column. */
  sortColumns: Record<S, string>;
  defaultSort: { column: string; dir: 'asc' | 'desc' };
  /** Column holding the lower-case search keys; `q` matches any part of it. */
  searchColumn?: string;
}

/** Escapes LIKE wildcards so a user's '%' or '_' is searched for literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function applySearch(query: Knex.QueryBuilder, column: string, q: string | undefined): void {
  const term = q?.trim();
  if (!term) return;
  query.whereRaw(`?? LIKE ? ESCAPE '\\'`, [column, likePattern(term.toLowerCase())]);
}

/**
 * Pages, sorts and searches `base` in SQL. `base` already carries the filters;
 * the id is the last sort key so pages are stable when values tie.
 */
export async function pageQuery<S extends string, Row, Out>(
  base: Knex.QueryBuilder,
  req: ListRequest<S>,
  spec: ListSpec<S>,
  toOut: (row: Row) => Out,
): Promise<Page<Out>> {
  if (spec.searchColumn) applySearch(base, spec.searchColumn, req.q);
  const countRow = (await base.clone().clearSelect().clearOrder().count({ n: '*' }).first()) as { n: number | string } | undefined;
  const total = Number(countRow?.n ?? 0);
  const column = req.sort ? spec.sortColumns[req.sort.field] : spec.defaultSort.column;
  const dir = req.sort ? req.sort.dir : spec.defaultSort.dir;
  const rows = (await base
    .clone()
    .orderBy([
      { column, order: dir },
      { column: 'id', order: dir },
    ])
    .limit(req.pageSize)
    .offset((req.page - 1) * req.pageSize)) as Row[];
  return { rows: rows.map(toOut), total, page: req.page, pageSize: req.pageSize };
}
