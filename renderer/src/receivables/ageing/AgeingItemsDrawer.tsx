import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Drawer from 'antd/es/drawer';
import Table from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { AgeingItem } from '@shared/receivables/ageing-contract';
import { money } from '../../format';
import { rpcQuery } from '../../rpc/query-keys';

/** The invoices behind one cell of the ageing table, oldest first, with what was open on the date. */
export function AgeingItemsDrawer({
  request,
  title,
  onClose,
}: {
  request: Omit<In<'receivables.ageingItems'>, 'page' | 'pageSize'>;
  title: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, isFetching } = useQuery({
    ...rpcQuery('receivables.ageingItems', { ...request, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const k = 'receivables.ageing';
  return (
    <Drawer open width={860} title={title} onClose={onClose}>
      <Table<AgeingItem>
        size="small"
        rowKey="id"
        loading={isFetching}
        dataSource={data?.rows ?? []}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: t(`${k}.invoiceNumber`), dataIndex: 'number' },
          ...(request.customerId ? [] : [{ title: t(`${k}.customer`), dataIndex: 'customerName' }]),
          { title: t(`${k}.issueDate`), dataIndex: 'issueDate' },
          { title: t(`${k}.deliveryDate`), dataIndex: 'deliveryDate' },
          { title: t(`${k}.dueDate`), dataIndex: 'dueDate' },
          { title: t(`${k}.gross`), dataIndex: 'gross', align: 'right', render: (v: number) => money(v) },
          { title: t(`${k}.open`), dataIndex: 'open', align: 'right', render: (v: number) => money(v) },
          { title: t(`${k}.days`), dataIndex: 'days', align: 'right' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={request.customerId ? 5 : 6}>
              {t(`${k}.totals`)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {money(data?.sum ?? 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        )}
      />
    </Drawer>
  );
}
