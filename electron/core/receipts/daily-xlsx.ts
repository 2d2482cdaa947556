import { translate } from '../../shared/i18n/translate';
import { fenToYuan } from '../../shared/money';
import type { DailyList } from '../../shared/receipts/contract';
import type { Locale } from '../../shared/rpc/envelope';
import { loadExcelJs } from '../excel/load-exceljs';

/** The day's list as a workbook: shipments, then receipts, amounts as numbers in yuan. */
export async function dailyWorkbook(daily: DailyList, locale: Locale): Promise<Buffer> {
  const t = (key: string) => translate(locale, `receiptMsg.daily.${key}`);
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet(daily.date, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true },
  });
  sheet.columns = [
    { width: 6 },
    { width: 18 },
    { width: 30 },
    { width: 24 },
    { width: 14 },
    { width: 26 },
    { width: 12 },
    { width: 14 },
  ];
  const yuan = (fen: number) => Number(fenToYuan(fen));
  const bold = (row: { font: unknown }) => {
    row.font = { bold: true };
  };
  bold(sheet.addRow([`${t('title')} ${daily.date}`]));
  bold(sheet.addRow([t('shipped')]));
  bold(sheet.addRow(['#', t('noteNumber'), t('customer'), t('status'), t('amount')]));
  daily.shipped.forEach((n, i) =>
    sheet.addRow([i + 1, n.number, n.customerName, translate(locale, `noteStatus.${n.status}`), yuan(n.gross)]),
  );
  bold(sheet.addRow(['', t('shippedTotal'), '', '', yuan(daily.shippedTotal)]));
  sheet.addRow([]);
  bold(sheet.addRow([t('received')]));
  bold(
    sheet.addRow([
      '#',
      t('receiptNumber'),
      t('customer'),
      t('payer'),
      t('method'),
      t('reference'),
      t('fee'),
      t('amount'),
    ]),
  );
  daily.received.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      r.number,
      r.customerName,
      r.payerName,
      translate(locale, `receiptMsg.method.${r.method}`),
      r.billNo ?? r.bankRef ?? '',
      yuan(r.fee),
      yuan(r.amount),
    ]),
  );
  bold(sheet.addRow(['', t('receivedTotal'), '', '', '', '', yuan(daily.feeTotal), yuan(daily.receivedTotal)]));
  for (const c of [5, 7, 8]) sheet.getColumn(c).numFmt = '#,##0.00';
  return Buffer.from(await book.xlsx.writeBuffer());
}
