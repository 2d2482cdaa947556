import { translate } from '../../shared/i18n/translate';
import { fenToYuan } from '../../shared/money';
import type { AgeingBucket, AgeingReport } from '../../shared/receivables/ageing-contract';
import type { Locale } from '../../shared/rpc/envelope';
import { loadExcelJs } from '../excel/load-exceljs';

/** A bucket's column title in the caller's language: 未到期, 1-30天, >365天, 1-2年 … */
export function bucketLabel(locale: Locale, b: AgeingBucket): string {
  if (b.notYetDue) return translate(locale, 'ageingMsg.buckets.notYetDue');
  const unit = b.unit === 'years' ? 'Years' : 'Days';
  if (b.from === null) return translate(locale, `ageingMsg.buckets.upTo${unit}`, { to: b.to ?? 0 });
  if (b.to === null)
    return translate(locale, `ageingMsg.buckets.over${unit}`, { from: b.unit === 'days' ? b.from - 1 : b.from });
  return translate(locale, `ageingMsg.buckets.range${unit}`, { from: b.from, to: b.to });
}

const yuan = (fen: number) => Number(fenToYuan(fen));

/** The whole report (every group, not one page) as a worksheet, with a totals row. */
export async function ageingWorkbook(report: AgeingReport, locale: Locale): Promise<Buffer> {
  const tr = (key: string) => translate(locale, `ageingMsg.columns.${key}`);
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet(translate(locale, 'ageingMsg.text.sheet'), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const byCustomer = report.groupBy === 'customer';
  sheet.addRow([
    translate(locale, 'ageingMsg.text.title', {
      asOf: report.asOf,
      basis: translate(locale, `ageingMsg.bases.${report.basis}`),
    }),
  ]).font = { bold: true, size: 13 };
  const head = [
    ...(byCustomer ? [tr('code'), tr('customer'), tr('salesperson')] : [tr('salesperson')]),
    ...report.buckets.map((b) => bucketLabel(locale, b)),
    tr('total'),
    tr('over90'),
    tr('over90Share'),
    tr('unapplied'),
    tr('balance'),
  ];
  sheet.addRow(head).font = { bold: true };
  const moneyFrom = byCustomer ? 4 : 2;
  const add = (label: unknown[], a: AgeingReport['totals']) => {
    const row = sheet.addRow([
      ...label,
      ...a.buckets.map(yuan),
      yuan(a.total),
      yuan(a.over90),
      a.over90Share === null ? null : `${a.over90Share}%`,
      a.unapplied ? -yuan(a.unapplied) : null,
      yuan(a.balance),
    ]);
    for (let i = moneyFrom; i <= head.length; i++) row.getCell(i).numFmt = '#,##0.00';
    return row;
  };
  for (const r of report.rows)
    add(
      byCustomer ? [r.code, r.name, r.salesperson] : [r.name || translate(locale, 'ageingMsg.text.noSalesperson')],
      r,
    );
  add(byCustomer ? ['', tr('totals'), ''] : [tr('totals')], report.totals).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = byCustomer && i === 1 ? 30 : 14));
  return Buffer.from(await book.xlsx.writeBuffer());
}
