import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { TAX_RATES } from '@shared/money';
import type { RfqDetail } from '@shared/purchasing/rfq/contract';
import { qty, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';
import { ParamsEditor } from '../catalogue/ParamsEditor';

type Values = Omit<In<'purchasing.rfq.answer'>, 'id' | 'supplierId'>;

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
    // Items left without a price are not answered in this round.
    const lines = values.lines.filter((l) => String(l.unitPrice ?? '').trim() !== '');
    const done = await rpcError.attempt(
      () => rpc('purchasing.rfq.answer', { ...values, lines, id: rfq.id, supplierId: supplier.supplierId }),
      form,
    );
    if (done) onSaved();
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
