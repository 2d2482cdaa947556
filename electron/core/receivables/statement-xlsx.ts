import { fenToYuan } from '../../shared/money';
import type { Statement } from '../../shared/receivables/ageing-contract';
import { loadExcelJs } from '../excel/load-exceljs';

const TYPE: Record<string, string> = { invoice: '发票', red: '红字发票', receipt: '收款' };
const yuan = (fen: number) => Number(fenToYuan(fen));

/** The statement as a worksheet: parties, period, opening line, the lines with running balance, closing and 大写. */
export async function statementWorkbook(s: Statement): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const sheet = book.addWorksheet('对账单', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 12 }, { width: 12 }, { width: 24 }, { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = `${s.company.name} 对账单`.trim();
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow([`客户：${s.customer.name}`, '', '', `税号：${s.customer.taxId ?? ''}`]);
  sheet.addRow([`对账期间：${s.from} 至 ${s.to}`, '', '', `截止日：${s.to}`]);
  sheet.addRow(['日期', '类型', '单据号', '应收增加', '已收款', '余额']).font = { bold: true };
  const money = (row: { getCell(i: number): { numFmt: string } }) => {
    for (const i of [4, 5, 6]) row.getCell(i).numFmt = '#,##0.00';
  };
  money(sheet.addRow([s.from, '期初余额', '', null, null, yuan(s.opening)]));
  for (const l of s.lines)
    money(
      sheet.addRow([
        l.date,
        TYPE[l.type],
        l.number,
        l.increase ? yuan(l.increase) : null,
        l.paid ? yuan(l.paid) : null,
        yuan(l.balance),
      ]),
    );
  const totals = sheet.addRow([s.to, '本期合计', '', yuan(s.totalIncrease), yuan(s.totalPaid), yuan(s.closing)]);
  totals.font = { bold: true };
  money(totals);
  sheet.addRow(['期末余额（大写）', '', s.closingInWords]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
