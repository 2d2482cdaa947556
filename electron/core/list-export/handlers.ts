import { translate } from '../../shared/i18n/translate';
import { today } from '../dates';
import type { HandlerMap } from '../rpc/handler';
import { cellOf, type CellOut } from './export-cells';
import { exportProgress } from './export-progress';
import { writeListWorkbook } from './export-workbook';
import { eachListPage, listTitleKey } from './list-rows';

type Channel = 'export.list' | 'export.progress';

export const listExportHandlers: HandlerMap<Channel> = {
  'export.list': async ({ list, input, columns, exportId, utcOffset }, ctx) => {
    const { services, locale, user } = ctx;
    const progress = exportProgress.start(services, exportId, user!.id);
    try {
      const rows: CellOut[][] = [];
      await eachListPage(list, input, ctx, (page, total) => {
        for (const row of page) rows.push(columns.map((c) => cellOf(c, row, locale, utcOffset)));
        progress.done = rows.length;
        progress.total = total;
      });
      const title = translate(locale, listTitleKey(list));
      const data = await writeListWorkbook(title, columns, rows);
      return {
        filename: translate(locale, 'exportMsg.file', { list: title, date: today().replace(/-/g, '') }),
        dataBase64: data.toString('base64'),
        rows: rows.length,
      };
    } finally {
      exportProgress.end(services, exportId);
    }
  },
  'export.progress': async ({ exportId }, { services, user }) => {
    const entry = exportProgress.get(services, exportId, user!.id);
    return entry ? { done: entry.done, total: entry.total, running: true } : { done: 0, total: 0, running: false };
  },
};
