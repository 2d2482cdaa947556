/**
 * Prices stored as integers of 1/10000 yuan: exact, and sortable in SQL.
 * Inputs are already validated decimal strings with at most 4 decimals.
 */
export function decimalToE4(value: string): number {
  const negative = value.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? value.slice(1) : value).split('.');
  if (!/^\d+$/.test(whole) || !/^\d{0,4}$/.test(frac)) throw new RangeError(`not a 4-decimal number: ${value}`);
  const n = Number(whole) * 10000 + Number(frac.padEnd(4, '0'));
  if (!Number.isSafeInteger(n)) throw new RangeError(`out of range: ${value}`);
  return negative ? -n : n;
}

/** 123450 -> '12.345', 120000 -> '12.00': at least two decimals, no trailing zeros past them. */
export function e4ToDecimal(e4: number): string {
  const sign = e4 < 0 ? '-' : '';
  const abs = Math.abs(e4);
  const frac = String(abs % 10000)
    .padStart(4, '0')
    .replace(/0{1,2}$/, '');
  return `${sign}${Math.floor(abs / 10000)}.${frac.length < 2 ? frac.padEnd(2, '0') : frac}`;
}
