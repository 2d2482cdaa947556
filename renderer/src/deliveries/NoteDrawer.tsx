import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ATTACHMENT_MIME } from '../../../electron/shared/attachments/contract';
import { DISCREPANCY_KINDS, type NoteDetail } from '../../../electron/shared/deliveries/contract';
import { AttachmentList } from '../attachments/AttachmentList';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { usePdfPreview } from '../docs/usePdfPreview';
import { downloadBase64, readFileBase64 } from '../excel/file-transfer';
import { money } from '../format';
import { useAsk } from '../forms/useAsk';
import { rpc } from '../rpc/client';
import { NoteStatusTag, NoticeStatusTag } from './status-tags';

type Line = NoteDetail['lines'][number];
const ADVANCE: Partial<Record<NoteDetail['status'], 'loaded' | 'in_transit' | 'delivered'>> = {
  checked: 'loaded',
  loaded: 'in_transit',
  in_transit: 'delivered',
};

/** One delivery note through its life: pick check, loading, delivery, the signed 回单, returns. */
export function NoteDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const ask = useAsk();
  const preview = usePdfPreview();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['deliveries.notes.get', id], queryFn: () => rpc('deliveries.notes.get', { id }) });
  const n = q.data;
  const write = can('deliveries.write');

  const done = async (after: NoteDetail) => {
    queryClient.setQueryData(['deliveries.notes.get', id], after);
    await Promise.all(
      ['deliveries.notes.list', 'dispatch.board', 'deliveries.notices.get'].map((k) =>
        queryClient.invalidateQueries({ queryKey: [k] }),
      ),
    );
    await queryClient.invalidateQueries({ queryKey: ['audit.forEntity', 'delivery', id] });
  };
  const run = async (step: () => Promise<NoteDetail>) => {
    try {
      await done(await step());
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  async function print(counted: boolean) {
    try {
      if (counted) {
        const file = await rpc('deliveries.notes.print', { ids: [id] });
        preview.show(file.dataBase64);
        await q.refetch();
      } else preview.show((await rpc('deliveries.notes.preview', { ids: [id] })).dataBase64);
    } catch (err) {
      message.error((err as Error).message);
    }
  }

  const next = n && ADVANCE[n.status];
  const owed = n?.lines.some((l) => Number(l.redeliverable) > 0) ?? false;
  async function redeliver() {
    try {
      const notice = await rpc('deliveries.notes.redeliver', { id, date: dayjs().format('YYYY-MM-DD') });
      message.success(t('deliveries.redeliveryCreated', { number: notice.number }));
      await done(await rpc('deliveries.notes.get', { id }));
      navigate(`/deliveries/notices?open=${notice.id}`);
    } catch (err) {
      message.error((err as Error).message);
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
            <Button onClick={() => void print(false)}>{t('quotes.preview')}</Button>
            {write && (
              <Button onClick={() => void print(true)}>
                {n.printCount > 0 ? t('deliveries.reprint') : t('deliveries.print')}
              </Button>
            )}
            {write && next && (
              <Button type="primary" onClick={() => void run(() => rpc('deliveries.notes.advance', { id, to: next }))}>
                {t(`deliveries.to.${next}`)}
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
            <Descriptions.Item label={t('deliveries.dispatch')}>{n.dispatch}</Descriptions.Item>
            <Descriptions.Item label={t('deliveries.checkedBy')}>{n.checkedBy}</Descriptions.Item>
            <Descriptions.Item label={t('quotes.gross')}>
              {n.showPrices ? money(n.totals.gross) : t('deliveries.pricesHidden')}
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            style={{ marginTop: 8 }}
            items={[
              { key: 'lines', label: t('deliveries.lines'), children: <Lines note={n} /> },
              {
                key: 'check',
                label: t('deliveries.pickCheck'),
                children: <PickCheck note={n} readOnly={!write} onDone={done} />,
              },
              {
                key: 'receipt',
                label: t('deliveries.receipt'),
                children: <Receipt note={n} readOnly={!write} onDone={done} />,
              },
              {
                key: 'returns',
                label: t('deliveries.returns'),
                children: (
                  <Returns
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
      {preview.modal}
    </Drawer>
  );
}

function Lines({ note }: { note: NoteDetail }) {
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
        { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right' },
        { title: t('fields.packages'), dataIndex: 'packages', align: 'right' },
        ...(note.showPrices
          ? [{ title: t('quotes.gross'), dataIndex: 'gross', align: 'right' as const, render: (g: number) => money(g) }]
          : []),
        {
          title: t('deliveries.discrepancy'),
          key: 'd',
          render: (_v, l) =>
            l.discrepancy
              ? `${t(`deliveries.kinds.${l.discrepancy}`)} ${l.discrepancyQty} ${l.discrepancyNote ?? ''}`
              : '',
        },
        { title: t('deliveries.returned'), dataIndex: 'returned', align: 'right' },
        ...(note.lines.some((l) => Number(l.redeliverable) > 0)
          ? [{ title: t('deliveries.redeliverable'), dataIndex: 'redeliverable', align: 'right' as const }]
          : []),
      ]}
    />
  );
}

/** 出库核对: scan or type each line's code, count it; a mismatch blocks loading. */
function PickCheck({
  note,
  readOnly,
  onDone,
}: {
  note: NoteDetail;
  readOnly: boolean;
  onDone(n: NoteDetail): Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [entered, setEntered] = useState<Record<number, { code?: string; quantity?: string }>>({});
  const last = note.checks.at(-1);
  const set = (lineId: number, patch: { code?: string; quantity?: string }) =>
    setEntered((e) => ({ ...e, [lineId]: { ...e[lineId], ...patch } }));
  async function submit() {
    try {
      const after = await rpc('deliveries.notes.check', {
        id: note.id,
        lines: note.lines.map((l) => ({
          lineId: l.id,
          code: entered[l.id]?.code ?? '',
          quantity: entered[l.id]?.quantity ?? '',
        })),
      });
      await onDone(after);
      const result = after.checks.at(-1);
      if (result?.passed) message.success(t('deliveries.checkPassed'));
      else message.error(t('deliveries.checkFailed', { count: result?.mismatches.length ?? 0 }));
    } catch (err) {
      message.error((err as Error).message);
    }
  }
  return (
    <>
      {last && (
        <Alert
          style={{ marginBottom: 8 }}
          showIcon
          type={last.passed ? 'success' : 'error'}
          data-testid="pick-result"
          message={
            last.passed
              ? t('deliveries.checkedOk', {
                  who: last.checkedBy ?? '',
                  at: last.checkedAt.slice(0, 16).replace('T', ' '),
                })
              : t('deliveries.checkFailed', { count: last.mismatches.length })
          }
          description={
            !last.passed &&
            last.mismatches.map((m) => (
              <div key={m.lineId}>
                {m.position}：{m.problems.map((p) => t(`deliveries.problems.${p}`)).join('、')}（
                {t('deliveries.expected')} {m.expected}；{t('deliveries.entered')} {m.entered || '—'}）
              </div>
            ))
          }
        />
      )}
      {note.status === 'prepared' && !readOnly && (
        <>
          <Table<Line>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={note.lines}
            columns={[
              { title: t('fields.name'), dataIndex: 'name' },
              { title: t('fields.spec'), dataIndex: 'spec' },
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right' },
              {
                title: t('deliveries.scanCode'),
                key: 'code',
                render: (_v, l) => (
                  <Input
                    aria-label={`${t('deliveries.scanCode')} ${l.name}`}
                    value={entered[l.id]?.code}
                    onChange={(e) => set(l.id, { code: e.target.value })}
                  />
                ),
              },
              {
                title: t('deliveries.counted'),
                key: 'qty',
                render: (_v, l) => (
                  <Input
                    aria-label={`${t('deliveries.counted')} ${l.name}`}
                    style={{ width: 90 }}
                    value={entered[l.id]?.quantity}
                    onChange={(e) => set(l.id, { quantity: e.target.value })}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" style={{ marginTop: 8 }} onClick={() => void submit()}>
            {t('deliveries.submitCheck')}
          </Button>
        </>
      )}
    </>
  );
}

/** 回单: who signed and when, anything short, damaged or wrong, and the scan of the signed copy. */
function Receipt({
  note,
  readOnly,
  onDone,
}: {
  note: NoteDetail;
  readOnly: boolean;
  onDone(n: NoteDetail): Promise<void>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [signer, setSigner] = useState('');
  const [date, setDate] = useState(dayjs());
  const [remark, setRemark] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const [diffs, setDiffs] = useState<
    Record<number, { kind?: (typeof DISCREPANCY_KINDS)[number]; quantity?: string; note?: string }>
  >({});
  async function save() {
    try {
      let attachmentId: number | null = null;
      if (scan)
        attachmentId = (
          await rpc('attachments.upload', {
            filename: scan.name,
            mime: scan.type as (typeof ATTACHMENT_MIME)[number],
            dataBase64: await readFileBase64(scan),
          })
        ).id;
      const discrepancies = Object.entries(diffs)
        .filter(([, d]) => d.kind && d.quantity)
        .map(([lineId, d]) => ({ lineId: Number(lineId), kind: d.kind!, quantity: d.quantity!, note: d.note ?? null }));
      await onDone(
        await rpc('deliveries.notes.receipt', {
          id: note.id,
          signer,
          date: date.format('YYYY-MM-DD'),
          note: remark,
          attachmentId,
          discrepancies,
        }),
      );
      message.success(t('deliveries.receiptSaved'));
    } catch (err) {
      message.error((err as Error).message);
    }
  }
  if (note.status === 'receipted') {
    return (
      <>
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label={t('fields.signer')}>{note.receiptSigner}</Descriptions.Item>
          <Descriptions.Item label={t('fields.date')}>{note.receiptDate}</Descriptions.Item>
          <Descriptions.Item label={t('fields.note')}>{note.receiptNote}</Descriptions.Item>
        </Descriptions>
        {note.redeliveries.length > 0 && (
          <p style={{ marginTop: 12 }} data-testid="redeliveries">
            {t('deliveries.redeliveries')}：
            {note.redeliveries.map((r) => (
              <Space key={r.id} style={{ marginRight: 12 }}>
                <a onClick={() => navigate(`/deliveries/notices?open=${r.id}`)}>{r.number}</a>
                <NoticeStatusTag status={r.status} />
              </Space>
            ))}
          </p>
        )}
        <h4 style={{ marginTop: 12 }}>{t('deliveries.scans')}</h4>
        <AttachmentList
          files={note.attachments}
          readOnly={readOnly}
          link={async (attachmentId) =>
            onDone(await rpc('deliveries.notes.attach', { id: note.id, attachmentId, label: '回单' }))
          }
        />
      </>
    );
  }
  if (note.status !== 'delivered' || readOnly)
    return <Alert type="info" showIcon message={t('deliveries.receiptAfterDelivery')} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input
          aria-label={t('fields.signer')}
          placeholder={t('fields.signer')}
          value={signer}
          onChange={(e) => setSigner(e.target.value)}
          style={{ width: 140 }}
        />
        <DatePicker aria-label={t('deliveries.receiptDate')} value={date} onChange={(d) => d && setDate(d)} />
        <Input
          aria-label={t('fields.note')}
          placeholder={t('fields.note')}
          value={remark}
          onChange={(e) => setRemark(e.target.value)}
          style={{ width: 260 }}
        />
        <Upload accept={ATTACHMENT_MIME.join(',')} showUploadList={false} beforeUpload={(f) => (setScan(f), false)}>
          <Button>{scan ? scan.name : t('deliveries.attachScan')}</Button>
        </Upload>
      </Space>
      <Table<Line>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={note.lines}
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right' },
          {
            title: t('deliveries.discrepancy'),
            key: 'k',
            render: (_v, l) => (
              <Select
                allowClear
                style={{ width: 100 }}
                aria-label={`${t('deliveries.discrepancy')} ${l.name}`}
                value={diffs[l.id]?.kind}
                onChange={(k) => setDiffs((d) => ({ ...d, [l.id]: { ...d[l.id], kind: k } }))}
                options={DISCREPANCY_KINDS.map((k) => ({ value: k, label: t(`deliveries.kinds.${k}`) }))}
              />
            ),
          },
          {
            title: t('fields.quantity'),
            key: 'q',
            render: (_v, l) => (
              <InputNumber
                aria-label={`${t('deliveries.discrepancy')}${t('fields.quantity')} ${l.name}`}
                stringMode
                min="0"
                max={l.quantity}
                value={diffs[l.id]?.quantity}
                onChange={(v) => setDiffs((d) => ({ ...d, [l.id]: { ...d[l.id], quantity: v ?? undefined } }))}
              />
            ),
          },
          {
            title: t('fields.note'),
            key: 'n',
            render: (_v, l) => (
              <Input
                value={diffs[l.id]?.note}
                onChange={(e) => setDiffs((d) => ({ ...d, [l.id]: { ...d[l.id], note: e.target.value } }))}
              />
            ),
          },
        ]}
      />
      <Button type="primary" style={{ marginTop: 8 }} disabled={!signer.trim()} onClick={() => void save()}>
        {t('deliveries.saveReceipt')}
      </Button>
    </>
  );
}

/** 退货 against the delivered note: quantities and the reason, with a return note to print. */
function Returns({ note, readOnly, onDone }: { note: NoteDetail; readOnly: boolean; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [qty, setQty] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const canReturn = !readOnly && (note.status === 'delivered' || note.status === 'receipted');
  // Damaged or wrong goods on the 回单 are what usually comes back: offer them as the return.
  const faulty = note.lines.filter(
    (l) => (l.discrepancy === 'damaged' || l.discrepancy === 'wrong') && Number(l.discrepancyQty) > Number(l.returned),
  );
  function fromReceipt() {
    setQty(Object.fromEntries(faulty.map((l) => [l.id, String(Number(l.discrepancyQty) - Number(l.returned))])));
    setReason(
      faulty
        .map(
          (l) =>
            `${l.name} ${t(`deliveries.kinds.${l.discrepancy!}`)}${l.discrepancyNote ? `（${l.discrepancyNote}）` : ''}`,
        )
        .join('；'),
    );
  }
  async function create() {
    try {
      const lines = Object.entries(qty)
        .filter(([, v]) => Number(v) > 0)
        .map(([noteLineId, quantity]) => ({ noteLineId: Number(noteLineId), quantity }));
      const r = await rpc('deliveries.returns.create', {
        noteId: note.id,
        date: dayjs().format('YYYY-MM-DD'),
        reason,
        lines,
      });
      message.success(t('deliveries.returnCreated', { number: r.number }));
      setQty({});
      setReason('');
      await onDone();
    } catch (err) {
      message.error((err as Error).message);
    }
  }
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={note.returns}
        columns={[
          { title: t('deliveries.returnNumber'), dataIndex: 'number' },
          { title: t('fields.date'), dataIndex: 'date' },
          { title: t('quotes.gross'), dataIndex: 'gross', align: 'right', render: (g: number) => money(g) },
          {
            title: '',
            key: 'pdf',
            render: (_v, r) => (
              <a
                onClick={async () => {
                  const f = await rpc('deliveries.returns.pdf', { id: r.id });
                  downloadBase64(f.filename, f.dataBase64, 'application/pdf');
                }}
              >
                PDF
              </a>
            ),
          },
        ]}
      />
      {canReturn && (
        <>
          <Space style={{ marginTop: 12 }}>
            <h4 style={{ margin: 0 }}>{t('deliveries.newReturn')}</h4>
            {faulty.length > 0 && (
              <Button size="small" onClick={fromReceipt}>
                {t('deliveries.returnFromReceipt')}
              </Button>
            )}
          </Space>
          <Table<Line>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={note.lines}
            columns={[
              { title: t('fields.name'), dataIndex: 'name' },
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right' },
              { title: t('deliveries.returned'), dataIndex: 'returned', align: 'right' },
              {
                title: t('deliveries.returnQty'),
                key: 'q',
                render: (_v, l) => (
                  <InputNumber
                    aria-label={`${t('deliveries.returnQty')} ${l.name}`}
                    stringMode
                    min="0"
                    value={qty[l.id]}
                    onChange={(v) => setQty((s) => ({ ...s, [l.id]: v ?? '0' }))}
                  />
                ),
              },
            ]}
          />
          <Space style={{ marginTop: 8 }}>
            <Input
              aria-label={t('deliveries.returnReason')}
              placeholder={t('deliveries.returnReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              style={{ width: 320 }}
            />
            <Button type="primary" disabled={!reason.trim()} onClick={() => void create()}>
              {t('deliveries.createReturn')}
            </Button>
          </Space>
        </>
      )}
    </>
  );
}
