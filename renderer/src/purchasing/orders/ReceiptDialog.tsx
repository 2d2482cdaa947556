import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Table from 'antd/es/table';
import Upload from 'antd/es/upload';
import Button from 'antd/es/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoDetail } from '@shared/purchasing/orders/contract';
import { readFileBase64 } from '../../files/file-transfer';
import { qty } from '../../format';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

interface ReceiptForm {
  receiptDate: string;
  signer: string;
  notes?: string;
  lines: { poLineId: number; quantity: string; damaged: string; wrong: string; note?: string }[];
}

const MIMES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** 签收入库: per line what arrived, of it damaged and wrong; signer, date, the scan. A refused line says why beside it. */
export function ReceiptDialog({
  po,
  onClose,
  onDone,
}: {
  po: PoDetail;
  onClose(): void;
  onDone(number: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [form] = Form.useForm<ReceiptForm>();
  const [busy, setBusy] = useState(false);
  const [scan, setScan] = useState<File | null>(null);
  const owing = po.lines.filter((l) => Number(l.owed) > 0);

  async function save() {
    await form.validateFields();
    // validateFields answers only the fields on screen: the line ids (kept with no field of their own) come from the store.
    const v = form.getFieldsValue(true) as ReceiptForm;
    setBusy(true);
    const done = await rpcError.attempt(async () => {
      let attachmentId: number | null = null;
      if (scan) {
        const ext = scan.name.split('.').pop()?.toLowerCase() ?? '';
        const uploaded = await rpc('attachments.upload', {
          filename: scan.name,
          dataBase64: await readFileBase64(scan),
          mime: (MIMES[ext] ?? 'application/pdf') as never,
        });
        attachmentId = uploaded.id;
      }
      return rpc('purchasing.receipts.create', {
        poId: po.id,
        receiptDate: v.receiptDate,
        signer: v.signer,
        notes: v.notes ?? null,
        attachmentId,
        lines: v.lines,
      });
    }, form);
    setBusy(false);
    if (done) await onDone(done.number);
  }

  return (
    <Modal
      open
      width={960}
      title={t('purchaseOrders.receiptTitle', { number: po.number })}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Form<ReceiptForm>
        form={form}
        layout="inline"
        initialValues={{
          receiptDate: new Date().toLocaleDateString('sv-SE'),
          signer: '',
          lines: owing.map((l) => ({ poLineId: l.id, quantity: l.owed, damaged: '0', wrong: '0' })),
        }}
      >
        <Form.Item
          name="receiptDate"
          label={t('purchaseOrders.receiptDate')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input style={{ width: 130 }} />
        </Form.Item>
        <Form.Item
          name="signer"
          label={t('purchaseOrders.signer')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label={t('purchaseOrders.scan')}>
          <Upload
            maxCount={1}
            accept=".pdf,.png,.jpg,.jpeg"
            beforeUpload={(file) => (setScan(file), false)}
            onRemove={() => setScan(null)}
          >
            <Button size="small">{scan ? scan.name : t('purchaseOrders.scan')}</Button>
          </Upload>
        </Form.Item>
        <Form.List name="lines">
          {(fields) => (
            <Table
              style={{ width: '100%', marginTop: 12 }}
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: t('fields.name'),
                  key: 'name',
                  render: (_v, f) => {
                    const l = owing[f.name]!;
                    return `${l.name} ${l.spec ?? ''}`;
                  },
                },
                {
                  title: t('purchaseOrders.owed'),
                  key: 'owed',
                  align: 'right',
                  render: (_v, f) => `${qty(owing[f.name]!.owed)} ${owing[f.name]!.unit}`,
                },
                ...(['quantity', 'damaged', 'wrong'] as const).map((k) => ({
                  title: t(k === 'quantity' ? 'purchaseOrders.arrived' : `purchaseOrders.${k}`),
                  key: k,
                  width: 110,
                  render: (_v: unknown, f: { name: number }) => (
                    <Form.Item name={[f.name, k]} style={{ margin: 0 }}>
                      <Input aria-label={t(k === 'quantity' ? 'purchaseOrders.arrived' : `purchaseOrders.${k}`)} />
                    </Form.Item>
                  ),
                })),
                {
                  title: t('purchaseOrders.note'),
                  key: 'note',
                  render: (_v, f) => (
                    <Form.Item name={[f.name, 'note']} style={{ margin: 0 }}>
                      <Input />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
