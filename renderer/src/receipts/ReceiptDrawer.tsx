import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptDetail } from '@shared/receipts/contract';
import { useSession } from '../auth/session-context';
import { useAsk } from '../forms/useAsk';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { AllocationEditor, draftItems, type AllocationDraft } from './AllocationEditor';
import { BillStateTag } from './BillStateTag';

/** A receipt: its money, its bill, its allocations live and undone; undo, allocate the rest, cancel. */
export function ReceiptDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const { can } = useSession();
  const ask = useAsk();
  const receipt = useQuery(rpcQuery('receipts.get', { id }));
  const [allocating, setAllocating] = useState(false);
  const r = receipt.data;
  const writable = can('receipts.write') && r !== undefined && !r.cancelled;

  async function refresh() {
    await Promise.all([
      invalidateRpc(client, 'receipts.get', { id }),
      invalidateRpc(client, 'receipts.list'),
      invalidateRpc(client, 'receipts.openInvoices'),
      invalidateRpc(client, 'bills.list'),
    ]);
  }

  async function undo(allocationId: number) {
    const reason = await ask.open(t('receipts.undoReason'), true);
    if (!reason) return;
    if (await rpcError.attempt(() => rpc('receipts.undoAllocation', { allocationId, reason }))) await refresh();
  }

  async function cancel() {
    const reason = await ask.open(t('receipts.cancelReason'), true);
    if (!reason) return;
    if (await rpcError.attempt(() => rpc('receipts.cancel', { id, reason }))) {
      message.success(t('receipts.cancelledOk'));
      await refresh();
    }
  }

  return (
    <Drawer
      open
      width={860}
      title={r ? `${t('receipts.number')} ${r.number}` : ''}
      onClose={onClose}
      extra={
        writable && (
          <Space>
            <Button disabled={r.unapplied <= 0} type="primary" onClick={() => setAllocating(true)}>
              {t('receipts.allocateRemaining')}
            </Button>
            <Button danger disabled={r.allocated > 0} onClick={() => void cancel()}>
              {t('receipts.cancel')}
            </Button>
          </Space>
        )
      }
    >
      {r && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {r.cancelled && <Tag color="red">{`${t('receipts.cancelled')}：${r.cancelReason ?? ''}`}</Tag>}
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('fields.date')}>{r.date}</Descriptions.Item>
            <Descriptions.Item label={t('fields.customerId')} span={2}>
              {r.customerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.payerName')}>{r.payerName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.method')}>{t(`receiptMsg.method.${r.method}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.bankRef')}>{r.bankRef}</Descriptions.Item>
            <Descriptions.Item label={t('receipts.amountYuan')}>{money(r.amount)}</Descriptions.Item>
            <Descriptions.Item label={t('receipts.feeYuan')}>{money(r.fee)}</Descriptions.Item>
            <Descriptions.Item label={t('receipts.unapplied')}>
              <Typography.Text strong>{money(r.unapplied)}</Typography.Text>
            </Descriptions.Item>
            {r.notes && (
              <Descriptions.Item label={t('fields.notes')} span={3}>
                {r.notes}
              </Descriptions.Item>
            )}
          </Descriptions>
          {r.bill && (
            <Descriptions size="small" column={3} bordered title={t('receipts.bill')}>
              <Descriptions.Item label={t('fields.billNo')} span={2}>
                {r.bill.billNo}
              </Descriptions.Item>
              <Descriptions.Item label={t('receipts.billState')}>
                <BillStateTag state={r.bill.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.acceptor')} span={2}>
                {r.bill.acceptor}
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.maturityDate')}>{r.bill.maturityDate}</Descriptions.Item>
            </Descriptions>
          )}
          <Allocations receipt={r} canUndo={writable} onUndo={(a) => void undo(a)} />
        </Space>
      )}
      {allocating && r && (
        <AllocateDialog
          receipt={r}
          onClose={() => setAllocating(false)}
          onDone={async () => {
            setAllocating(false);
            message.success(t('receipts.allocatedOk'));
            await refresh();
          }}
        />
      )}
      {ask.modal}
    </Drawer>
  );
}

function Allocations({
  receipt,
  canUndo,
  onUndo,
}: {
  receipt: ReceiptDetail;
  canUndo: boolean;
  onUndo(allocationId: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      title={() => t('receipts.allocations')}
      dataSource={receipt.allocations}
      columns={[
        { title: t('receipts.invoiceNumber'), dataIndex: 'invoiceNumber' },
        { title: t('receipts.issueDate'), dataIndex: 'invoiceIssueDate', width: 100 },
        { title: t('receipts.allocationDate'), dataIndex: 'date', width: 100 },
        { title: t('receipts.allocated'), dataIndex: 'amount', align: 'right', width: 120, render: money },
        {
          title: '',
          key: 'state',
          render: (_v, a) =>
            a.undoneOn ? (
              <Typography.Text type="secondary" delete={false}>
                {t('receipts.undoneBy', { date: a.undoneOn, user: a.undoneBy ?? '', reason: a.undoReason ?? '' })}
              </Typography.Text>
            ) : (
              canUndo && (
                <Button size="small" onClick={() => onUndo(a.id)}>
                  {t('receipts.undo')}
                </Button>
              )
            ),
        },
      ]}
    />
  );
}

/** 'Allocate the rest': the receipt's unapplied credit to the customer's open invoices. */
function AllocateDialog({
  receipt,
  onClose,
  onDone,
}: {
  receipt: ReceiptDetail;
  onClose(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [draft, setDraft] = useState<AllocationDraft>({});
  const [busy, setBusy] = useState(false);
  const items = draftItems(draft);
  async function save() {
    if (!items?.length) return;
    setBusy(true);
    const done = await rpcError.attempt(() => rpc('receipts.allocate', { receiptId: receipt.id, items }));
    setBusy(false);
    if (done) await onDone();
  }
  return (
    <Modal
      open
      width={900}
      title={t('receipts.allocateTitle', { number: receipt.number, amount: money(receipt.unapplied) })}
      okText={t('receipts.allocate')}
      okButtonProps={{ disabled: !items?.length }}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <AllocationEditor
        customerId={receipt.customerId}
        available={receipt.unapplied}
        value={draft}
        onChange={setDraft}
      />
    </Modal>
  );
}
