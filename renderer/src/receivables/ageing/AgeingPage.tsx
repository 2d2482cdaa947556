import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Segmented from 'antd/es/segmented';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { AGEING_BASES, type AgeingBasis, type AgeingRow, type AgeingView } from '@shared/receivables/ageing-contract';
import { downloadBase64 } from '../../files/file-transfer';
import { money } from '../../format';
import { usePdfPreview } from '../../docs/usePdfPreview';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { AgeingItemsDrawer } from './AgeingItemsDrawer';
import { bucketTitle } from './bucket-label';

type SortField = 'total' | 'overdue' | 'over90' | 'balance' | 'name';

/** 账龄分析: open receivables as of a date in bucket columns per customer or salesperson; a cell opens its invoices. */
export function AgeingPage() {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const preview = usePdfPreview();
  const k = 'receivables.ageing';
  const [asOf, setAsOf] = useState<string | undefined>();
  // Until the user picks one, the basis (and the buckets) are those of 设置 › 应收与信用.
  const [basis, setBasis] = useState<AgeingBasis | undefined>();
  const [view, setView] = useState<AgeingView>('management');
  const [groupBy, setGroupBy] = useState<'customer' | 'salesperson'>('customer');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [sort, setSort] = useState<{ field: SortField; dir: 'asc' | 'desc' }>({ field: 'total', dir: 'desc' });
  const [cell, setCell] = useState<{ row: AgeingRow; bucket: number | 'all'; title: string } | null>(null);
  const request: In<'receivables.ageing'> = { asOf, basis, view, groupBy, page, pageSize, sort };
  const { data, isFetching } = useQuery({
    ...rpcQuery('receivables.ageing', request),
    placeholderData: keepPreviousData,
  });
  const buckets = data?.buckets ?? [];
  const sorter = (field: SortField) => ({
    sorter: true,
    sortOrder: sort.field === field ? (sort.dir === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });
  const open = (row: AgeingRow, bucket: number | 'all', title: string) => setCell({ row, bucket, title });
  const cellLink = (row: AgeingRow, bucket: number | 'all', value: number, title: string) =>
    value === 0 ? '' : <a onClick={() => open(row, bucket, title)}>{money(value)}</a>;

  const columns: ColumnsType<AgeingRow> = [
    {
      key: 'name',
      title: groupBy === 'customer' ? t(`${k}.customer`) : t(`${k}.salesperson`),
      fixed: 'left',
      width: 220,
      ...sorter('name'),
      render: (_, r) => (groupBy === 'customer' ? `${r.code ?? ''} ${r.name}` : r.name || t(`${k}.noSalesperson`)),
    },
    ...buckets.map((b) => ({
      key: `b${b.index}`,
      title: bucketTitle(t, b),
      align: 'right' as const,
      render: (_: unknown, r: AgeingRow) => cellLink(r, b.index, r.buckets[b.index] ?? 0, bucketTitle(t, b)),
    })),
    {
      key: 'total',
      title: t(`${k}.total`),
      align: 'right',
      ...sorter('total'),
      render: (_, r) => cellLink(r, 'all', r.total, t(`${k}.total`)),
    },
    {
      key: 'overdue',
      title: t(`${k}.overdue`),
      align: 'right',
      ...sorter('overdue'),
      render: (_, r) => money(r.overdue),
    },
    {
      key: 'over90',
      title: t(`${k}.over90`),
      align: 'right',
      ...sorter('over90'),
      render: (_, r) => `${money(r.over90)}${r.over90Share ? ` (${r.over90Share}%)` : ''}`,
    },
    {
      key: 'unapplied',
      title: t(`${k}.unapplied`),
      align: 'right',
      render: (_, r) => (r.unapplied ? money(-r.unapplied) : ''),
    },
    {
      key: 'balance',
      title: t(`${k}.balance`),
      align: 'right',
      fixed: 'right',
      ...sorter('balance'),
      render: (_, r) => money(r.balance),
    },
  ];

  const exportXlsx = async () => {
    try {
      const file = await rpc('receivables.ageingXlsx', { asOf, basis: basis ?? data?.basis, view, groupBy, sort });
      downloadBase64(file.filename, file.dataBase64);
    } catch (err) {
      rpcError.show(err);
    }
  };
  /** The whole report as a document (every group, not this page of the screen), shown in the viewer to print. */
  const printReport = async () => {
    try {
      const file = await rpc('receivables.ageingPdf', { asOf, basis: basis ?? data?.basis, view, groupBy, sort });
      preview.show(file.dataBase64);
    } catch (err) {
      rpcError.show(err);
    }
  };
  const totals = data?.totals;

  return (
    <div className="page" style={{ height: 'auto', minWidth: 0 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 16 }}>
          {t(`${k}.title`)}
        </Typography.Title>
        <span>{t(`${k}.asOf`)}</span>
        <DatePicker
          aria-label={t(`${k}.asOf`)}
          value={asOf ? dayjs(asOf) : null}
          placeholder={data?.asOf}
          onChange={(d) => {
            setAsOf(d ? d.format('YYYY-MM-DD') : undefined);
            setPage(1);
          }}
        />
        <span>{t(`${k}.basis`)}</span>
        <Select<AgeingBasis>
          aria-label={t(`${k}.basis`)}
          value={basis ?? data?.basis}
          style={{ width: 120 }}
          options={AGEING_BASES.map((b) => ({ value: b, label: t(`${k}.bases.${b}`) }))}
          onChange={(v) => {
            setBasis(v);
            setPage(1);
          }}
        />
        <Segmented<'customer' | 'salesperson'>
          value={groupBy}
          options={(['customer', 'salesperson'] as const).map((g) => ({ value: g, label: t(`${k}.groups.${g}`) }))}
          onChange={(v) => {
            setGroupBy(v);
            setPage(1);
          }}
        />
        <Segmented<AgeingView>
          value={view}
          options={(['management', 'annual'] as const).map((v) => ({ value: v, label: t(`${k}.views.${v}`) }))}
          onChange={setView}
        />
        <Button icon={<FileExcelOutlined />} onClick={() => void exportXlsx()}>
          {t(`${k}.xlsx`)}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => void printReport()}>
          {t(`${k}.print`)}
        </Button>
      </Space>
      <Table<AgeingRow>
        size="small"
        bordered
        rowKey="key"
        loading={isFetching}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={data?.rows ?? []}
        onChange={(pagination, _filters, sorted) => {
          const s = Array.isArray(sorted) ? sorted[0] : sorted;
          if (s?.columnKey && s.order)
            setSort({ field: s.columnKey as SortField, dir: s.order === 'ascend' ? 'asc' : 'desc' });
          setPage(pagination.current ?? 1);
          setPageSize(pagination.pageSize ?? 50);
        }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, pageSizeOptions: [20, 50, 100, 200] }}
        summary={() =>
          totals && (
            <Table.Summary fixed>
              <Table.Summary.Row style={{ fontWeight: 600 }}>
                <Table.Summary.Cell index={0}>{t(`${k}.totals`)}</Table.Summary.Cell>
                {totals.buckets.map((v, i) => (
                  <Table.Summary.Cell key={i} index={i + 1} align="right">
                    {money(v)}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={totals.buckets.length + 1} align="right">
                  {money(totals.total)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={totals.buckets.length + 2} align="right">
                  {money(totals.overdue)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={totals.buckets.length + 3} align="right">
                  {`${money(totals.over90)}${totals.over90Share ? ` (${totals.over90Share}%)` : ''}`}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={totals.buckets.length + 4} align="right">
                  {money(-totals.unapplied)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={totals.buckets.length + 5} align="right">
                  {money(totals.balance)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
      {cell && data && (
        <AgeingItemsDrawer
          title={`${t(`${k}.items`)} · ${cell.row.name || t(`${k}.noSalesperson`)} · ${cell.title}`}
          request={{
            asOf: data.asOf,
            basis: data.basis,
            view,
            bucket: cell.bucket,
            ...(groupBy === 'customer' ? { customerId: cell.row.customerId } : { salesperson: cell.row.key }),
          }}
          onClose={() => setCell(null)}
        />
      )}
      {preview.modal}
    </div>
  );
}
