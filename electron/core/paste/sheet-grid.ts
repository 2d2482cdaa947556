import type { Cell, CellValue } from 'exceljs';
import { MAX_PASTED_LINES, MAX_SHEET_COLUMNS, type SheetGrid } from '../../shared/paste/contract';
import { loadExcelJs } from '../excel/load-exceljs';
import { AppError } from '../rpc/errors';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text the parser reads: numbers exactly as stored (not as formatted, so 12.3456 shown as 12.35
 * stays 12.3456; float noise from formulas cut at 10 decimals), dates as YYYY-MM-DD, formulas by their result.
 */
function cellText(value: CellValue, cell: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Number(value.toFixed(10)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as CellValue, cell);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return (cell.text ?? '').toString();
}

/** One sheet of a workbook as rows of text cells: the named sheet, else the first with anything in it. */
export async function readSheetGrid(data: Buffer, sheetName: string | null): Promise<SheetGrid> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new AppError('VALIDATION', 'errors.importBadFile', { detail: String((err as Error).message).slice(0, 200) }, [
      { path: 'dataBase64', message: 'errors.importBadFile' },
    ]);
  }
  const sheets = book.worksheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  if (!sheets.length) throw new AppError('VALIDATION', 'errors.importNoSheet');
  const sheet = sheetName
    ? sheets.find((s) => s.name === sheetName)
    : (sheets.find((s) => s.actualRowCount > 0) ?? sheets[0]);
  if (!sheet)
    throw new AppError('VALIDATION', 'pasteMsg.errors.noSuchSheet', { sheet: sheetName ?? '' }, [
      { path: 'sheet', message: 'pasteMsg.errors.noSuchSheet' },
    ]);

  const width = Math.min(sheet.columnCount, MAX_SHEET_COLUMNS);
  const rows: string[][] = [];
  let firstRow = 0;
  let truncated = false;
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells = Array.from({ length: width }, (_, i) => {
      const cell = row.getCell(i + 1);
      // A merged cell's value sits in its top-left cell; the others read blank, as the user sees them.
      if (cell.isMerged && cell.master !== cell) return '';
      return cellText(cell.value, cell).trim();
    });
    if (!firstRow) {
      if (cells.every((c) => c === '')) return;
      firstRow = n;
    }
    if (rows.length >= MAX_PASTED_LINES + 20) {
      truncated = true;
      return;
    }
    // Rows Excel skipped as empty still count, so row numbers stay Excel's.
    while (firstRow + rows.length < n) rows.push([]);
    rows.push(cells);
  });
  return { sheets: sheets.map((s) => s.name), sheet: sheet.name, rows, firstRow: firstRow || 1, truncated };
}
