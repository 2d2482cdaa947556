import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import { fenToYuan } from '../../shared/money';
import { AGEING_BASES, type AgeingBasis } from '../../shared/receivables/ageing-contract';
import { plainDate } from '../../shared/rpc/fields';
import { AppError } from '../rpc/errors';
import { ageingReport } from './ageing-query';
import { bucketLabel } from './ageing-xlsx';

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
export const csvField = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvLine = (fields: (string | number | null | undefined)[]): string => fields.map(csvField).join(',');

/** A command-line date, or a plain message naming what was wrong. */
export function cliDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!plainDate.safeParse(value).success)
    throw new AppError('VALIDATION', 'ageingMsg.errors.badCliDate', { option, value });
  return value;
}

/** The ageing report (management buckets, by customer) as CSV for `neiqin report ageing`: yuan with 2 decimals. */
export async function ageingCsv(db: Knex, args: { asOf?: string; basis?: string }): Promise<string> {
  const asOf = cliDate(args.asOf, '--as-of');
  if (args.basis !== undefined && !(AGEING_BASES as readonly string[]).includes(args.basis))
    throw new AppError('VALIDATION', 'ageingMsg.errors.badCliBasis', { value: args.basis });
  const report = await ageingReport(db, {
    asOf,
    basis: args.basis as AgeingBasis | undefined,
    view: 'management',
    groupBy: 'customer',
    sort: { field: 'name', dir: 'asc' },
  });
  const col = (k: string) => translate('zh-CN', `ageingMsg.columns.${k}`);
  const lines = [
    csvLine([
      col('code'),
      col('customer'),
      col('salesperson'),
      ...report.buckets.map((b) => bucketLabel('zh-CN', b)),
      col('total'),
      col('over90'),
      col('over90Share'),
      col('unapplied'),
      col('balance'),
    ]),
  ];
  const amounts = (a: (typeof report)['totals']) => [
    ...a.buckets.map(fenToYuan),
    fenToYuan(a.total),
    fenToYuan(a.over90),
    a.over90Share === null ? '' : `${a.over90Share}%`,
    fenToYuan(-a.unapplied),
    fenToYuan(a.balance),
  ];
  for (const r of report.rows) lines.push(csvLine([r.code, r.name, r.salesperson, ...amounts(r)]));
  lines.push(csvLine(['', col('totals'), '', ...amounts(report.totals)]));
  return `${lines.join('\n')}\n`;
}
