import type { Row } from 'exceljs';
import type { Locale } from '../../shared/rpc/envelope';
import { translate } from '../../shared/i18n/translate';
import { textCell } from './cell-values';
import type { ExcelColumn } from './columns';
import { loadExcelJs } from './load-exceljs';

export const MAX_IMPORT_ROWS = 20_000;

const header = (c: ExcelColumn, locale: Locale) => (locale === 'en' ? c.en : c.zh);

/** One sheet with bold, frozen headers (required ones marked *), then the rows; and a notes sheet. */
export async function writeWorkbook(
  columns: ExcelColumn[],
  rows: (string | number | null)[][],
  locale: Locale,
  withNotes: boolean,
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet(translate(locale, 'excelImport.templateSheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ header: header(c, locale), key: c.field, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  columns.forEach((c, i) => {
    if (c.required) sheet.getRow(1).getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    // Codes, tax ids and phone numbers are text: Excel must not turn 0571… into a number.
    if (c.kind === textCell) sheet.getColumn(i + 1).numFmt = '@';
  });
  for (const row of rows) sheet.addRow(row);
  if (withNotes) {
    const notes = book.addWorksheet(translate(locale, 'excelImport.notesSheet'));
    notes.columns = [
      { header: translate(locale, 'excelImport.notesColumn'), width: 20 },
      { header: translate(locale, 'excelImport.notesRequired'), width: 8 },
      { header: translate(locale, 'excelImport.notesMeaning'), width: 60 },
      { header: translate(locale, 'excelImport.example'), width: 36 },
    ];
    notes.getRow(1).font = { bold: true };
    for (const c of columns) notes.addRow([header(c, locale), c.required ? '*' : '', c.hint, c.example]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface SheetRow {
  /** The row number Excel shows, for error messages. */
  row: number;
  cells: string[];
}

export interface ReadSheet {
  headers: string[];
  rows: SheetRow[];
}

/** The first worksheet as text: headers from row 1, then every non-empty row. */
export async function readFirstSheet(data: Buffer): Promise<ReadSheet | null> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return null;
  const width = sheet.getRow(1).cellCount;
  const text = (r: Row, i: number) => (r.getCell(i).text ?? '').toString().trim();
  const headers = Array.from({ length: width }, (_, i) => text(sheet.getRow(1), i + 1));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells = headers.map((_, i) => text(r, i + 1));
    if (cells.some((c) => c !== '')) rows.push({ row: n, cells });
  });
  return { headers, rows };
}
