import { z } from 'zod';

/** Paged, sorted, filtered list requests: all of it happens in SQL on the server. */
export const PAGE_SIZES = [20, 50, 100, 200] as const;

export function listInput<S extends readonly [string, ...string[]], F extends z.ZodRawShape>(sortable: S, filters: F) {
  return z.object({
    page: z.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    q: z.string().trim().max(100).optional(),
    sort: z.object({ field: z.enum(sortable), dir: z.enum(['asc', 'desc']).default('asc') }).optional(),
    // The cast: TypeScript cannot see that {} satisfies an all-optional object of generic shape.
    filters: z
      .object(filters)
      .partial()
      .strict()
      .default({} as never),
  });
}

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({
    rows: z.array(row),
    total: z.number().int().min(0),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Rows a board or queue section returns at most, unless asked for fewer. */
export const QUEUE_LIMIT = 50;

/** How many rows of a board or queue to return: never every open row. */
export const queueLimit = z.number().int().min(1).max(200).default(QUEUE_LIMIT);

/** A bounded board or queue section: the first rows and how many there are in all. */
export function queueOf<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int().min(0) });
}

export interface Queue<T> {
  rows: T[];
  total: number;
}
