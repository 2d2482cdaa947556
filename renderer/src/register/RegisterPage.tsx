import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { REGISTER_DIRECTIONS, REGISTER_KINDS, type RegisterRow } from '@shared/register/contract';
import { useSession } from '../auth/session-context';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { DeliveryStateTag } from '../invoices/sending/DeliveryStateTag';
import { RegisterDrawer } from './RegisterDrawer';
import { rpcKey } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

type Kind = (typeof REGISTER_KINDS)[number];
type Direction = (typeof REGISTER_DIRECTIONS)[number];

/** 收发文登记: every contract, letter, fax and drawing received or sent, numbered and filed. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<Kind | undefined>();
  const [direction, setDirection] = useState<Direction | undefined>();
  const [open, setOpen, params] = useOpenOrNewParam();
  useShortcut('new', can('register.write') && (() => setOpen('new')));

  const columns = useMemo<ColumnDef<RegisterRow, unknown>[]>(
    () => [
      { id: 'number', header: t('register.number'), accessorKey: 'number', size: 130, meta: { sortField: 'number' } },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      {
        id: 'kind',
        header: t('fields.kind'),
        accessorKey: 'kind',
        size: 80,
        meta: { export: { enumLabels: 'register.kinds' }, sortField: 'kind' },
        cell: (c) => <Tag>{t(`register.kinds.${c.getValue() as string}`)}</Tag>,
      },
      {
        id: 'direction',
        header: t('fields.direction'),
        accessorKey: 'direction',
        size: 60,
        meta: { export: { enumLabels: 'register.directions' } },
        cell: (c) => t(`register.directions.${c.getValue() as string}`),
      },
      { id: 'counterparty', header: t('fields.counterparty'), accessorKey: 'counterparty', size: 220 },
      { id: 'subject', header: t('fields.subject'), accessorKey: 'subject', size: 260 },
      { id: 'theirRef', header: t('fields.theirRef'), accessorKey: 'theirRef', size: 120 },
      { id: 'orderNumber', header: t('fields.orderId'), accessorKey: 'orderNumber', size: 120 },
      {
        id: 'invoiceState',
        header: t('invoiceSending.ackState'),
        accessorKey: 'invoiceState',
        size: 170,
        meta: { export: { enumLabels: 'invoiceSending.states' } },
        cell: (c) => {
          const r = c.row.original;
          return (
            r.invoiceState && (
              <DeliveryStateTag state={r.invoiceState} ackOn={r.invoiceAckOn} signer={r.invoiceAckSigner} />
            )
          );
        },
      },
      {
        id: 'files',
        header: () => <PaperClipOutlined aria-label={t('register.files')} />,
        accessorKey: 'files',
        size: 50,
        meta: { export: { label: t('register.files') }, numeric: true },
      },
      { id: 'forwards', header: t('register.forwards'), accessorKey: 'forwards', size: 70, meta: { numeric: true } },
      { id: 'registeredBy', header: t('register.registeredBy'), accessorKey: 'registeredBy', size: 80 },
    ],
    [t],
  );
  const filters = useMemo(
    () => ({ ...(kind ? { kind } : {}), ...(direction ? { direction } : {}) }),
    [kind, direction],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('register.list', { ...req, q, filters } as In<'register.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<RegisterRow>
        id="register"
        columns={columns}
        queryKey={rpcKey('register.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <Select
              allowClear
              style={{ width: 110 }}
              placeholder={t('fields.kind')}
              aria-label={t('fields.kind')}
              onChange={setKind}
              options={REGISTER_KINDS.map((k) => ({ value: k, label: t(`register.kinds.${k}`) }))}
            />
            <Select
              allowClear
              style={{ width: 90 }}
              placeholder={t('fields.direction')}
              aria-label={t('fields.direction')}
              onChange={setDirection}
              options={REGISTER_DIRECTIONS.map((k) => ({ value: k, label: t(`register.directions.${k}`) }))}
            />
            {can('register.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('register.new')}
              </Button>
            )}
          </>
        }
      />
      {open !== null && (
        <RegisterDrawer
          id={open}
          // An order's drawer registers its papers: /register?open=new&order=3&customer=7.
          preset={
            open === 'new'
              ? {
                  orderId: Number(params.get('order')) || undefined,
                  customerId: Number(params.get('customer')) || undefined,
                }
              : undefined
          }
          onClose={() => setOpen(null)}
          onSaved={setOpen}
        />
      )}
    </div>
  );
}
