import { PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Select from 'antd/es/select';
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { In } from '@shared/contracts';
import { DELIVERY_STATES, INVOICE_TYPES, type InvoiceRow, type InvoiceType } from '@shared/invoices/contract';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcKey } from '../rpc/query-keys';
import { DataTable, type ListRequest } from '../table/DataTable';
import { SearchBox } from '../table/ListToolbar';
import { useOpenParam } from '../table/useOpenParam';
import { ImportInvoicesDialog } from './ImportInvoicesDialog';
import { InvoiceDrawer } from './InvoiceDrawer';
import { InvoiceFormDrawer } from './InvoiceFormDrawer';
import { InvoiceStateTag, shownNumber } from './InvoiceTags';
import { DeliveryStateTag, SendInvoiceDialog } from './sending';
import { useShortcut } from '../app/shortcuts';

type Filters = In<'invoices.list'>['filters'];

/** 发票登记: every registered invoice, blue and red, with what is still open on each. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [type, setType] = useState<InvoiceType | undefined>();
  const [settlement, setSettlement] = useState<'open' | 'settled' | undefined>();
  const [color, setColor] = useState<'blue' | 'red' | undefined>();
  const [deliveryState, setDeliveryState] = useState<(typeof DELIVERY_STATES)[number] | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [registering, setRegistering] = useState(false);
  useShortcut('new', can('invoices.write') && (() => setRegistering(true)));
  const [importing, setImporting] = useState(false);
  const [opened, setOpen] = useOpenParam();
  const [chosen, setChosen] = useState<number[]>([]);
  const [sending, setSending] = useState(false);
  const queryClient = useQueryClient();
  const write = can('invoices.write');

  const columns = useMemo<ColumnDef<InvoiceRow, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('invoices.number'),
        size: 175,
        meta: { export: { field: 'number' }, sortField: 'number' },
        cell: (c) => shownNumber(c.row.original),
      },
      {
        id: 'type',
        header: t('invoices.type'),
        accessorKey: 'type',
        size: 115,
        meta: { export: { enumLabels: 'invoices.types' } },
        cell: (c) => t(`invoices.types.${c.getValue() as InvoiceType}`),
      },
      {
        id: 'issueDate',
        header: t('invoices.issueDate'),
        accessorKey: 'issueDate',
        size: 100,
        meta: { sortField: 'issueDate' },
      },
      { id: 'customerName', header: t('invoices.customer'), accessorKey: 'customerName', size: 210 },
      {
        id: 'gross',
        header: t('invoices.gross'),
        accessorKey: 'gross',
        size: 110,
        meta: { export: { kind: 'money' }, sortField: 'gross', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'open',
        header: t('invoices.open'),
        accessorKey: 'open',
        size: 110,
        meta: { export: { kind: 'money' }, sortField: 'open', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'dueDate',
        header: t('invoices.dueDate'),
        accessorKey: 'dueDate',
        size: 100,
        meta: { sortField: 'dueDate' },
      },
      { id: 'state', header: t('quotes.status'), size: 70, cell: (c) => <InvoiceStateTag row={c.row.original} /> },
      {
        id: 'deliveryState',
        header: t('invoices.deliveryState'),
        accessorKey: 'deliveryState',
        size: 90,
        meta: { export: { enumLabels: 'invoiceSending.states' } },
        cell: (c) =>
          c.row.original.redOfId ? null : <DeliveryStateTag state={c.getValue() as InvoiceRow['deliveryState']} />,
      },
    ],
    [t],
  );
  const filters = useMemo<Filters>(
    () => ({
      ...(type ? { type } : {}),
      ...(settlement ? { settlement } : {}),
      ...(color ? { color } : {}),
      ...(deliveryState ? { deliveryState } : {}),
      ...(range?.[0] ? { from: range[0].format('YYYY-MM-DD') } : {}),
      ...(range?.[1] ? { to: range[1].format('YYYY-MM-DD') } : {}),
    }),
    [type, settlement, color, deliveryState, range],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('invoices.list', { ...req, q, filters } as In<'invoices.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<InvoiceRow>
        id="invoices"
        columns={columns}
        queryKey={rpcKey('invoices.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        {...(write ? { selected: chosen, onSelect: setChosen } : {})}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <Select
              allowClear
              style={{ width: 130 }}
              placeholder={t('invoices.type')}
              aria-label={t('invoices.type')}
              onChange={setType}
              options={INVOICE_TYPES.map((v) => ({ value: v, label: t(`invoices.types.${v}`) }))}
            />
            <Select
              allowClear
              style={{ width: 100 }}
              placeholder={t('invoices.open')}
              aria-label={t('invoices.open')}
              onChange={setSettlement}
              options={(['open', 'settled'] as const).map((v) => ({ value: v, label: t(`invoices.settlement.${v}`) }))}
            />
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={`${t('invoices.color.blue')}/${t('invoices.color.red')}`}
              aria-label={t('invoices.color.red')}
              onChange={setColor}
              options={(['blue', 'red'] as const).map((v) => ({ value: v, label: t(`invoices.color.${v}`) }))}
            />
            <Select
              allowClear
              style={{ width: 100 }}
              placeholder={t('invoices.deliveryState')}
              aria-label={t('invoices.deliveryState')}
              onChange={setDeliveryState}
              options={DELIVERY_STATES.map((v) => ({ value: v, label: t(`invoices.deliveryStates.${v}`) }))}
            />
            <DatePicker.RangePicker
              aria-label={t('invoices.from')}
              placeholder={[t('invoices.from'), t('invoices.to')]}
              onChange={(v) => setRange(v)}
            />
            <Link to="/invoices/uninvoiced">{t('invoices.nav.uninvoiced')}</Link>
            {write && chosen.length > 0 && (
              <Button icon={<SendOutlined />} onClick={() => setSending(true)}>
                {`${t('invoiceSending.send')} · ${t('invoiceSending.selected', { count: chosen.length })}`}
              </Button>
            )}
            {write && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('invoices.import')}
              </Button>
            )}
            {write && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t('invoices.register')}
              </Button>
            )}
          </>
        }
      />
      {opened !== null && <InvoiceDrawer id={opened} onClose={() => setOpen(null)} />}
      {registering && (
        <InvoiceFormDrawer
          onClose={() => setRegistering(false)}
          onSaved={(id) => {
            setRegistering(false);
            setOpen(id);
          }}
        />
      )}
      {importing && <ImportInvoicesDialog onClose={() => setImporting(false)} />}
      {sending && (
        <SendInvoiceDialog
          invoiceIds={chosen}
          onClose={() => setSending(false)}
          onSent={() => {
            setSending(false);
            setChosen([]);
            void invalidateRpc(queryClient, 'invoices.list');
          }}
        />
      )}
    </div>
  );
}
