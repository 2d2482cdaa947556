import { useQuery } from '@tanstack/react-query';
import Modal from 'antd/es/modal';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@shared/money';
import type { LastPrice } from '@shared/orders/direct-contract';
import { restateUnitPrice } from '@shared/quotes/quote-pricing';
import { rpcQuery } from '../rpc/query-keys';

/** A product's last price for this customer as an order line on this order's tax terms (quantity still to type). */
export function lineFromLastPrice(p: LastPrice, priceIncludesTax: boolean) {
  return {
    kind: 'item' as const,
    productId: p.productId,
    name: p.name,
    brand: p.brand,
    spec: p.spec,
    unit: p.unit,
    taxRate: p.taxRate,
    quantity: '1',
    unitPrice: restateUnitPrice(p.unitPrice, p.taxRate, p.priceIncludesTax, priceIncludesTax),
  };
}

/** 上次价格: every product this customer was quoted or ordered, at the last price given, to pick lines from. */
export function LastPricesDialog({
  customerId,
  priceIncludesTax,
  onAdd,
  onClose,
}: {
  customerId: number;
  priceIncludesTax: boolean;
  onAdd(lines: ReturnType<typeof lineFromLastPrice>[]): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<number[]>([]);
  const prices = useQuery(rpcQuery('orders.lastPrices', { customerId }));
  const rows = [...(prices.data ?? [])].sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
  return (
    <Modal
      open
      width={1000}
      title={t('directOrders.fromLastPrices')}
      okText={t('directOrders.pickLines', { count: chosen.length })}
      okButtonProps={{ disabled: !chosen.length }}
      onOk={() =>
        onAdd(rows.filter((r) => chosen.includes(r.productId)).map((r) => lineFromLastPrice(r, priceIncludesTax)))
      }
      onCancel={onClose}
    >
      <Table<LastPrice>
        size="small"
        rowKey="productId"
        loading={prices.isLoading}
        dataSource={rows}
        locale={{ emptyText: t('directOrders.noLastPrices') }}
        pagination={{ pageSize: 10 }}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as number[]) }}
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.brand'), dataIndex: 'brand' },
          { title: t('fields.spec'), dataIndex: 'spec' },
          { title: t('fields.unit'), dataIndex: 'unit' },
          {
            title: t('directOrders.lastPrice'),
            dataIndex: 'unitPrice',
            align: 'right',
            render: (p: string, r) => `${formatPrice(p)}${r.priceIncludesTax ? '' : ` ${t('quotes.exTax')}`}`,
          },
          { title: t('fields.date'), dataIndex: 'date' },
          {
            title: t('directOrders.document'),
            dataIndex: 'number',
            render: (n: string, r) => (
              <>
                <Tag>{t(`directOrders.source.${r.source}`)}</Tag>
                {r.version === null ? n : `${n} V${r.version}`}
              </>
            ),
          },
        ]}
      />
    </Modal>
  );
}
