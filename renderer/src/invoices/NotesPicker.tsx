import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Collapse from 'antd/es/collapse';
import Empty from 'antd/es/empty';
import Table from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { UninvoicedLine } from '@shared/invoices/contract';
import { money, qty } from '../format';
import { rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';

/** The customer's delivered, not yet invoiced lines, one row each; ticking a line ticks its note. */
export function UninvoicedTable({
  lines,
  chosen,
  onChoose,
}: {
  lines: UninvoicedLine[];
  chosen: number[];
  onChoose(noteIds: number[]): void;
}) {
  const { t } = useTranslation();
  const keyOf = (l: UninvoicedLine) => `${l.noteId}-${l.kind}-${l.orderLineId}`;
  return (
    <Table<UninvoicedLine>
      size="small"
      rowKey={keyOf}
      pagination={false}
      scroll={{ y: 260 }}
      dataSource={lines}
      rowSelection={{
        selectedRowKeys: lines.filter((l) => chosen.includes(l.noteId)).map(keyOf),
        onSelect: (l, ticked) =>
          onChoose(ticked ? [...new Set([...chosen, l.noteId])] : chosen.filter((id) => id !== l.noteId)),
        onSelectAll: (ticked) => onChoose(ticked ? [...new Set(lines.map((l) => l.noteId))] : []),
      }}
      columns={[
        { title: t('invoices.note'), dataIndex: 'noteNumber', width: 130 },
        { title: t('invoices.deliveredOn'), dataIndex: 'deliveredOn', width: 100 },
        { title: t('invoices.order'), dataIndex: 'orderNumber', width: 130 },
        {
          title: t('invoices.name'),
          render: (_, l) => (l.kind === 'charge' ? `${l.name}（${t('invoices.charge')}）` : l.name),
        },
        { title: t('invoices.spec'), dataIndex: 'spec', width: 140 },
        { title: t('invoices.quantity'), dataIndex: 'quantity', width: 80, align: 'right', render: qty },
        { title: t('invoices.unit'), dataIndex: 'unit', width: 60 },
        { title: t('invoices.gross'), dataIndex: 'gross', width: 120, align: 'right', render: (v: number) => money(v) },
      ]}
    />
  );
}

/** Inside the register form: tick delivered notes of the chosen customer and fill the lines from them. */
export function NotesPicker({
  customerId,
  onDraft,
  onError,
}: {
  customerId: number | null;
  onDraft(draft: In<'invoices.create'>): void;
  onError(err: unknown): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const q = useQuery({ ...rpcQuery('invoices.uninvoiced', { customerId }), enabled: customerId !== null });

  async function fill() {
    if (customerId === null) return;
    setBusy(true);
    try {
      onDraft(await rpc('invoices.draftFromNotes', { customerId, noteIds: chosen }));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  }

  const body =
    customerId === null ? (
      <Empty description={t('invoices.pickCustomerFirst')} />
    ) : !q.data?.lines.length ? (
      <Empty description={t('invoices.noUninvoiced')} />
    ) : (
      <>
        <UninvoicedTable lines={q.data.lines} chosen={chosen} onChoose={setChosen} />
        <Button style={{ marginTop: 8 }} disabled={!chosen.length} loading={busy} onClick={() => void fill()}>
          {t('invoices.fillFromNotes')}
        </Button>
      </>
    );
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12 }}
      items={[{ key: 'notes', label: t('invoices.fromNotes'), children: body }]}
    />
  );
}
