import { bidTotal } from '../../../shared/bids/price-tables';
import type { PackageDetail } from '../../../shared/bids/packages/contract';
import { fenToYuan } from '../../../shared/money';
import { loadExcelJs } from '../../excel/load-exceljs';

const MONEY = '#,##0.00';

/**
 * The 开标一览表 and the 分项报价表 as two sheets. Both totals and the 大写 come from bidTotal over the same lines,
 * so the workbook agrees with the editor and the printed package.
 */
export async function priceWorkbook(p: PackageDetail): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const total = bidTotal(p.priceLines);
  const book = new ExcelJS.Workbook();
  book.creator = 'Neiqin 内勤';
  const landscape = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

  const summary = book.addWorksheet('开标一览表', { pageSetup: landscape });
  summary.columns = [{ width: 18 }, { width: 60 }];
  summary.mergeCells('A1:B1');
  summary.getCell('A1').value = '开标一览表';
  summary.getCell('A1').font = { bold: true, size: 14 };
  summary.getCell('A1').alignment = { horizontal: 'center' };
  const rows: [string, string | number][] = [
    ['项目名称', p.projectName],
    ['招标编号', p.tenderNo ?? ''],
    ['标段（包）', p.lotName ?? ''],
    ['投标人', p.bidderName],
    ['投标总价（小写）', Number(fenToYuan(total.totalFen))],
    ['投标总价（大写）', total.inWords],
    ['交货期', p.deliveryPeriod ?? ''],
    ['质保期', p.warranty ?? ''],
    ['投标有效期', `${p.validityDays} 天`],
  ];
  for (const [label, value] of rows) {
    const row = summary.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (typeof value === 'number') row.getCell(2).numFmt = MONEY;
  }

  const lines = book.addWorksheet('分项报价表', { pageSetup: landscape });
  lines.columns = [
    { width: 6 },
    { width: 22 },
    { width: 12 },
    { width: 24 },
    { width: 18 },
    { width: 6 },
    { width: 10 },
    { width: 14 },
    { width: 16 },
    { width: 16 },
  ];
  lines.mergeCells('A1:J1');
  lines.getCell('A1').value = '分项报价表';
  lines.getCell('A1').font = { bold: true, size: 14 };
  lines.getCell('A1').alignment = { horizontal: 'center' };
  const header = lines.addRow([
    '序号',
    '名称',
    '品牌',
    '规格型号',
    '产地/制造商',
    '单位',
    '数量',
    '单价（元）',
    '合价（元）',
    '备注',
  ]);
  header.font = { bold: true };
  p.priceLines.forEach((l, i) => {
    const row = lines.addRow([
      i + 1,
      l.name,
      l.brand ?? '',
      l.model ?? '',
      l.maker ?? '',
      l.unit,
      Number(l.quantity),
      Number(l.unitPrice),
      Number(fenToYuan(l.amountFen)),
      l.note ?? '',
    ]);
    row.getCell(8).numFmt = '#,##0.00##';
    row.getCell(9).numFmt = MONEY;
  });
  const sum = lines.addRow(['', '合计', '', total.inWords, '', '', '', '', Number(fenToYuan(total.totalFen)), '']);
  sum.font = { bold: true };
  sum.getCell(9).numFmt = MONEY;
  return Buffer.from(await book.xlsx.writeBuffer());
}
