import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
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
import { NUMBER_RULES } from '@shared/number-input';
import { FigureInput } from '../../forms/FigureInput';
import { showFieldErrors } from '../../forms/field-errors';
import { revealField } from '../../forms/reveal-field';
import { useUnsavedGuard } from '../../forms/useUnsavedGuard';
import '../../forms/line-cells.css';
import { RpcError, rpc } from '../../rpc/client';
import { discrepancyProblem } from '../quantity-checks';
import { NoticeStatusTag } from '../status-tags';
import { useRpcError } from '../../rpc/useRpcError';
import { qty } from '../../format';

type Line = NoteDetail['lines'][number];
type ReceiptValues = {
  signer?: string;
  date?: dayjs.Dayjs;
  note?: string;
  lines?: { kind?: (typeof DISCREPANCY_KINDS)[number]; quantity?: string; note?: string }[];
};

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
  const [form] = Form.useForm<ReceiptValues>();
  const [scan, setScan] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsavedGuard();
  async function save() {
    try {
      await form.validateFields();
    } catch {
      const first = form.getFieldsError().find((f) => f.errors.length);
      if (first) revealField(form, first.name);
      return;
    }
    const v = form.getFieldsValue(true) as ReceiptValues;
    // Which table row each sent discrepancy is, so the core's errors land on the right row.
    const chosen = (v.lines ?? []).flatMap((d, row) =>
      d?.kind && d.quantity?.trim() ? [{ ...d, lineId: note.lines[row]!.id, row }] : [],
    );
    setBusy(true);
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
      const saved = await rpc('deliveries.notes.receipt', {
        id: note.id,
        signer: v.signer ?? '',
        date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
        note: v.note,
        attachmentId,
        discrepancies: chosen.map((d) => ({
          lineId: d.lineId,
          kind: d.kind!,
          quantity: d.quantity!,
          note: d.note ?? null,
        })),
      });
      unsaved.markClean();
      await onDone(saved);
      message.success(t('deliveries.receiptSaved'));
    } catch (err) {
      if (err instanceof RpcError && err.fields.length)
        showFieldErrors(
          form,
          err.fields.map((f) => ({
            ...f,
            path: f.path.replace(/^discrepancies\.(\d+)\./, (_m, j: string) => `lines.${chosen[Number(j)]?.row ?? j}.`),
          })),
        );
      rpcError.show(err);
    } finally {
      setBusy(false);
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
    <Form
      form={form}
      layout="vertical"
      initialValues={{ date: dayjs(), lines: note.lines.map(() => ({})) }}
      onValuesChange={(changed: ReceiptValues) => {
        unsaved.onValuesChange();
        // A discrepancy's quantity is checked again when its kind is chosen or cleared.
        changed.lines?.forEach((c, row) => {
          if (c && 'kind' in c) void form.validateFields([['lines', row, 'quantity']]).catch(() => undefined);
        });
      }}
    >
      <Space wrap align="start" style={{ marginBottom: 8 }}>
        <Form.Item
          name="signer"
          label={t('formsUi.receipt.signer')}
          rules={[{ required: true, whitespace: true, message: t('formsUi.receipt.signerRequired') }]}
        >
          <Input aria-label={t('formsUi.receipt.signer')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="date" label={t('formsUi.receipt.date')}>
          <DatePicker aria-label={t('formsUi.receipt.date')} allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('formsUi.receipt.note')}>
          <Input aria-label={t('formsUi.receipt.note')} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label={t('formsUi.receipt.scan')}>
          <Upload
            accept={ATTACHMENT_MIME.join(',')}
            showUploadList={false}
            beforeUpload={(f) => (setScan(f), unsaved.onValuesChange(), false)}
          >
            <Button>{scan ? scan.name : t('deliveries.attachScan')}</Button>
          </Upload>
        </Form.Item>
      </Space>
      <Table<Line>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={note.lines}
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('formsUi.receipt.sentQty'), dataIndex: 'quantity', align: 'right', render: qty },
          {
            title: t('formsUi.receipt.diffKind'),
            key: 'k',
            render: (_v, l, row) => (
              <Form.Item name={['lines', row, 'kind']} className="line-cell">
                <Select
                  allowClear
                  style={{ width: 100 }}
                  aria-label={`${t('deliveries.discrepancy')} ${l.name}`}
                  options={DISCREPANCY_KINDS.map((k) => ({ value: k, label: t(`deliveries.kinds.${k}`) }))}
                />
              </Form.Item>
            ),
          },
          {
            title: t('formsUi.receipt.diffQty'),
            key: 'q',
            render: (_v, l, row) => (
              <Form.Item
                name={['lines', row, 'quantity']}
                className="line-cell"
                style={{ width: 130 }}
                rules={[
                  {
                    validator: async (_r, value: string | undefined) => {
                      if (!form.getFieldValue(['lines', row, 'kind'])) return;
                      const problem = discrepancyProblem(value ?? '', l.quantity);
                      if (problem) throw new Error(t(problem.key, problem.vars ?? {}));
                    },
                  },
                ]}
              >
                <FigureInput
                  rule={NUMBER_RULES.quantity}
                  aria-label={`${t('deliveries.discrepancy')}${t('fields.quantity')} ${l.name}`}
                  style={{ width: 130 }}
                />
              </Form.Item>
            ),
          },
          {
            title: t('formsUi.receipt.diffNote'),
            key: 'n',
            render: (_v, l, row) => (
              <Form.Item name={['lines', row, 'note']} className="line-cell">
                <Input aria-label={`${t('formsUi.receipt.diffNote')} ${l.name}`} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Button type="primary" style={{ marginTop: 8 }} loading={busy} onClick={() => void save()}>
        {t('deliveries.saveReceipt')}
      </Button>
    </Form>
  );
}
