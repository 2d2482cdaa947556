import type { ColumnDef } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { exportColumns } from '../../../renderer/src/table/export-columns';

type Row = { id: number; number: string; status: string; gross: number; stops: number; customer: { name: string } };

const NAMES: Record<string, unknown> = {
  orderMsg: { status: { draft: '草稿', confirmed: '已确认', nested: { x: 1 } } },
};
const t = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], NAMES);

describe('the columns a list shows, as its export writes them', () => {
  it('keeps the shown order and headings; money, names of codes and numbers as marked; nothing without a value', () => {
    const columns: ColumnDef<Row, unknown>[] = [
      { id: 'number', header: '合同号', accessorKey: 'number' },
      { id: 'status', header: '状态', accessorKey: 'status', meta: { export: { enumLabels: 'orderMsg.status' } } },
      { id: 'customer', header: '客户', meta: { export: { field: 'customer.name' } } },
      { id: 'gross', header: '价税合计', accessorKey: 'gross', meta: { numeric: true, export: { kind: 'money' } } },
      { id: 'stops', header: () => null, accessorKey: 'stops', meta: { numeric: true, export: { label: '站点' } } },
      { id: 'actions', header: '操作', cell: () => null },
      { id: 'hidden', header: '内部', accessorKey: 'id', meta: { export: false } },
    ];
    expect(exportColumns(columns, t)).toEqual([
      { field: 'number', label: '合同号', kind: 'text' },
      { field: 'status', label: '状态', kind: 'enum', values: { draft: '草稿', confirmed: '已确认' } },
      { field: 'customer.name', label: '客户', kind: 'text' },
      { field: 'gross', label: '价税合计', kind: 'money' },
      { field: 'stops', label: '站点', kind: 'number' },
    ]);
  });
});
