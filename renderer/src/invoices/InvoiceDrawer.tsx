import { useQuery, useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InvoiceDetail } from '@shared/invoices/contract';
import { AttachmentList } from '../attachments/AttachmentList';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { money, taxRateLabel, qty, price } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcQuery, setRpcData } from '../rpc/query-keys';
import { InvoiceStateTag, shownNumber } from './InvoiceTags';
import { RedLetterModal } from './RedLetterModal';
import { AcknowledgeDialog, DeliveryStateTag, SendInvoiceDialog } from './sending';
import type { SendingRow } from '@shared/invoices/sending-contract';

type Line = InvoiceDetail['lines'][number];

/** One registered invoice: its lines, what it covers, its red-letters, sendings and the receipts allocated to it. */
export function InvoiceDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const q = useQuery(rpcQuery('invoices.get', { id }));
  const delivery = useQuery(rpcQuery('invoices.delivery', { invoiceId: id }));
  const [redding, setRedding] = useState(false);
  const [sending, setSending] = useState(false);
  const [acking, setAcking] = useState(false);
  const inv = q.data;
  const write = can('invoices.write');
  const canRed = inv && write && !inv.redOfId && inv.redRemaining > 0;
  // A red-letter is not sent to the buyer on its own: only blue invoices are sent and acknowledged.
  const canSend = inv && write && !inv.redOfId;
  const canAck = canSend && inv.deliveryState === 'sent';
  const d = delivery.data;
  const refreshDelivery = async () => {
    await Promise.all([
      invalidateRpc(queryClient, 'invoices.get'),
      invalidateRpc(queryClient, 'invoices.delivery'),
      invalidateRpc(queryClient, 'invoices.list'),
      invalidateRpc(queryClient, 'invoices.unacknowledged'),
      invalidateRpc(queryClient, 'audit.forEntity'),
    ]);
  };
  const none = t('invoices.none');

  return (
    <Drawer
      open
      width="80%"
      destroyOnHidden
      onClose={onClose}
      title={
        inv ? (
          <Space>
            {`${t(`invoices.types.${inv.type}`)} ${shownNumber(inv)}`}
            <InvoiceStateTag row={inv} />
            {!inv.redOfId && (
              <DeliveryStateTag state={inv.deliveryState} ackOn={d?.acknowledgedOn} signer={d?.ackSigner} />
            )}
          </Space>
        ) : (
          ''
        )
      }
      extra={
        <Space>
          {canSend && (
            <Button type={inv.deliveryState === 'unsent' ? 'primary' : 'default'} onClick={() => setSending(true)}>
              {t('invoiceSending.send')}
            </Button>
          )}
          {canAck && <Button onClick={() => setAcking(true)}>{t('invoiceSending.acknowledge')}</Button>}
          {canRed && (
            <Button danger onClick={() => setRedding(true)}>
              {t('invoices.red.action')}
            </Button>
          )}
        </Space>
      }
    >
      {!inv ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" bordered column={4}>
            <Descriptions.Item label={t('invoices.customer')} span={2}>
              {inv.customerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('invoices.issueDate')}>{inv.issueDate}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.issuer')}>{inv.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.buyerName')} span={2}>
              {inv.buyerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('invoices.buyerTaxId')} span={2}>
              {inv.buyerTaxId}
            </Descriptions.Item>
            <Descriptions.Item label={t('invoices.net')}>{money(inv.net)}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.tax')}>{money(inv.tax)}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.gross')}>{money(inv.gross)}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.open')}>{money(inv.open)}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.dueDate')}>{inv.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.deliveryDate')}>{inv.deliveryDate}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.settledOn')}>{inv.settledOn}</Descriptions.Item>
            <Descriptions.Item label={t('invoices.deliveryState')}>
              {t(`invoiceSending.states.${inv.deliveryState}`)}
              {inv.sentOn && ` · ${t('invoiceSending.sentOn')} ${inv.sentOn}`}
            </Descriptions.Item>
            {inv.redReason && (
              <Descriptions.Item label={t('invoices.red.reason')}>
                {t(`invoices.red.reasons.${inv.redReason}`)}
              </Descriptions.Item>
            )}
            {!inv.redOfId && (
              <Descriptions.Item label={t('invoices.redRemaining')}>{money(inv.redRemaining)}</Descriptions.Item>
            )}
            {inv.importRef && <Descriptions.Item label={t('invoices.importRef')}>{inv.importRef}</Descriptions.Item>}
            {inv.overReason && (
              <Descriptions.Item label={t('invoices.overReason')} span={4}>
                {inv.overReason}
              </Descriptions.Item>
            )}
            {inv.remarks && (
              <Descriptions.Item label={t('invoices.remarks')} span={4}>
                {inv.remarks}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tabs
            style={{ marginTop: 8 }}
            items={[
              {
                key: 'lines',
                label: t('invoices.lines'),
                children: (
                  <Table<Line>
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={inv.lines}
                    columns={[
                      { title: '#', dataIndex: 'position', width: 40 },
                      { title: t('invoices.taxClass'), dataIndex: 'taxClass', width: 110 },
                      { title: t('invoices.name'), dataIndex: 'name' },
                      { title: t('invoices.spec'), dataIndex: 'spec', width: 140 },
                      { title: t('invoices.unit'), dataIndex: 'unit', width: 50 },
                      { title: t('invoices.quantity'), dataIndex: 'quantity', width: 70, align: 'right', render: qty },
                      {
                        title: t('invoices.unitPrice'),
                        dataIndex: 'unitPrice',
                        width: 110,
                        align: 'right',
                        render: price,
                      },
                      { title: t('invoices.taxRate'), dataIndex: 'taxRate', width: 60, render: taxRateLabel },
                      ...(['net', 'tax', 'gross'] as const).map((k) => ({
                        title: t(`invoices.${k}`),
                        dataIndex: k,
                        width: 110,
                        align: 'right' as const,
                        render: (v: number) => money(v),
                      })),
                    ]}
                  />
                ),
              },
              {
                key: 'links',
                label: t('invoices.links'),
                children: (
                  <Descriptions size="small" column={1} bordered>
                    <Descriptions.Item label={t('invoices.notes')}>
                      {inv.notes.length
                        ? inv.notes.map((n) => (
                            <Link key={n.id} to={`/deliveries/notes?open=${n.id}`} style={{ marginRight: 8 }}>
                              {n.number}
                            </Link>
                          ))
                        : none}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('invoices.orders')}>
                      {inv.orders.length
                        ? inv.orders.map((o) => (
                            <Link key={o.id} to={`/orders?open=${o.id}`} style={{ marginRight: 8 }}>
                              {o.number}
                            </Link>
                          ))
                        : none}
                    </Descriptions.Item>
                    {inv.original && (
                      <Descriptions.Item label={t('invoices.original')}>
                        <Link to={`/invoices?open=${inv.original.id}`}>
                          {shownNumber(inv.original)} {money(inv.original.gross)}
                        </Link>
                      </Descriptions.Item>
                    )}
                  </Descriptions>
                ),
              },
              {
                key: 'reds',
                label: `${t('invoices.reds')} (${inv.reds.length})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={inv.reds}
                    columns={[
                      {
                        title: t('invoices.number'),
                        dataIndex: 'number',
                        render: (v: string, r) => <Link to={`/invoices?open=${r.id}`}>{v}</Link>,
                      },
                      { title: t('invoices.issueDate'), dataIndex: 'issueDate', width: 110 },
                      {
                        title: t('invoices.red.reason'),
                        dataIndex: 'reason',
                        render: (v: InvoiceDetail['reds'][number]['reason']) => t(`invoices.red.reasons.${v}`),
                      },
                      {
                        title: t('invoices.gross'),
                        dataIndex: 'gross',
                        align: 'right',
                        render: (v: number) => money(v),
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'allocations',
                label: `${t('invoices.allocations')} (${inv.allocations.length})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={inv.allocations}
                    columns={[
                      { title: t('invoices.receipt'), dataIndex: 'receiptNumber' },
                      { title: t('invoices.receiptDate'), dataIndex: 'receiptDate', width: 110 },
                      { title: t('invoices.allocatedOn'), dataIndex: 'date', width: 110 },
                      {
                        title: t('invoices.amount'),
                        dataIndex: 'amount',
                        align: 'right',
                        render: (v: number) => money(v),
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'sendings',
                label: `${t('invoiceSending.history')} (${d?.sendings.length ?? inv.sendings.length})`,
                children: (
                  <Table<SendingRow>
                    size="small"
                    rowKey="id"
                    pagination={false}
                    loading={!d}
                    dataSource={d?.sendings ?? []}
                    locale={{ emptyText: t('invoiceSending.states.unsent') }}
                    columns={[
                      { title: t('invoiceSending.date'), dataIndex: 'date', width: 110 },
                      {
                        title: t('invoices.way'),
                        dataIndex: 'way',
                        width: 130,
                        render: (v: SendingRow['way']) => t(`invoiceSending.ways.${v}`),
                      },
                      {
                        title: t('invoiceSending.note'),
                        render: (_, s) =>
                          [s.emailTo, s.courier, s.trackingNo, s.handedTo, s.note].filter(Boolean).join(' · '),
                      },
                      { title: t('audit.user'), dataIndex: 'userName', width: 120 },
                    ]}
                  />
                ),
              },
              {
                key: 'file',
                label: t('invoices.file'),
                children: (
                  <AttachmentList
                    files={inv.file ? [{ ...inv.file, label: null }] : []}
                    readOnly={!can('invoices.write')}
                    label={t('invoices.attachFile')}
                    link={async (attachmentId) => {
                      setRpcData(
                        queryClient,
                        'invoices.get',
                        { id },
                        await rpc('invoices.attach', { id, attachmentId }),
                      );
                      await invalidateRpc(queryClient, 'audit.forEntity');
                    }}
                  />
                ),
              },
              {
                key: 'history',
                label: t('common.history'),
                children: <AuditTimeline entity="invoice" entityId={inv.id} />,
              },
            ]}
          />
        </>
      )}
      {redding && inv && <RedLetterModal original={inv} onClose={() => setRedding(false)} />}
      {sending && (
        <SendInvoiceDialog
          invoiceIds={[id]}
          onClose={() => setSending(false)}
          onSent={() => {
            setSending(false);
            void refreshDelivery();
          }}
        />
      )}
      {acking && inv && (
        <AcknowledgeDialog
          invoice={{ id, number: shownNumber(inv), sentOn: inv.sentOn }}
          onClose={() => setAcking(false)}
          onDone={() => {
            setAcking(false);
            void refreshDelivery();
          }}
        />
      )}
    </Drawer>
  );
}
