import { translate } from '../../shared/i18n/translate';
import type { HandlerMap } from '../rpc/handler';
import { readCompany } from '../settings/company';
import { dailyList } from './daily-list';
import { dailyWorkbook } from './daily-xlsx';

type Channel = 'finance.daily' | 'finance.dailyPdf' | 'finance.dailyXlsx';

/** 每日资金: on screen, as an A4 sheet to print, and as a workbook. */
export const dailyHandlers: HandlerMap<Channel> = {
  'finance.daily': async ({ date }, { db }) => dailyList(db, date),
  'finance.dailyPdf': async ({ date }, { services, locale }) => {
    const db = services.db();
    const daily = await dailyList(db, date);
    const company = await readCompany(db);
    // The template and react-dom/server are loaded with the first document, not at start.
    const [{ documentHtml }, { DailySheet }] = await Promise.all([
      import('../docs/document-html'),
      import('./daily-pdf'),
    ]);
    const html = documentHtml(<DailySheet daily={daily} company={company} />, {
      title: `每日资金表 ${date}`,
      paper: 'a4',
      // Numbers and headers stay on one line; long names wrap.
      css: 'body { font-size: 9pt; } th, td.num, td.ref { white-space: nowrap; }',
    });
    const pdf = await services.pdf.render(html);
    return {
      filename: translate(locale, 'receiptMsg.text.dailyPdfFile', { date }),
      dataBase64: Buffer.from(pdf).toString('base64'),
    };
  },
  'finance.dailyXlsx': async ({ date }, { db, locale }) => ({
    filename: translate(locale, 'receiptMsg.text.dailyXlsxFile', { date }),
    dataBase64: (await dailyWorkbook(await dailyList(db, date), locale)).toString('base64'),
  }),
};
