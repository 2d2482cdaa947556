import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { NoticeDetail } from '@shared/deliveries/contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { PrintButtons } from '../printing/PrintButtons';
import { useSession } from '../auth/session-context';
import { money, qty as qtyText } from '../format';
import { useAsk } from '../forms/useAsk';
import { CreditStandingView } from '../receivables/CreditStandingView';
import { rpc } from '../rpc/client';
import { NoteStatusTag, NoticeStatusTag } from './status-tags';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcKey, rpcQuery, setRpcData } from '../rpc/query-keys';

/** A delivery notice: confirm it past the credit check, or cancel it; make delivery notes from it. */
export function NoticeDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const ask = useAsk();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const q = useQuery({
    ...rpcQuery('deliveries.notices.get', { id }),
  });
  const [blocked, setBlocked] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const n = q.data;
  // A draft's credit standing with its own value on top: a block is shown (and a manager can release it) at once,
  // not only after a failed confirm.
  const credit = useQuery({
    queryKey: rpcKey('deliveries.credit', { customerId: n?.customerId, noticeId: id }),
    queryFn: () => rpc('deliveries.credit', { customerId: n!.customerId, noticeId: id }),
    enabled: n?.status === 'draft',
  });
  const standing = n?.status === 'draft' && credit.data?.reasons.length ? credit.data : null;
  const release = async () => {
    const r = await ask.open(t('fields.overrideReason'), true);
    if (r) await confirm(r);
  };

  const done = async (after: NoticeDetail) => {
    setRpcData(queryClient, 'deliveries.notices.get', { id }, after);
    await invalidateRpc(queryClient, 'deliveries.notices.list');
    await invalidateRpc(queryClient, 'audit.forEntity', { entity: 'deliveryNotice', entityId: String(id) });
  };
  async function confirm(overrideReason: string | null) {
    try {
      await done(await rpc('deliveries.notices.confirm', { id, overrideReason }));
      await invalidateRpc(queryClient, 'deliveries.credit');
      setBlocked(null);
      message.success(t('deliveries.confirmed'));
    } catch (err) {
      setBlocked((err as Error).message);
    }
  }

  return (
    <Drawer
      open
      width="80%"
      title={n ? `${t('deliveries.notice')} ${n.number}` : ''}
      onClose={onClose}
      destroyOnHidden
      extra={
        n && (
          <Space>
            {/* 发货通知单 for the warehouse: every print (and preview) is counted. */}
            <PrintButtons
              shortcut
              target={{ kind: 'deliveryNotice' }}
              canPrint={can('deliveries.write')}
              label={t('deliveries.printNotice')}
              print={() => rpc('deliveries.notices.print', { id })}
              onPrinted={() =>
                invalidateRpc(queryClient, 'audit.forEntity', { entity: 'deliveryNotice', entityId: String(id) })
              }
            />
            {n.status === 'draft' && can('deliveries.write') && (
              <Button type="primary" onClick={() => void confirm(null)}>
                {t('deliveries.confirm')}
              </Button>
            )}
            {(blocked || standing) && n.status === 'draft' && can('credit.manage') && (
              <Button danger onClick={() => void release()}>
                {standing ? t('formsUi.credit.release') : t('deliveries.override')}
              </Button>
            )}
            {n.status === 'confirmed' && can('deliveries.write') && (
              <Button type="primary" onClick={() => setMaking(true)}>
                {t('deliveries.makeNote')}
              </Button>
            )}
            {(n.status === 'draft' || n.status === 'confirmed') && can('deliveries.write') && (
              <Button
                onClick={async () => {
                  const r = await ask.open(t('deliveries.cancelReason'), true);
                  if (r) {
                    try {
                      await done(await rpc('deliveries.notices.cancel', { id, reason: r }));
                    } catch (err) {
                      rpcError.show(err);
                    }
                  }
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
          {blocked && (
            <Alert type="error" showIcon message={blocked} style={{ marginBottom: 12 }} data-testid="credit-block" />
          )}
          {standing && !blocked && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="credit-warning"
              message={t('formsUi.credit.blocked', {
                reasons: standing.reasons.map((r) => t(`receivables.reasons.${r}`)).join(t('wording.listSep')),
              })}
              description={
                <>
                  {!can('credit.manage') && <p>{t('formsUi.credit.blockedHint')}</p>}
                  <CreditStandingView standing={standing} />
                </>
              }
            />
          )}
          {n.overrideReason && (
            <Alert
              type="warning"
              showIcon
              message={t('deliveries.overridden', { who: n.overrideBy ?? '', reason: n.overrideReason })}
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label={t('quotes.status')}>
              <span data-testid="notice-status">
                <NoticeStatusTag status={n.status} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.customerId')}>{n.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('orders.number')}>{n.orderNumber}</Descriptions.Item>
            <Descriptions.Item label={t('fields.date')}>{n.date}</Descriptions.Item>
            <Descriptions.Item label={t('fields.shipDate')}>{n.shipDate}</Descriptions.Item>
            <Descriptions.Item label={t('quotes.gross')}>{money(n.gross)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.deliveryAddress')} span={2}>
              {n.deliveryAddress}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.contact')}>
              {n.contactName} {n.contactPhone}
            </Descriptions.Item>
            {n.redeliveryOf && (
              <Descriptions.Item label={t('deliveries.redeliveryOf')} span={3}>
                <a onClick={() => navigate(`/deliveries/notes?open=${n.redeliveryOf!.id}`)}>{n.redeliveryOf.number}</a>
              </Descriptions.Item>
            )}
            {n.notes && (
              <Descriptions.Item label={t('fields.notes')} span={3}>
                {n.notes}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="id"
            pagination={false}
            dataSource={n.lines}
            columns={[
              { title: t('fields.name'), dataIndex: 'name' },
              { title: t('fields.spec'), dataIndex: 'spec' },
              { title: t('fields.unit'), dataIndex: 'unit', width: 60 },
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qtyText },
              { title: t('deliveries.onNotes'), dataIndex: 'onNotes', align: 'right', render: qtyText },
              { title: t('deliveries.remaining'), dataIndex: 'remaining', align: 'right', render: qtyText },
              { title: t('quotes.gross'), dataIndex: 'gross', align: 'right', render: (g: number) => money(g) },
            ]}
          />
          <h4 style={{ marginTop: 16 }}>{t('deliveries.notes')}</h4>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={n.deliveryNotes}
            columns={[
              {
                title: t('deliveries.noteNumber'),
                dataIndex: 'number',
                render: (v: string, r) => <a onClick={() => navigate(`/deliveries/notes?open=${r.id}`)}>{v}</a>,
              },
              { title: t('fields.date'), dataIndex: 'date' },
              { title: t('quotes.status'), dataIndex: 'status', render: (s) => <NoteStatusTag status={s} /> },
            ]}
          />
          <h4 style={{ marginTop: 16 }}>{t('common.history')}</h4>
          <AuditTimeline entity="deliveryNotice" entityId={n.id} />
        </>
      )}
      {ask.modal}
      {making && n && (
        <MakeNoteDialog
          notice={n}
          onClose={() => setMaking(false)}
          onMade={(noteId) => navigate(`/deliveries/notes?open=${noteId}`)}
        />
      )}
    </Drawer>
  );
}

/** 送货单 from a confirmed notice: what is left by default, or part of it; packages, weight, volume. */
function MakeNoteDialog({
  notice,
  onClose,
  onMade,
}: {
  notice: NoticeDetail;
  onClose(): void;
  onMade(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm();
  const open = notice.lines.filter((l) => Number(l.remaining) > 0);
  const [qty, setQty] = useState<Record<number, string>>(Object.fromEntries(open.map((l) => [l.id, l.remaining])));
  const [busy, setBusy] = useState(false);
  async function make() {
    const v = form.getFieldsValue() as { date: dayjs.Dayjs; packages?: number; weightKg?: string; volumeM3?: string };
    setBusy(true);
    try {
      const note = await rpc('deliveries.notes.create', {
        noticeId: notice.id,
        date: v.date.format('YYYY-MM-DD'),
        packages: v.packages ?? 0,
        weightKg: v.weightKg,
        volumeM3: v.volumeM3,
        lines: open
          .filter((l) => Number(qty[l.id]) > 0)
          .map((l) => ({ noticeLineId: l.id, quantity: qty[l.id]!, packages: null })),
      });
      message.success(t('deliveries.noteCreated', { number: note.number }));
      onMade(note.id);
    } catch (err) {
      rpcError.show(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      width={820}
      title={`${t('deliveries.makeNote')} · ${notice.number}`}
      confirmLoading={busy}
      onOk={() => void make()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="inline"
        initialValues={{ date: dayjs(), packages: 1 }}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="date" label={t('fields.date')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="packages" label={t('fields.packages')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="weightKg" label={t('fields.weightKg')}>
          <Input style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="volumeM3" label={t('fields.volumeM3')}>
          <Input style={{ width: 90 }} />
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={open}
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.spec'), dataIndex: 'spec' },
          { title: t('deliveries.remaining'), dataIndex: 'remaining', align: 'right', render: qtyText },
          {
            title: t('deliveries.thisTime'),
            key: 'q',
            render: (_v, l) => (
              <InputNumber
                aria-label={`${t('deliveries.thisTime')} ${l.name}`}
                stringMode
                min="0"
                max={l.remaining}
                value={qty[l.id]}
                onChange={(v) => setQty((s) => ({ ...s, [l.id]: v ?? '0' }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
