import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Upload from 'antd/es/upload';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ATTACHMENT_MIME } from '@shared/attachments/contract';
import { DISCREPANCY_KINDS, type NoteDetail } from '@shared/deliveries/contract';
import { AttachmentList } from '../../attachments/AttachmentList';
import { readFileBase64 } from '../../files/file-transfer';
import { rpc } from '../../rpc/client';
import { NoticeStatusTag } from '../status-tags';
import { useRpcError } from '../../rpc/useRpcError';
import { qty } from '../../format';

type Line = NoteDetail['lines'][number];

/** 回单: who signed and when, anything short, damaged or wrong, and the scan of the signed copy. */
export function ReceiptTab({
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
  const rpcError = useRpcError();
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
      rpcError.show(err);
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
            {t('deliveries.redeliveries')}
            {t('wording.colon')}
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
            onDone(await rpc('deliveries.notes.attach', { id: note.id, attachmentId, label: t('wording.receiptScan') }))
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
          { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qty },
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
