import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Checkbox from 'antd/es/checkbox';
import DatePicker from 'antd/es/date-picker';
import Statistic from 'antd/es/statistic';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { DUE_BUCKETS, type SupplierSummaryRow } from '@shared/purchasing/payables/contract';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey, rpcQuery } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { useOpenParam } from '../../table/useOpenParam';
import { InvoiceDialog } from './InvoiceDialog';
import { PaymentDialog } from './PaymentDialog';
import { SupplierPayablesDrawer } from './SupplierPayablesDrawer';

const moneyCell = (c: { getValue(): unknown }) => money(c.getValue() as number);

/** 外购 › 应付账款: what is owed to each supplier and when it falls due; a supplier's invoices, payments, statement. */
export function PayablesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [asOf, setAsOf] = useState(dayjs().format('YYYY-MM-DD'));
  const [withBalanceOnly, setWithBalanceOnly] = useState(true);
  const [dialog, setDialog] = useState<'invoice' | 'payment' | null>(null);
  const [opened, setOpen] = useOpenParam();
  const due = useQuery(rpcQuery('purchasing.payables.due', { asOf, limit: 1 }));
  const writable = can('purchasing.write');

  const columns = useMemo<ColumnDef<SupplierSummaryRow, unknown>[]>(
    () => [
      {
        id: 'supplierName',
        header: t('payables.supplier'),
        accessorKey: 'supplierName',
        size: 220,
        meta: { sortField: 'supplierName' },
      },
      ...(
        [
          ['invoiced', 'payables.invoiced', true],
          ['paid', 'payables.paid', true],
          ['open', 'payables.open', true],
          ['unapplied', 'payables.unapplied', false],
          ['balance', 'payables.balance', true],
          ['overdue', 'payables.overdue', true],
        ] as const
      ).map(([key, label, sortable]): ColumnDef<SupplierSummaryRow, unknown> => ({
        id: key,
        header: t(label),
        accessorKey: key,
        size: 120,
        meta: { export: { kind: 'money' }, numeric: true, ...(sortable ? { sortField: key } : {}) },
        cell: moneyCell,
      })),
      {
        id: 'nextDue',
        header: t('payables.nextDue'),
        accessorKey: 'nextDue',
        size: 100,
        meta: { sortField: 'nextDue' },
      },
      ...DUE_BUCKETS.map((b): ColumnDef<SupplierSummaryRow, unknown> => ({
        id: `bucket-${b}`,
        header: t(`payables.buckets.${b}`),
        accessorFn: (r) => r.buckets[b],
        size: 120,
        meta: { export: { kind: 'money' }, numeric: true },
        cell: moneyCell,
      })),
    ],
    [t],
  );
  const filters = useMemo(
    () => ({ asOf, ...(withBalanceOnly ? { withBalanceOnly: true } : {}) }),
    [asOf, withBalanceOnly],
  );
  const fetchPage = useCallback(
    (req: ListRequest) =>
      rpc('purchasing.payables.summary', { ...req, q, filters } as In<'purchasing.payables.summary'>),
    [q, filters],
  );

  return (
    <div className="page">
      <div style={{ display: 'flex', gap: 12, marginBottom: 12, flexWrap: 'wrap' }}>
        {DUE_BUCKETS.map((b) => (
          <Card key={b} size="small" style={{ minWidth: 150 }}>
            <Statistic
              title={t(`payables.buckets.${b}`)}
              value={due.data ? money(due.data.buckets[b]) : '—'}
              valueStyle={{ fontSize: 18, color: b === 'notDue' ? undefined : '#cf1322' }}
            />
          </Card>
        ))}
        <Card size="small" style={{ minWidth: 150 }}>
          <Statistic
            title={t('payables.dueTotal')}
            value={due.data ? money(due.data.total) : '—'}
            valueStyle={{ fontSize: 18 }}
          />
        </Card>
      </div>
      <DataTable<SupplierSummaryRow>
        id="payables"
        columns={columns}
        queryKey={rpcKey('purchasing.payables.summary', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <DatePicker
              aria-label={t('payables.asOf')}
              allowClear={false}
              value={dayjs(asOf)}
              onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
            />
            <Checkbox checked={withBalanceOnly} onChange={(e) => setWithBalanceOnly(e.target.checked)}>
              {t('payables.withBalanceOnly')}
            </Checkbox>
            {writable && (
              <>
                <Button icon={<PlusOutlined />} onClick={() => setDialog('invoice')}>
                  {t('payables.newInvoice')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('payment')}>
                  {t('payables.newPayment')}
                </Button>
              </>
            )}
          </>
        }
      />
      {dialog === 'invoice' && <InvoiceDialog onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
      {dialog === 'payment' && <PaymentDialog onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
      {opened !== null && <SupplierPayablesDrawer supplierId={opened} asOf={asOf} onClose={() => setOpen(null)} />}
    </div>
  );
}
