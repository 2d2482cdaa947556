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
  /** Finds the ids whose search keys contain `q` (trimmed). */
  search?(q: string): Knex.QueryBuilder;
  /** The id column, qualified when the base query joins other tables. */
  idColumn?: string;
  /**
   * The wide query (joined names and the like) the page's rows are read from, by id. When given,
   * `base` holds the document's own table and filters only, so counting and ordering join nothing.
   */
  read?: Knex.QueryBuilder;
}

/** Escapes LIKE wildcards so a user's '%' or '_' is searched for literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A contains-clause for `whereRaw(...contains(column, term))`: the user's wildcards taken literally,
 * and ASCII case ignored unless `caseless` is false.
 */
export function contains(column: string, term: string, caseless = true): [string, string[]] {
  return caseless
    ? [`lower(??) LIKE ? ESCAPE '\\'`, [column, likePattern(term.toLowerCase())]]
    : [`?? LIKE ? ESCAPE '\\'`, [column, likePattern(term)]];
}

async function countOf(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.clone().clearSelect().clearOrder().count({ n: '*' }).first()) as
    { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/**
 * Pages, sorts and searches `base` (already filtered) in SQL. The page's ids are found
 * first from the narrow sort and filter columns (an index walk, or one scan of the
 * search keys for a search), then only those rows are read. The id is the last sort
 * key, so pages are stable when values tie.
 */
export async function pageQuery<S extends string, Row extends { id: number }, Out>(
  base: Knex.QueryBuilder,
  req: ListRequest<S>,
  spec: ListSpec<S>,
  toOut: (row: Row) => Out,
): Promise<Page<Out>> {
  const column = req.sort ? spec.sortColumns[req.sort.field] : spec.defaultSort.column;
  const dir = req.sort ? req.sort.dir : spec.defaultSort.dir;
  const idColumn = spec.idColumn ?? 'id';
  const ordered = base
    .clone()
    .clearSelect()
    .select({ id: idColumn })
    .orderBy([
      { column, order: dir },
      { column: idColumn, order: dir },
    ]);
  const offset = (req.page - 1) * req.pageSize;

  let total: number;
  let ids: number[];
  const term = req.q?.trim();
  if (spec.search && term) {
    // One statement reads the search keys once: the page of matches and, beside each, their count.
    ordered.whereIn(idColumn, spec.search(term));
    const page = (await ordered
      .clone()
      .select(base.client.raw('count(*) over () as total'))
      .limit(req.pageSize)
      .offset(offset)) as { id: number; total: number | string }[];
    total = page.length ? Number(page[0]!.total) : await countOf(ordered);
    ids = page.map((r) => r.id);
  } else {
    total = await countOf(base);
    ids = ((await ordered.limit(req.pageSize).offset(offset)) as { id: number }[]).map((r) => r.id);
  }

  const rows = ids.length ? ((await (spec.read ?? base).clone().whereIn(idColumn, ids)) as Row[]) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: ids.map((id) => toOut(byId.get(id)!)), total, page: req.page, pageSize: req.pageSize };
}
