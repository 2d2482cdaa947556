import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { QUOTE_STATUSES, type QuoteRow, type QuoteStatus } from '@shared/quotes/contract';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { QuoteEditor } from './QuoteEditor';
import { QuoteStatusTag } from './QuoteStatusTag';
import { rpcKey } from '../rpc/query-keys';
import { StatusFilter } from '../table/StatusFilter';
import { useShortcut } from '../app/shortcuts';

export function QuotesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<QuoteStatus | undefined>();
  const [current, setCurrent] = useState(true);
  const [open, setOpen, params] = useOpenOrNewParam();
  useShortcut('new', can('quotes.write') && (() => setOpen('new')));
  // Other pages link straight to a quote: /quotes?open=12.

  const columns = useMemo<ColumnDef<QuoteRow, unknown>[]>(
    () => [
      { id: 'number', header: t('fields.code'), accessorKey: 'number', size: 130, meta: { sortField: 'number' } },
      {
        id: 'version',
        header: t('quotes.version'),
        accessorKey: 'version',
        size: 60,
        cell: (c) => `V${c.getValue() as number}`,
      },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 90,
        meta: { export: { enumLabels: 'quoteStatus' } },
        cell: (c) => <QuoteStatusTag status={c.getValue() as QuoteStatus} />,
      },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 240 },
      { id: 'project', header: t('fields.project'), accessorKey: 'project', size: 160 },
      {
        id: 'quoteDate',
        header: t('fields.quoteDate'),
        accessorKey: 'quoteDate',
        size: 100,
        meta: { sortField: 'quoteDate' },
      },
      {
        id: 'validUntil',
        header: t('quotes.validUntil'),
        accessorKey: 'validUntil',
        size: 100,
        meta: { sortField: 'validUntil' },
      },
      {
        id: 'daysLeft',
        header: t('quotes.daysLeft'),
        accessorKey: 'daysLeft',
        size: 80,
        meta: { numeric: true },
        cell: (c) => {
          const row = c.row.original;
          return ['approved', 'sent', 'expired'].includes(row.status) ? row.daysLeft : '';
        },
      },
      {
        id: 'gross',
        header: t('quotes.gross'),
        accessorKey: 'gross',
        size: 120,
        meta: { export: { kind: 'money' }, sortField: 'gross', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      { id: 'quotedBy', header: t('audit.user'), accessorKey: 'quotedBy', size: 80 },
    ],
    [t],
  );

  const filters = useMemo(
    () => ({ ...(status ? { status } : {}), ...(current ? { current } : {}) }),
    [status, current],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('quotes.list', { ...req, q, filters } as In<'quotes.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<QuoteRow>
        id="quotes"
        columns={columns}
        queryKey={rpcKey('quotes.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={QUOTE_STATUSES} labels="quoteStatus" onChange={setStatus} />
            <Checkbox checked={current} onChange={(e) => setCurrent(e.target.checked)}>
              {t('quotes.current')}
            </Checkbox>
            {can('quotes.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('quotes.new')}
              </Button>
            )}
          </>
        }
      />
      {open !== null && (
        <QuoteEditor
          id={open}
          // "Quote it" from an inquiry opens a new quote for that customer, linked to it.
          preset={
            open === 'new' && params.get('customer')
              ? {
                  customerId: Number(params.get('customer')),
                  inquiryId: params.get('inquiry') ? Number(params.get('inquiry')) : null,
                  // 导入询价清单报价: the customer's list is imported into the new quote's lines.
                  importList: params.get('import') === 'list',
                }
              : undefined
          }
          onClose={() => setOpen(null)}
          onOpen={setOpen}
        />
      )}
    </div>
  );
}
