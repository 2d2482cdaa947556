import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { In, Out } from '@shared/contracts';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { InvoiceFormDrawer } from './InvoiceFormDrawer';
import { UninvoicedTable } from './NotesPicker';

type CustomerTotal = Out<'invoices.uninvoiced'>['customers'][number];

/** 已送货未开票: what each customer has signed for and not yet been invoiced, and a form prefilled from it. */
export function UninvoicedPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const rpcError = useRpcError();
  const navigate = useNavigate();
  const [customer, setCustomer] = useState<CustomerTotal | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [draft, setDraft] = useState<In<'invoices.create'> | null>(null);
  const all = useQuery(rpcQuery('invoices.uninvoiced', { customerId: null }));
  const one = useQuery({
    ...rpcQuery('invoices.uninvoiced', { customerId: customer?.customerId ?? null }),
    enabled: customer !== null,
  });
  const total = (all.data?.customers ?? []).reduce((s, c) => s + c.gross, 0);

  async function register() {
    if (!customer) return;
    try {
      setDraft(await rpc('invoices.draftFromNotes', { customerId: customer.customerId, noteIds: chosen }));
    } catch (err) {
      rpcError.show(err);
    }
  }

  return (
    <div className="page">
      <Card
        size="small"
        title={t('invoices.uninvoiced.title')}
        extra={<Typography.Text strong>{t('invoices.uninvoiced.total', { gross: money(total) })}</Typography.Text>}
      >
        {all.isLoading ? (
          <Spin />
        ) : (
          <Table<CustomerTotal>
            size="small"
            rowKey="customerId"
            pagination={{ pageSize: 20 }}
            dataSource={all.data?.customers ?? []}
            onRow={(r) => ({
              onClick: () => {
                setCustomer(r);
                setChosen([]);
              },
              style: { cursor: 'pointer' },
            })}
            rowClassName={(r) => (r.customerId === customer?.customerId ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('invoices.uninvoiced.customers'), dataIndex: 'customerName' },
              { title: t('invoices.uninvoiced.notes'), dataIndex: 'notes', width: 100, align: 'right' },
              {
                title: t('invoices.uninvoiced.gross'),
                dataIndex: 'gross',
                width: 160,
                align: 'right',
                render: (v: number) => money(v),
              },
            ]}
          />
        )}
      </Card>
      {customer && (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          title={t('invoices.uninvoiced.lines', { customer: customer.customerName })}
          extra={
            can('invoices.write') && (
              <Space>
                <Button type="primary" disabled={!chosen.length} onClick={() => void register()}>
                  {t('invoices.uninvoiced.registerChosen', { count: chosen.length })}
                </Button>
              </Space>
            )
          }
        >
          {one.data ? <UninvoicedTable lines={one.data.lines} chosen={chosen} onChoose={setChosen} /> : <Spin />}
        </Card>
      )}
      {draft && (
        <InvoiceFormDrawer
          draft={draft}
          onClose={() => setDraft(null)}
          onSaved={(id) => navigate(`/invoices?open=${id}`)}
        />
      )}
    </div>
  );
}
