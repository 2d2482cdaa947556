import { fenToYuan } from '../../shared/money';
import type { QuoteDetail } from '../../shared/quotes/contract';
import type { CompanySettings } from '../../shared/settings/contract';
import { loadExcelJs } from '../excel/load-exceljs';

/** The quote as a worksheet the customer can paste into their own comparison. */
export async function quoteWorkbook(q: QuoteDetail, company: CompanySettings): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet('报价单', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 6 },
    { width: 22 },
    { width: 12 },
    { width: 28 },
    { width: 6 },
    { width: 10 },
    { width: 12 },
    { width: 8 },
    { width: 14 },
    { width: 10 },
    { width: 20 },
  ];
  sheet.mergeCells('A1:K1');
  sheet.getCell('A1').value = `${company.name ?? ''} 报价单`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow([
    `客户：${q.customerName}`,
    '',
    '',
    `项目：${q.project ?? ''}`,
    '',
    '',
    `报价单号：${q.number} V${q.version}`,
    '',
    '',
    `日期：${q.quoteDate}`,
  ]);
  const header = sheet.addRow([
    '序号',
    '产品名称',
    '品牌',
    '型号规格',
    '单位',
    '数量',
    '单价',
    '税率',
    q.priceIncludesTax ? '含税金额' : '金额',
    '交货期',
    '备注',
  ]);
  header.font = { bold: true };
  q.lines.forEach((l, i) => {
    const row = sheet.addRow([
      i + 1,
      l.name,
      l.brand,
      l.spec,
      l.unit,
      Number(l.quantity),
      Number(l.kind === 'discount' ? `-${l.unitPrice}` : l.unitPrice),
      `${Math.round(Number(l.taxRate) * 100)}%`,
      Number(fenToYuan(q.priceIncludesTax ? l.gross : l.net)),
      l.leadTime,
      l.note,
    ]);
    row.getCell(7).numFmt = '#,##0.00##';
    row.getCell(9).numFmt = '#,##0.00';
  });
  const total = sheet.addRow(['', '价税合计', '', q.amountInWords, '', '', '', '', Number(fenToYuan(q.totals.gross))]);
  total.font = { bold: true };
  total.getCell(9).numFmt = '#,##0.00';
  return Buffer.from(await book.xlsx.writeBuffer());
}
