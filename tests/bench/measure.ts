/** Median wall time of `fn` over `runs` runs after `warmup` unmeasured ones, in milliseconds. */
export async function medianMs(fn: () => Promise<unknown>, runs = 30, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface BenchRow {
  case: string;
  neiqinMs: number;
  rawSqlMs: number;
  targetMs: number;
}

export function report(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}`);
  console.table(
    rows.map((r) => ({
      case: r.case,
      'neiqin ms': r.neiqinMs.toFixed(2),
      'raw SQL ms': r.rawSqlMs.toFixed(2),
      ratio: `${(r.neiqinMs / r.rawSqlMs).toFixed(2)}×`,
      'target ms': r.targetMs,
      'within target': r.neiqinMs <= r.targetMs ? 'yes' : 'NO',
    })),
  );
}
