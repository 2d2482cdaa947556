import { translate } from '../../shared/i18n/translate';
import { AppError } from '../rpc/errors';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { EXCEL_COLUMNS } from './columns';
import { exportXlsx } from './export';
import { commitImport } from './import-commit';
import { previewImport } from './import-preview';
import { writeWorkbook } from './workbook';

type Channel = 'excel.template' | 'excel.export' | 'excel.preview' | 'excel.commit' | 'excel.progress';

export const excelHandlers: HandlerMap<Channel> = {
  'excel.template': async ({ kind }, { locale }) => {
    const columns = EXCEL_COLUMNS[kind];
    const data = await writeWorkbook(columns, [columns.map((c) => c.example || null)], locale, true);
    return {
      filename: `${translate(locale, `excelImport.files.${kind}`)}${translate(locale, 'excelImport.template')}.xlsx`,
      dataBase64: data.toString('base64'),
    };
  },
  'excel.export': async (input, { locale, services }) => exportXlsx(services.db(), input, locale),
  'excel.preview': async (input, ctx) => previewImport(input, ctx),
  // Its own transaction, so excel.progress can be answered while it runs.
  'excel.commit': selfManaged(async ({ importId }, ctx) => commitImport(importId, ctx)),
  'excel.progress': async ({ importId }, { services, user }) => {
    const entry = services.imports.get(importId);
    if (!entry || entry.userId !== user?.id) throw new AppError('NOT_FOUND', 'errors.importExpired');
    return { state: entry.state, done: entry.done, total: entry.rows.length };
  },
};
