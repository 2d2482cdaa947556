import type { Knex } from 'knex';
import { fenToYuan } from '../../shared/money';
import { AppError } from '../rpc/errors';
import { cliDate, csvLine } from './ageing-csv';
import { buildStatement } from './statement-store';

const TYPE: Record<string, string> = { invoice: '发票', red: '红字发票', receipt: '收款' };

/** A customer's statement as CSV for `neiqin report statement`: opening line, lines with balance, closing line. */
export async function statementCsv(db: Knex, args: { customer?: string; from?: string; to?: string }): Promise<string> {
  if (!args.customer) throw new AppError('VALIDATION', 'ageingMsg.errors.cliMissing', { option: '--customer' });
  const from = cliDate(args.from, '--from');
  const to = cliDate(args.to, '--to');
  if (!from) throw new AppError('VALIDATION', 'ageingMsg.errors.cliMissing', { option: '--from' });
  if (!to) throw new AppError('VALIDATION', 'ageingMsg.errors.cliMissing', { option: '--to' });
  const customer = (await db('customers').where({ code: args.customer }).first('id')) as { id: number } | undefined;
  if (!customer) throw new AppError('NOT_FOUND', 'ageingMsg.errors.unknownCustomerCode', { code: args.customer });
  const s = await buildStatement(db, { customerId: customer.id, from, to });
  const who = [s.customer.code, s.customer.name];
  const lines = [
    csvLine(['客户编码', '客户', '日期', '类型', '单据号', '应收增加', '已收款', '余额']),
    csvLine([...who, s.from, '期初余额', '', '', '', fenToYuan(s.opening)]),
    ...s.lines.map((l) =>
      csvLine([
        ...who,
        l.date,
        TYPE[l.type],
        l.number,
        l.increase ? fenToYuan(l.increase) : '',
        l.paid ? fenToYuan(l.paid) : '',
        fenToYuan(l.balance),
      ]),
    ),
    csvLine([...who, s.to, '期末余额', '', fenToYuan(s.totalIncrease), fenToYuan(s.totalPaid), fenToYuan(s.closing)]),
  ];
  return `${lines.join('\n')}\n`;
}
