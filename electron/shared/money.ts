// Interim: the money helpers the rest of the code uses; the full module (decimals, line maths, 大写) replaces this file.
export const TAX_RATES = ['0.13', '0.09', '0.06', '0.03', '0.01', '0'] as const;
export type TaxRate = (typeof TAX_RATES)[number];

export function yuanToFen(yuan: string): number {
  const m = /^\s*(-)?(\d+)(?:\.(\d{1,2}))?\s*$/.exec(yuan.replace(/,/g, ''));
  if (!m) throw new RangeError(`not an amount: ${yuan}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

export function fenToYuan(fen: number | bigint): string {
  const n = BigInt(fen);
  const abs = n < 0n ? -n : n;
  return `${n < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function formatFen(fen: number | bigint): string {
  const [whole, frac] = fenToYuan(fen).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}
