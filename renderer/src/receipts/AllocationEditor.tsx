import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { shownInvoiceNumber } from '@shared/invoices/invoice-number';
import { fenToYuan } from '@shared/money';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { parseYuan } from './yuan-input';

/** Amounts typed per invoice id, in yuan as typed. */
export type AllocationDraft = Record<number, string>;

/** The draft as allocation items (blank rows dropped), or null when an amount is not a valid one. */
export function draftItems(draft: AllocationDraft): { invoiceId: number; amount: number }[] | null {
  const items: { invoiceId: number; amount: number }[] = [];
  for (const [id, text] of Object.entries(draft)) {
    if (!text.trim()) continue;
    const amount = parseYuan(text);
    if (amount === null || amount <= 0) return null;
    items.push({ invoiceId: Number(id), amount });
  }
  return items;
}

/** The customer's open invoices, an amount per invoice, a FIFO fill, and what would stay unapplied. */
export function AllocationEditor({
  customerId,
  available,
  value,
  onChange,
}: {
  customerId: number;
  /** The money to allocate, fen (null while the amount is not valid). */
  available: number | null;
  value: AllocationDraft;
  onChange(next: AllocationDraft): void;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const open = useQuery(rpcQuery('receipts.openInvoices', { customerId }));
  const items = draftItems(value);
  const allocated = items?.reduce((s, i) => s + i.amount, 0) ?? null;

  async function suggest() {
    if (!available) return;
    const s = await rpcError.attempt(() => rpc('receipts.suggest', { customerId, amount: available }));
    if (s) onChange(Object.fromEntries(s.items.map((i) => [i.id, fenToYuan(i.amount)])));
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text strong>{t('receipts.openInvoices')}</Typography.Text>
        <Button size="small" disabled={!available} onClick={() => void suggest()}>
          {t('receipts.suggest')}
        </Button>
        <Button size="small" onClick={() => onChange({})}>
          {t('receipts.clear')}
        </Button>
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={open.isLoading}
        locale={{ emptyText: t('receipts.noOpenInvoices') }}
        dataSource={open.data}
        scroll={{ y: 260 }}
        columns={[
          { title: t('receipts.invoiceNumber'), dataIndex: 'number', render: (_, r) => shownInvoiceNumber(r) },
          { title: t('receipts.issueDate'), dataIndex: 'issueDate', width: 100 },
          { title: t('receipts.dueDate'), dataIndex: 'dueDate', width: 100 },
          { title: t('receipts.gross'), dataIndex: 'gross', align: 'right', width: 120, render: money },
          { title: t('receipts.open'), dataIndex: 'open', align: 'right', width: 120, render: money },
          {
            title: t('receipts.thisTime'),
            key: 'amount',
            width: 150,
            render: (_v, inv) => {
              const text = value[inv.id] ?? '';
              const fen = text.trim() ? parseYuan(text) : 0;
              return (
                <Input
                  aria-label={`${t('receipts.thisTime')} ${inv.number}`}
                  inputMode="decimal"
                  status={fen === null || (fen ?? 0) > inv.open ? 'error' : undefined}
                  value={text}
                  onChange={(e) => onChange({ ...value, [inv.id]: e.target.value })}
                />
              );
            },
          },
        ]}
      />
      {items === null ? (
        <Alert type="error" showIcon message={t('receipts.badYuan')} />
      ) : available !== null && allocated !== null && allocated > available ? (
        <Alert type="error" showIcon message={t('receipts.overAmount')} />
      ) : (
        available !== null && (
          <Typography.Text type="secondary">
            {t('receipts.willRemain', { allocated: money(allocated ?? 0), rest: money(available - (allocated ?? 0)) })}
          </Typography.Text>
        )
      )}
    </Space>
  );
}
