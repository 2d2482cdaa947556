import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDetail } from '@shared/deliveries/contract';
import { downloadBase64 } from '../../files/file-transfer';
import { PrintButtons } from '../../printing/PrintButtons';
import { money, qty as qtyText } from '../../format';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

type Line = NoteDetail['lines'][number];

/** 退货 against the delivered note: quantities and the reason, with a return note to print. */
export function ReturnsTab({
  note,
  readOnly,
  onDone,
}: {
  note: NoteDetail;
  readOnly: boolean;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
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
            `${l.name} ${t(`deliveries.kinds.${l.discrepancy!}`)}${l.discrepancyNote ? t('wording.paren', { text: l.discrepancyNote }) : ''}`,
        )
        .join(t('wording.clauseSep')),
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
      rpcError.show(err);
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
              <Space>
                <PrintButtons
                  size="small"
                  target={{ kind: 'returnNote' }}
                  print={() => rpc('deliveries.returns.pdf', { id: r.id })}
                />
                <a
                  onClick={() =>
                    void rpcError.attempt(async () => {
                      const f = await rpc('deliveries.returns.pdf', { id: r.id });
                      downloadBase64(f.filename, f.dataBase64, 'application/pdf');
                    })
                  }
                >
                  PDF
                </a>
              </Space>
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
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qtyText },
              { title: t('deliveries.returned'), dataIndex: 'returned', align: 'right', render: qtyText },
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
