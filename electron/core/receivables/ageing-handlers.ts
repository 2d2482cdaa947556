import { translate } from '../../shared/i18n/translate';
import type { HandlerMap } from '../rpc/handler';
import { ageingItems, ageingReport } from './ageing-query';
import { renderAgeingPdf } from './ageing-pdf';
import { ageingWorkbook } from './ageing-xlsx';
import { renderStatementPdf } from './statement-pdf';
import { listStatementReplies, recordStatementReply } from './statement-replies';
import { buildStatement } from './statement-store';
import { statementWorkbook } from './statement-xlsx';

type Channel =
  | 'receivables.ageing'
  | 'receivables.ageingItems'
  | 'receivables.ageingXlsx'
  | 'receivables.ageingPdf'
  | 'receivables.statement'
  | 'receivables.statementPdf'
  | 'receivables.statementXlsx'
  | 'receivables.recordStatementReply'
  | 'receivables.statementReplies';

/** Ageing analysis with its drill-down and workbook; statements of account as data, PDF and xlsx; their replies. */
export const ageingHandlers: HandlerMap<Channel> = {
  'receivables.ageing': (input, { db }) => ageingReport(db, input),
  'receivables.ageingItems': (input, { db }) => ageingItems(db, input),
  'receivables.ageingXlsx': async (input, { db, locale }) => {
    const report = await ageingReport(db, input);
    return {
      filename: translate(locale, 'ageingMsg.text.ageingFile', { asOf: report.asOf }) + '.xlsx',
      dataBase64: (await ageingWorkbook(report, locale)).toString('base64'),
    };
  },
  'receivables.ageingPdf': async (input, { services, locale }) => {
    const { filename, pdf, pages } = await renderAgeingPdf(services.db(), services, input, locale);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  },
  'receivables.statement': (input, { db }) => buildStatement(db, input),
  'receivables.statementPdf': async (input, { services, locale }) => {
    const { filename, pdf, pages } = await renderStatementPdf(services.db(), services, input, locale);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  },
  'receivables.statementXlsx': async (input, { db, locale }) => {
    const s = await buildStatement(db, input);
    return {
      filename: translate(locale, 'ageingMsg.text.statementFile', { customer: s.customer.name, to: s.to }) + '.xlsx',
      dataBase64: (await statementWorkbook(s)).toString('base64'),
    };
  },
  'receivables.recordStatementReply': async (input, ctx) => {
    const reply = await recordStatementReply(ctx.tx(), input, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'statementReply', entityId: reply.id, action: 'create', after: reply });
    return reply;
  },
  'receivables.statementReplies': ({ customerId }, { db }) => listStatementReplies(db, customerId),
};
