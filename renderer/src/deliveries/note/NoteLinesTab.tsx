import Table from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDetail } from '@shared/deliveries/contract';
import { money, qty } from '../../format';

type Line = NoteDetail['lines'][number];

/** 明细: what the note carries, what came back and what is still owed; with prices shown, its share of the order's charges. */
export function NoteLinesTab({ note }: { note: NoteDetail }) {
  const { t } = useTranslation();
  return (
    <Table<Line>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={note.lines}
      columns={[
        { title: t('fields.code'), dataIndex: 'code', width: 100 },
        { title: t('fields.name'), dataIndex: 'name' },
        { title: t('fields.spec'), dataIndex: 'spec' },
        { title: t('fields.unit'), dataIndex: 'unit', width: 60 },
        { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qty },
        { title: t('fields.packages'), dataIndex: 'packages', align: 'right' },
        ...(note.showPrices
          ? [{ title: t('quotes.gross'), dataIndex: 'gross', align: 'right' as const, render: (g: number) => money(g) }]
          : []),
        {
          title: t('deliveries.discrepancy'),
          key: 'd',
          render: (_v, l) =>
            l.discrepancy
              ? `${t(`deliveries.kinds.${l.discrepancy}`)} ${qty(l.discrepancyQty)} ${l.discrepancyNote ?? ''}`
              : '',
        },
        { title: t('deliveries.returned'), dataIndex: 'returned', align: 'right', render: qty },
        ...(note.lines.some((l) => Number(l.redeliverable) > 0)
          ? [{ title: t('deliveries.redeliverable'), dataIndex: 'redeliverable', align: 'right' as const, render: qty }]
          : []),
      ]}
      summary={(): ReactNode =>
        note.showPrices &&
        note.charges.map((c) => (
          <Table.Summary.Row key={c.orderLineId}>
            <Table.Summary.Cell index={0} colSpan={6}>
              {c.name}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              {money(c.gross)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ))
      }
    />
  );
}
