import { today } from '../dates';
import type { HandlerMap } from '../rpc/handler';
import { addCollectionLog, listCollectionLogs } from './collections-log';
import { overdueCustomers } from './collections-overdue';
import { collectionPlanReport, setCollectionPlan } from './collections-plan';
import { dashboardSummary } from './dashboard';
import { ledgerReport, setSalesPlan } from './sales-ledger';
import { ledgerXlsx } from './sales-ledger-xlsx';

type Channel =
  | 'collections.overdue'
  | 'collections.log'
  | 'collections.logs'
  | 'collections.plan.set'
  | 'collections.plan'
  | 'ledger.plan.set'
  | 'ledger.report'
  | 'ledger.xlsx'
  | 'dashboard.summary';

/** Collections (催收, 回款计划), the sales ledger and the manager's dashboard. */
export const collectionHandlers: HandlerMap<Channel> = {
  'collections.overdue': async (input, { db }) => overdueCustomers(db, input, input.asOf ?? today()),
  'collections.log': async (input, ctx) => {
    const row = await addCollectionLog(ctx.tx(), input, ctx.user);
    await ctx.audit({ entity: 'customer', entityId: input.customerId, action: 'collectionLog', after: row });
    return row;
  },
  'collections.logs': async ({ customerId, page, pageSize }, { db }) =>
    listCollectionLogs(db, customerId, page, pageSize),
  'collections.plan.set': async (input, ctx) => {
    const { before, row } = await setCollectionPlan(ctx.tx(), input, ctx.user?.id ?? null);
    await ctx.audit({
      entity: 'customer',
      entityId: input.customerId,
      action: 'collectionPlan',
      before: before && { month: before.month, planned: Number(before.planned_fen), note: before.note },
      after: { month: row.month, planned: row.planned, note: row.note },
    });
    return row;
  },
  'collections.plan': async (input, { db }) =>
    'month' in input
      ? collectionPlanReport(db, input.month, input.month)
      : collectionPlanReport(db, input.from, input.to),
  'ledger.plan.set': async (input, ctx) => {
    const { before } = await setSalesPlan(ctx.tx(), input, ctx.user?.id ?? null);
    await ctx.audit({
      entity: 'salesPlan',
      entityId: `${input.salesperson} ${input.month}`,
      action: 'set',
      before,
      after: input,
    });
    return input;
  },
  'ledger.report': async (input, { db }) => ledgerReport(db, input),
  'ledger.xlsx': async (input, { db, locale }) => ledgerXlsx(await ledgerReport(db, input), locale),
  'dashboard.summary': async ({ asOf }, { db }) => dashboardSummary(db, asOf ?? today()),
};
