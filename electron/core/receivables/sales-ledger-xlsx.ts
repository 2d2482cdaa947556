import type { LedgerReport } from '../../shared/receivables/collections-contract';
import { translate } from '../../shared/i18n/translate';
import { fenToYuan } from '../../shared/money';
import type { Locale } from '../../shared/rpc/envelope';
import { loadExcelJs } from '../excel/load-exceljs';

const COLUMNS = [
  'salesperson',
  'month',
  'salesPlan',
  'orders',
  'deliveries',
  'invoiced',
  'receipts',
  'collectionPlan',
  'salesRate',
  'collectionRate',
] as const;

/** The ledger as the table shows it, amounts in yuan (exact decimals as numbers Excel can sum), then a total row. */
export async function ledgerXlsx(
  report: LedgerReport,
  locale: Locale,
): Promise<{ filename: string; dataBase64: string }> {
  const tr = (key: string, vars?: Record<string, string>) => translate(locale, `collectionsMsg.ledger.${key}`, vars);
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet(tr('sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: tr(`columns.${c}`), key: c, width: c === 'salesperson' ? 16 : 14 }));
  sheet.getRow(1).font = { bold: true };
  const money = (fen: number) => Number(fenToYuan(fen));
  const line = (f: LedgerReport['totals']) => [
    money(f.salesPlan),
    money(f.orders),
    money(f.deliveries),
    money(f.invoiced),
    money(f.receipts),
    money(f.collectionPlan),
    f.salesRate === null ? null : Number(f.salesRate),
    f.collectionRate === null ? null : Number(f.collectionRate),
  ];
  for (const r of report.rows) sheet.addRow([r.salesperson || tr('unassigned'), r.month, ...line(r)]);
  sheet.addRow([tr('total'), `${report.from} ~ ${report.to}`, ...line(report.totals)]).font = { bold: true };
  for (let i = 3; i <= 8; i += 1) sheet.getColumn(i).numFmt = '#,##0.00';
  const data = Buffer.from(await book.xlsx.writeBuffer());
  return { filename: tr('file', { from: report.from, to: report.to }), dataBase64: data.toString('base64') };
}
