import { PaperClipOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import Upload from 'antd/es/upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MIME } from '@shared/attachments/contract';
import type { In } from '@shared/contracts';
import { TAX_RATES } from '@shared/money';
import type { RfqDetail } from '@shared/purchasing/rfq/contract';
import { readFileBase64 } from '../../files/file-transfer';
import { qty, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';
import { ParamsEditor } from '../catalogue/ParamsEditor';

type Values = Omit<In<'purchasing.rfq.answer'>, 'id' | 'supplierId' | 'attachmentIds'>;
type Mime = (typeof ATTACHMENT_MIME)[number];

/** One supplier's answer, the next round: a price per item, the tax basis, lead time, terms and parameters. */
export function AnswerModal({
  rfq,
  supplier,
  today,
  onClose,
  onSaved,
}: {
  rfq: RfqDetail;
  supplier: RfqDetail['rfqSuppliers'][number];
  today: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [form] = Form.useForm<Values>();
  // The supplier's quotation, brochures or certificates, stored as soon as picked and tied to the answer on save.
  const [files, setFiles] = useState<{ id: number; filename: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const last = supplier.answers.at(-1);
  const initial: Values = {
    answerDate: today,
    priceIncludesTax: last?.priceIncludesTax ?? true,
    paymentTerms: last?.paymentTerms ?? null,
    validUntil: null,
    notes: null,
    lines: rfq.rfqItems.map((item) => {
      const before = last?.lines.find((l) => l.itemId === item.id);
      return {
        itemId: item.id,
        unitPrice: before?.unitPrice ?? '',
        taxRate: before?.taxRate ?? '0.13',
        leadDays: before?.leadDays ?? null,
        minQuantity: before?.minQuantity ?? null,
        model: before?.model ?? null,
        params: before?.params ?? item.params,
      };
    }),
  };

  async function save() {
    const values = form.getFieldsValue(true) as Values;
    // Every row goes, priced or not (an empty price is an item not answered this round): a refusal names its row.
    const done = await rpcError.attempt(
      () =>
        rpc('purchasing.rfq.answer', {
          ...values,
          attachmentIds: files.map((f) => f.id),
          id: rfq.id,
          supplierId: supplier.supplierId,
        }),
      form,
    );
    if (done) onSaved();
  }

  async function upload(file: File) {
    setUploading(true);
    const stored = await rpcError.attempt(async () =>
      rpc('attachments.upload', {
        filename: file.name,
        mime: ((ATTACHMENT_MIME as readonly string[]).includes(file.type) ? file.type : 'application/pdf') as Mime,
        dataBase64: await readFileBase64(file),
      }),
    );
    setUploading(false);
    if (stored) setFiles((before) => [...before, { id: stored.id, filename: file.name }]);
  }

  return (
    <Modal
      open
      width={1100}
      title={`${t('rfq.newAnswer')} · ${supplier.supplierName} · ${t('rfq.round', { n: supplier.answers.length + 1 })}`}
      onCancel={onClose}
      onOk={() => void save()}
    >
      <Form form={form} layout="inline" initialValues={initial}>
        <Form.Item name="answerDate" label={t('rfq.answerDate')}>
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="priceIncludesTax" valuePropName="checked">
          <Checkbox>{t('rfq.priceIncludesTax')}</Checkbox>
        </Form.Item>
        <Form.Item name="paymentTerms" label={t('rfq.paymentTerms')}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('rfq.validUntil')}>
          <Input style={{ width: 120 }} placeholder="2026-06-30" />
        </Form.Item>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('rfq.files')}>
          <Upload
            accept={ATTACHMENT_MIME.join(',')}
            multiple
            fileList={files.map((f) => ({ uid: String(f.id), name: f.filename, status: 'done' as const }))}
            beforeUpload={(file) => (void upload(file), false)}
            onRemove={(f) => setFiles((before) => before.filter((x) => String(x.id) !== f.uid))}
          >
            <Button size="small" icon={<PaperClipOutlined />} loading={uploading}>
              {t('rfq.addFile')}
            </Button>
          </Upload>
        </Form.Item>
        <Table
          style={{ width: '100%', marginTop: 12 }}
          size="small"
          rowKey="itemId"
          pagination={false}
          dataSource={initial.lines.map((l, i) => ({ ...l, i }))}
          columns={[
            {
              title: t('rfq.items'),
              key: 'item',
              width: 200,
              render: (_, l) => {
                const item = rfq.rfqItems.find((x) => x.id === l.itemId)!;
                return `${item.position}. ${item.name} ${item.spec ?? ''} × ${qty(item.quantity)} ${item.unit}`;
              },
            },
            {
              title: t('rfq.unitPrice'),
              key: 'price',
              width: 110,
              render: (_, l) => (
                <Form.Item name={['lines', l.i, 'unitPrice']} style={{ margin: 0 }}>
                  <Input aria-label={t('rfq.unitPrice')} />
                </Form.Item>
              ),
            },
            {
              title: t('fields.taxRate'),
              key: 'rate',
              width: 80,
              render: (_, l) => (
                <Form.Item name={['lines', l.i, 'taxRate']} style={{ margin: 0 }}>
                  <Select options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))} />
                </Form.Item>
              ),
            },
            {
              title: t('rfq.lead'),
              key: 'lead',
              width: 80,
              render: (_, l) => (
                <Form.Item name={['lines', l.i, 'leadDays']} style={{ margin: 0 }}>
                  <InputNumber min={0} aria-label={t('rfq.lead')} />
                </Form.Item>
              ),
            },
            {
              title: t('rfq.minQty'),
              key: 'min',
              width: 80,
              render: (_, l) => (
                <Form.Item name={['lines', l.i, 'minQuantity']} style={{ margin: 0 }}>
                  <Input aria-label={t('rfq.minQty')} />
                </Form.Item>
              ),
            },
            {
              title: t('rfq.model'),
              key: 'model',
              width: 120,
              render: (_, l) => (
                <Form.Item name={['lines', l.i, 'model']} style={{ margin: 0 }}>
                  <Input aria-label={t('rfq.model')} />
                </Form.Item>
              ),
            },
            {
              title: t('catalogue.params'),
              key: 'params',
              render: (_, l) => <ParamsEditor name={['lines', l.i, 'params']} />,
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
