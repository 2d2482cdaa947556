import type * as ExcelJs from 'exceljs';

type ExcelJsModule = typeof ExcelJs;

/** exceljs (about 25 MB resident) is loaded with the first workbook, not when the host starts. */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  // A CommonJS package: its exports arrive as `default` under Node's ESM loader, flat from a bundle.
  return mod.default ?? mod;
}
