import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { OfferRow } from '@shared/purchasing/catalogue/contract';
import { useSession } from '../../auth/session-context';
import { price } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { ActiveFilter, SearchBox } from '../../table/ListToolbar';
import { useOpenOrNewParam } from '../../table/useOpenParam';
import { OfferDrawer } from './OfferDrawer';

/** 外购 › 产品档案: every supplier's offer of a bought-in product, found by product, supplier or model, with its last price. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [active, setActive] = useState<boolean | undefined>(true);
  const [open, setOpen] = useOpenOrNewParam();

  const columns = useMemo<ColumnDef<OfferRow, unknown>[]>(
    () => [
      {
        id: 'productCode',
        header: t('fields.code'),
        accessorKey: 'productCode',
        size: 110,
        meta: { sortField: 'productCode' },
      },
      {
        id: 'productName',
        header: t('catalogue.product'),
        accessorKey: 'productName',
        size: 160,
        meta: { sortField: 'productName' },
      },
      { id: 'productSpec', header: t('fields.spec'), accessorKey: 'productSpec', size: 150 },
      {
        id: 'supplierName',
        header: t('catalogue.supplier'),
        accessorKey: 'supplierName',
        size: 220,
        meta: { sortField: 'supplierName' },
      },
      { id: 'model', header: t('fields.model'), accessorKey: 'model', size: 130, meta: { sortField: 'model' } },
      { id: 'maker', header: t('fields.maker'), accessorKey: 'maker', size: 120 },
      {
        id: 'lastPrice',
        header: t('catalogue.lastPrice'),
        size: 120,
        meta: { align: 'right' },
        cell: (c) => price(c.row.original.lastPrice?.netUnitPrice),
      },
      {
        id: 'lastDate',
        header: t('catalogue.lastDate'),
        size: 100,
        cell: (c) => c.row.original.lastPrice?.priceDate ?? '',
      },
      {
        id: 'lead',
        header: t('catalogue.lead'),
        size: 80,
        cell: (c) => {
          const d = c.row.original.lastPrice?.leadDays;
          return d === null || d === undefined ? '' : t('catalogue.days', { n: d });
        },
      },
      {
        id: 'active',
        header: t('fields.active'),
        size: 70,
        cell: (c) =>
          c.row.original.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
      },
    ],
    [t],
  );
  const filters = useMemo(() => (active !== undefined ? { active } : {}), [active]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('purchasing.catalogue.list', { ...req, q, filters } as In<'purchasing.catalogue.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<OfferRow>
        id="purchasing-catalogue"
        columns={columns}
        queryKey={rpcKey('purchasing.catalogue.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <span title={t('catalogue.searchHint')}>
              <SearchBox onSearch={setQ} />
            </span>
            <ActiveFilter value={active} onChange={setActive} />
            {can('purchasing.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('catalogue.new')}
              </Button>
            )}
          </>
        }
      />
      {open !== null && <OfferDrawer id={open} onClose={() => setOpen(null)} onSaved={(id) => setOpen(id)} />}
    </div>
  );
}
