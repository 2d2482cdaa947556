import { SettingOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Dropdown from 'antd/es/dropdown';
import Pagination from 'antd/es/pagination';
import Spin from 'antd/es/spin';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isExportableList } from '@shared/list-export/contract';
import { useSearchParams } from 'react-router-dom';
import type { Page } from '@shared/rpc/list';
import { exportColumns, type ExportMeta } from './export-columns';
import { ExportButton } from './ExportButton';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from './page-sizes';
import type { RpcKey } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

export interface ColumnMeta {
  /** The server's sort field; absent means the column does not sort. */
  sortField?: string;
  numeric?: boolean;
  /** How 导出 writes the column (money, dates, names of codes); false leaves it out of the export. */
  export?: ExportMeta | false;
}

export interface ListRequest {
  page: number;
  pageSize: number;
  sort?: { field: string; dir: 'asc' | 'desc' };
}

interface DataTableProps<Row extends { id: number }> {
  /** Remembers the user's column choice under this name. */
  id: string;
  columns: ColumnDef<Row, unknown>[];
  /** The list's channel and everything that changes the result besides paging and sorting (search, filters). */
  queryKey: RpcKey;
  fetchPage(req: ListRequest): Promise<Page<Row>>;
  onOpen?(row: Row): void;
  toolbar?: ReactNode;
  /** Rows ticked for a batch action, in the order they were ticked (across pages). */
  selected?: number[];
  onSelect?(ids: number[]): void;
}

const ROW_HEIGHT = 36;

function loadVisibility(id: string): VisibilityState {
  try {
    return JSON.parse(localStorage.getItem(`neiqin.columns.${id}`) ?? '{}') as VisibilityState;
  } catch {
    return {};
  }
}

/**
 * A server-paged list: paging, sorting and filtering happen in SQL; the table only
 * shows one page, virtualised, navigable with the keyboard.
 */
