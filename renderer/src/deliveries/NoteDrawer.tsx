import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tabs from 'antd/es/tabs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { NoteDetail } from '@shared/deliveries/contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { useAsk } from '../forms/useAsk';
import { rpc, RpcError } from '../rpc/client';
import { NoteLinesTab } from './note/NoteLinesTab';
import { PickCheckTab } from './note/PickCheckTab';
import { ReceiptTab } from './note/ReceiptTab';
import { ReturnsTab } from './note/ReturnsTab';
import { NoteStatusTag } from './status-tags';
import { NotePrintButtons } from '../printing/NotePrintButtons';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcQuery, setRpcData } from '../rpc/query-keys';

const ADVANCE: Partial<Record<NoteDetail['status'], 'loaded' | 'in_transit' | 'delivered'>> = {
  checked: 'loaded',
  loaded: 'in_transit',
  in_transit: 'delivered',
};

/** One delivery note through its life: pick check, loading, delivery, the signed 回单, returns. */
export function NoteDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const ask = useAsk();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery(rpcQuery('deliveries.notes.get', { id }));
  const n = q.data;
  const write = can('deliveries.write');
  /** Why loading was refused by the credit check, until it loads. */
  const [creditBlock, setCreditBlock] = useState<string | null>(null);

  const done = async (after: NoteDetail) => {
    setRpcData(queryClient, 'deliveries.notes.get', { id }, after);
    await Promise.all(
      (['deliveries.notes.list', 'dispatch.board', 'deliveries.notices.get'] as const).map((k) =>
        invalidateRpc(queryClient, k),
      ),
    );
    await invalidateRpc(queryClient, 'audit.forEntity', { entity: 'delivery', entityId: String(id) });
  };
  const run = async (step: () => Promise<NoteDetail>) => {
    try {
      await done(await step());
    } catch (err) {
      rpcError.show(err);
    }
  };

  async function advance(to: 'loaded' | 'in_transit' | 'delivered') {
    try {
      await done(await rpc('deliveries.notes.advance', { id, to }));
      setCreditBlock(null);
    } catch (err) {
      if (to === 'loaded' && err instanceof RpcError && err.code === 'CONFLICT') setCreditBlock(err.message);
      else rpcError.show(err);
    }
  }
  /** A manager releases the credit block with a reason, then the note loads. */
  async function release() {
    const reason = await ask.open(t('receivables.releaseReason'), true);
    if (!reason) return;
    try {
      await rpc('receivables.credit.release', { checkpoint: 'note', documentId: id, reason });
      message.success(t('receivables.released'));
      await invalidateRpc(queryClient, 'audit.forEntity', { entity: 'delivery', entityId: String(id) });
      await advance('loaded');
    } catch (err) {
      rpcError.show(err);
    }
  }

  // A note on a run or a consignment moves with it, not by its own button.
  const carried = n !== undefined && (n.runId !== null || n.consignmentId !== null);
  const next = n && !carried ? ADVANCE[n.status] : undefined;
  const owed = n?.lines.some((l) => Number(l.redeliverable) > 0) ?? false;
  async function redeliver() {
    try {
      const notice = await rpc('deliveries.notes.redeliver', { id, date: dayjs().format('YYYY-MM-DD') });
      message.success(t('deliveries.redeliveryCreated', { number: notice.number }));
      await done(await rpc('deliveries.notes.get', { id }));
      navigate(`/deliveries/notices?open=${notice.id}`);
    } catch (err) {
      rpcError.show(err);
    }
  }
  return (
    <Drawer
      open
      width="86%"
      destroyOnHidden
      onClose={onClose}
      title={
        n ? (
          <Space>
            {`${t('deliveries.note')} ${n.number}`}
            <span data-testid="note-status">
              <NoteStatusTag status={n.status} />
            </span>
          </Space>
        ) : (
          ''
        )
      }
      extra={
        n && (
          <Space wrap>
            <NotePrintButtons
              shortcut
              ids={[id]}
              canPrint={write}
              label={n.printCount > 0 ? t('deliveries.reprint') : t('deliveries.print')}
              onPrinted={async () => {
                await q.refetch();
                await invalidateRpc(queryClient, 'deliveries.notes.list');
              }}
            />
            {write && next && (
              <Button type="primary" onClick={() => void advance(next)}>
                {t(`deliveries.to.${next}`)}
              </Button>
            )}
            {creditBlock && n.status === 'checked' && can('credit.manage') && (
              <Button danger onClick={() => void release()}>
                {t('receivables.release')}
              </Button>
            )}
            {write && owed && <Button onClick={() => void redeliver()}>{t('deliveries.redeliver')}</Button>}
            {write && (n.status === 'prepared' || n.status === 'checked') && (
              <Button
                danger
                onClick={async () => {
                  const r = await ask.open(t('deliveries.cancelReason'), true);
                  if (r) await run(() => rpc('deliveries.notes.cancel', { id, reason: r }));
                }}
              >
                {t('deliveries.cancel')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {!n ? (
        <Spin />
      ) : (
        <>
          {creditBlock && n.status === 'checked' && (
            <Alert
              type="error"
              showIcon
              message={creditBlock}
              style={{ marginBottom: 12 }}
              data-testid="credit-block"
            />
          )}
          <Descriptions size="small" bordered column={4}>
            <Descriptions.Item label={t('fields.customerId')} span={2}>
              {n.customerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('orders.number')}>{n.orderNumber}</Descriptions.Item>
            <Descriptions.Item label={t('deliveries.noticeNumber')}>{n.noticeNumber}</Descriptions.Item>
            <Descriptions.Item label={t('fields.deliveryAddress')} span={2}>
              {n.deliveryAddress}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.contact')}>
              {n.contactName} {n.contactPhone}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.date')}>{n.date}</Descriptions.Item>
            <Descriptions.Item label={t('fields.packages')}>{n.packages}</Descriptions.Item>
            <Descriptions.Item label={t('deliveries.dispatch')}>
              {n.dispatch && (
                <span data-testid="note-carried">
                  {t(n.runId !== null ? 'dispatch.noteOnRun' : 'dispatch.noteOnConsignment', { number: n.dispatch })}
                </span>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('deliveries.checkedBy')}>{n.checkedBy}</Descriptions.Item>
            <Descriptions.Item label={t('quotes.gross')}>
              {n.showPrices ? money(n.totals.gross) : t('deliveries.pricesHidden')}
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            style={{ marginTop: 8 }}
            items={[
              { key: 'lines', label: t('deliveries.lines'), children: <NoteLinesTab note={n} /> },
              {
                key: 'check',
                label: t('deliveries.pickCheck'),
                children: <PickCheckTab note={n} readOnly={!write} onDone={done} />,
              },
              {
                key: 'receipt',
                label: t('deliveries.receipt'),
                children: <ReceiptTab note={n} readOnly={!write} onDone={done} />,
              },
              {
                key: 'returns',
                label: t('deliveries.returns'),
                children: (
                  <ReturnsTab
                    note={n}
                    readOnly={!write}
                    onDone={async () => done(await rpc('deliveries.notes.get', { id }))}
                  />
                ),
              },
              {
                key: 'history',
                label: t('common.history'),
                children: <AuditTimeline entity="delivery" entityId={n.id} />,
              },
            ]}
          />
        </>
      )}
      {ask.modal}
    </Drawer>
  );
}
