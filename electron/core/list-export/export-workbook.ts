import { loadExcelJs } from '../excel/load-exceljs';
import type { CellOut, Column } from './export-cells';

const NUMBER_FORMATS: Partial<Record<Column['kind'], string>> = {
  money: '#,##0.00',
  percent: '0%',
};

/** Excel's sheet names: at most 31 characters, none of []:*?/\. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/** Display width: a Chinese character is about two Latin ones. */
const widthOf = (v: CellOut) => [...String(v ?? '')].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);

/**
 * One sheet: the column headings as the list shows them (bold, frozen, with filters), then the rows; money
 * as numbers with two decimals, text columns as text so codes like 0571… keep their zeros.
 */
export async function writeListWorkbook(title: string, columns: Column[], rows: CellOut[][]): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => {
    const widest = Math.max(widthOf(c.label), ...rows.slice(0, 500).map((r) => widthOf(r[i] ?? null)));
    return { header: c.label, width: Math.min(60, Math.max(8, widest + 2)) };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  columns.forEach((c, i) => {
    const format = NUMBER_FORMATS[c.kind];
    if (format) sheet.getColumn(i + 1).numFmt = format;
    else if (c.kind === 'text' || c.kind === 'date' || c.kind === 'timestamp') sheet.getColumn(i + 1).numFmt = '@';
  });
  sheet.addRows(rows);
  if (columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
