import { useQuery } from '@tanstack/react-query';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Table from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '@shared/contracts';
import { formatPrice } from '@shared/money';
import { restateUnitPrice } from '@shared/quotes/quote-pricing';
import { QuoteStatusTag } from './QuoteStatusTag';
import { rpcQuery } from '../rpc/query-keys';
import { qty } from '../format';

type Previous = Out<'quotes.previousLines'>[number];
export type CarriedLine = Omit<
  Previous,
  'quoteId' | 'number' | 'version' | 'quoteDate' | 'status' | 'priceIncludesTax'
>;

/**
 * Lines this customer was quoted before, with the prices then given; the chosen ones
 * come over restated to this quote's tax terms.
 */
export function PreviousLinesDialog({
  customerId,
  excludeNumber,
  priceIncludesTax,
  onAdd,
  onClose,
}: {
  customerId: number;
  excludeNumber?: string;
  priceIncludesTax: boolean;
  onAdd(lines: CarriedLine[]): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<number[]>([]);
  const lines = useQuery(rpcQuery('quotes.previousLines', { customerId, q: q || undefined, excludeNumber }));
  const rows = (lines.data ?? []).map((l, key) => ({ ...l, key }));
  const add = () => {
    onAdd(
      rows
        .filter((r) => chosen.includes(r.key))
        .map(
          ({
            key: _key,
            quoteId: _q,
            number: _n,
            version: _v,
            quoteDate: _d,
            status: _s,
            priceIncludesTax: then,
            ...line
          }) => ({ ...line, unitPrice: restateUnitPrice(line.unitPrice, line.taxRate, then, priceIncludesTax) }),
        ),
    );
  };
  return (
    <Modal
      open
      width={1000}
      title={t('quotes.fromPrevious')}
      okText={t('quotes.addChosen', { count: chosen.length })}
      okButtonProps={{ disabled: !chosen.length }}
      onOk={add}
      onCancel={onClose}
    >
      <Input.Search
        allowClear
        aria-label={t('common.search')}
        placeholder={t('quotes.searchLines')}
        onSearch={setQ}
        style={{ width: 280, marginBottom: 8 }}
      />
      <Table<(typeof rows)[number]>
        size="small"
        loading={lines.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 10 }}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as number[]) }}
        columns={[
          { title: t('quotes.edit'), dataIndex: 'number', render: (n: string, r) => `${n} V${r.version}` },
          { title: t('fields.quoteDate'), dataIndex: 'quoteDate' },
          {
            title: t('quotes.status'),
            dataIndex: 'status',
            render: (s: Previous['status']) => <QuoteStatusTag status={s} />,
          },
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.brand'), dataIndex: 'brand' },
          { title: t('fields.spec'), dataIndex: 'spec' },
          { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qty },
          {
            title: t('fields.unitPrice'),
            dataIndex: 'unitPrice',
            align: 'right',
            render: (p: string, r) => `${formatPrice(p)}${r.priceIncludesTax ? '' : ` ${t('quotes.exTax')}`}`,
          },
        ]}
      />
    </Modal>
  );
}