export function DataTable<Row extends { id: number }>({
  id,
  columns,
  queryKey,
  fetchPage,
  onOpen,
  toolbar,
  selected,
  onSelect,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(
    () => Number(localStorage.getItem(`neiqin.pageSize.${id}`)) || DEFAULT_PAGE_SIZE,
  );
  const [sorting, setSorting] = useState<SortingState>([]);
  const [visibility, setVisibility] = useState<VisibilityState>(() => loadVisibility(id));
  const [active, setActive] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);

  const filterKey = JSON.stringify(queryKey);
  useEffect(() => setPage(1), [filterKey]);
  useEffect(() => localStorage.setItem(`neiqin.columns.${id}`, JSON.stringify(visibility)), [id, visibility]);

  const sortState = sorting[0];
  const sortColumn = sortState ? columns.find((c) => c.id === sortState.id) : undefined;
  const sortField = (sortColumn?.meta as ColumnMeta | undefined)?.sortField;
  const request: ListRequest = {
    page,
    pageSize,
    ...(sortState && sortField ? { sort: { field: sortField, dir: sortState.desc ? 'desc' : 'asc' } } : {}),
  };

  const query = useQuery({
    queryKey: [...queryKey, request],
    queryFn: () => fetchPage(request),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.rows ?? [], [query.data]);

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility: visibility },
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    onSortingChange: (updater) => {
      setSorting(updater);
      setPage(1);
    },
    onColumnVisibilityChange: setVisibility,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
  });

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  useEffect(() => setActive(0), [query.data]);

  const pageCount = Math.max(1, Math.ceil((query.data?.total ?? 0) / pageSize));

  // Next and previous record (Alt+↓ / Alt+↑) while a row is open in its drawer (?open=<id>), across pages.
  const [params] = useSearchParams();
  const openId = Number(params.get('open')) || null;
  const openOnArrival = useRef<'first' | 'last' | null>(null);
  const openRow = (index: number) => {
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    onOpen?.(rows[index]!);
  };
  const step = (by: 1 | -1) => {
    const at = rows.findIndex((r) => r.id === openId);
    const to = at === -1 ? (by > 0 ? 0 : rows.length - 1) : at + by;
    if (to >= 0 && to < rows.length) openRow(to);
    else if (by > 0 && page < pageCount) {
      openOnArrival.current = 'first';
      setPage(page + 1);
    } else if (by < 0 && page > 1) {
      openOnArrival.current = 'last';
      setPage(page - 1);
    }
  };
  const browsing = openId !== null && onOpen !== undefined && rows.length > 0;
  useShortcut('next', browsing && (() => step(1)));
  useShortcut('previous', browsing && (() => step(-1)));
  useEffect(() => {
    if (!openOnArrival.current || query.isPlaceholderData || !rows.length) return;
    const index = openOnArrival.current === 'first' ? 0 : rows.length - 1;
    openOnArrival.current = null;
    openRow(index);
    // Only a newly arrived page opens its first or last row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, query.isPlaceholderData]);
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const move = (to: number) => {
      e.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, to));
      setActive(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    };
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(rows.length - 1);
    else if (e.key === 'Enter' && rows[active]) {
      e.preventDefault();
      onOpen?.(rows[active]);
    } else if (e.key === 'PageDown' && page < pageCount) {
      e.preventDefault();
      setPage(page + 1);
    } else if (e.key === 'PageUp' && page > 1) {
      e.preventDefault();
      setPage(page - 1);
    }
  }

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const visibleColumns = table.getVisibleLeafColumns();
  const selectable = Boolean(onSelect);
  const toggle = (rowId: number) =>
    onSelect?.(selected?.includes(rowId) ? selected.filter((x) => x !== rowId) : [...(selected ?? []), rowId]);

  const columnChooser = (
    <Dropdown
      trigger={['click']}
      popupRender={() => (
        <div className="ant-dropdown-menu" style={{ padding: 8 }}>
          {table.getAllLeafColumns().map((col) => (
            <div key={col.id}>
              <Checkbox checked={col.getIsVisible()} onChange={(e) => col.toggleVisibility(e.target.checked)}>
                {typeof col.columnDef.header === 'string' ? col.columnDef.header : col.id}
              </Checkbox>
            </div>
          ))}
        </div>
      )}
    >
      <Button icon={<SettingOutlined />}>{t('common.columns')}</Button>
    </Dropdown>
  );

  // 导出 re-runs the list's own channel in the core with this input (all pages) and the columns shown. Customers,
  // products and suppliers keep their own 导出, in the layout that imports back.
  const listChannel = queryKey[0];
  const exportButton = isExportableList(listChannel) && (
    <ExportButton
      list={listChannel}
      request={() => ({
        input: { ...(queryKey[1] ?? {}), ...(request.sort ? { sort: request.sort } : {}) },
        columns: exportColumns(
          visibleColumns.map((c) => c.columnDef),
          t,
        ),
      })}
    />
  );

  return (
    <>
      <div className="page-toolbar">
        {toolbar}
        <span className="spacer" />
        {exportButton}
        {columnChooser}
      </div>
      {query.error && (
        <Alert type="error" showIcon message={(query.error as Error).message} style={{ marginBottom: 8 }} />
      )}
      <div
        ref={scrollRef}
        className="dt-scroll"
        tabIndex={0}
        role="grid"
        aria-label={id}
        aria-rowcount={query.data?.total ?? 0}
        onKeyDown={onKeyDown}
      >
        <table className="dt">
          <colgroup>
            {selectable && <col style={{ width: 44 }} />}
            {visibleColumns.map((col) => (
              <col key={col.id} style={{ width: col.getSize() }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {selectable && <th aria-label={t('common.selected')}>#</th>}
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta as ColumnMeta | undefined;
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className={[meta?.sortField ? 'sortable' : '', meta?.numeric ? 'num' : ''].join(' ')}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                      onClick={meta?.sortField ? header.column.getToggleSortingHandler() : undefined}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden>
                <td
                  colSpan={visibleColumns.length + (selectable ? 1 : 0)}
                  style={{ height: padTop, padding: 0, border: 0 }}
                />
              </tr>
            )}
            {items.map((item) => {
              const row = table.getRowModel().rows[item.index]!;
              return (
                <tr
                  key={row.id}
                  className={`row${item.index === active ? ' active' : ''}`}
                  aria-selected={item.index === active}
                  onClick={() => setActive(item.index)}
                  onDoubleClick={() => onOpen?.(row.original)}
                >
                  {selectable && (
                    <td onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
                      <Checkbox
                        aria-label={`${t('common.select')} ${row.id}`}
                        checked={selected?.includes(row.original.id)}
                        onChange={() => toggle(row.original.id)}
                      >
                        {selected?.includes(row.original.id) ? selected.indexOf(row.original.id) + 1 : ''}
                      </Checkbox>
                    </td>
                  )}
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={(cell.column.columnDef.meta as ColumnMeta | undefined)?.numeric ? 'num' : undefined}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden>
                <td
                  colSpan={visibleColumns.length + (selectable ? 1 : 0)}
                  style={{ height: padBottom, padding: 0, border: 0 }}
                />
              </tr>
            )}
          </tbody>
        </table>
        {!query.isLoading && rows.length === 0 && <div className="dt-empty">{t('common.empty')}</div>}
        {query.isLoading && (
          <div className="dt-empty">
            <Spin />
          </div>
        )}
      </div>
      <div className="dt-footer">
        <span>{t('common.keyboardHint')}</span>
        <Pagination
          size="small"
          current={page}
          pageSize={pageSize}
          total={query.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={PAGE_SIZES}
          showTotal={(total) => t('common.total', { total })}
          onChange={(p, size) => {
            if (size !== pageSize) {
              setPageSize(size);
              localStorage.setItem(`neiqin.pageSize.${id}`, String(size));
              setPage(1);
            } else setPage(p);
          }}
        />
      </div>
    </>
  );
}
