import { useQuery } from '@tanstack/react-query';
import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Table from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../files/file-transfer';
import { qty } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';

interface TransferForm {
  date: string;
  fromPlace: string;
  toPlace: string;
  receivedBy?: string;
  notes?: string;
  lines: { poLineId: number; quantity: string }[];
}

/** 内部流转: goods of a receipt moved to a named place; the slip (内部调拨单) is printed on saving. */
export function TransferDialog({ receiptId, onClose }: { receiptId: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm<TransferForm>();
  const [busy, setBusy] = useState(false);
  const receipt = useQuery(rpcQuery('purchasing.receipts.get', { id: receiptId })).data;

  async function save() {
    await form.validateFields();
    // validateFields answers only the fields on screen: the line ids (kept with no field of their own) come from the store.
    const v = form.getFieldsValue(true) as TransferForm;
    setBusy(true);
    const slip = await rpcError.attempt(
      () =>
        rpc('purchasing.receipts.transfer', {
          receiptId,
          date: v.date,
          fromPlace: v.fromPlace,
          toPlace: v.toPlace,
          receivedBy: v.receivedBy ?? null,
          notes: v.notes ?? null,
          lines: v.lines,
        }),
      form,
    );
    if (slip) {
      message.success(t('purchaseOrders.transferred', { number: slip.number }));
      const file = await rpcError.attempt(() => rpc('purchasing.receipts.printTransfer', { id: slip.id }));
      if (file) downloadBase64(file.filename, file.dataBase64, 'application/pdf');
      onClose();
    }
    setBusy(false);
  }

  return (
    <Modal
      open
      width={760}
      title={receipt ? t('purchaseOrders.transferTitle', { number: receipt.number }) : ''}
      okText={t('purchaseOrders.printTransfer')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {receipt && (
        <Form<TransferForm>
          form={form}
          layout="inline"
          initialValues={{
            date: new Date().toLocaleDateString('sv-SE'),
            fromPlace: t('purchaseOrders.defaultFrom'),
            toPlace: '',
            lines: receipt.lines.map((l) => ({ poLineId: l.poLineId, quantity: l.accepted })),
          }}
        >
          <Form.Item
            name="date"
            label={t('fields.date')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input style={{ width: 130 }} />
          </Form.Item>
          <Form.Item
            name="fromPlace"
            label={t('purchaseOrders.fromPlace')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="toPlace"
            label={t('purchaseOrders.toPlace')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="receivedBy" label={t('purchaseOrders.receivedBy')}>
            <Input style={{ width: 120 }} />
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
                    render: (_v, f) => `${receipt.lines[f.name]!.name} ${receipt.lines[f.name]!.spec ?? ''}`,
                  },
                  {
                    title: t('purchaseOrders.accepted'),
                    key: 'accepted',
                    align: 'right',
                    render: (_v, f) => `${qty(receipt.lines[f.name]!.accepted)} ${receipt.lines[f.name]!.unit}`,
                  },
                  {
                    title: t('purchaseOrders.quantity'),
                    key: 'quantity',
                    width: 120,
                    render: (_v, f) => (
                      <Form.Item name={[f.name, 'quantity']} style={{ margin: 0 }}>
                        <Input aria-label={t('purchaseOrders.quantity')} />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
