/**
 * 承兑汇票 run at most six months (票据法; 电子商业汇票 likewise): the latest maturity is the same day six
 * calendar months after issue, or that month's last day when it is shorter (08-31 -> 02-28).
 */
export function latestMaturity(issueDate: string): string {
  const [y, m, d] = issueDate.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + 6;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(Math.min(d, lastDay))}`;
}

/** A maturity date a bill may carry: after its issue and no later than six months on. */
export function maturityAllowed(issueDate: string, maturityDate: string): boolean {
  return maturityDate > issueDate && maturityDate <= latestMaturity(issueDate);
}
