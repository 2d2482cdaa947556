import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Divider from 'antd/es/divider';
import Drawer from 'antd/es/drawer';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { TAX_RATES } from '@shared/money';
import { FILE_KINDS, type OfferDetail, type PriceOut } from '@shared/purchasing/catalogue/contract';
import { ATTACHMENT_MIME } from '@shared/attachments/contract';
import { AuditTimeline } from '../../audit/AuditTimeline';
import { useSession } from '../../auth/session-context';
import { readFileBase64 } from '../../files/file-transfer';
import { price, qty, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { ParamsEditor } from './ParamsEditor';
import { ProductPicker, SupplierPicker } from './pickers';

type OfferValues = In<'purchasing.catalogue.create'>;
type PriceValues = Omit<In<'purchasing.catalogue.addPrice'>, 'id'>;

/** One supplier's offer of a product: its model and parameters, its price history, its brochures and certificates. */
export function OfferDrawer({
  id,
  onClose,
  onSaved,
}: {
  id: number | 'new';
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const { can } = useSession();
  const writable = can('purchasing.write');
  const [form] = Form.useForm<OfferValues>();
  const [priceForm] = Form.useForm<PriceValues>();
  const fileInput = useRef<HTMLInputElement>(null);
  const offer = useQuery({ ...rpcQuery('purchasing.catalogue.get', { id: id as number }), enabled: id !== 'new' });
  const o = offer.data;

  useEffect(() => {
    if (o)
      form.setFieldsValue({
        supplierId: o.supplierId,
        productId: o.productId,
        model: o.model,
        maker: o.maker,
        params: o.params,
        notes: o.notes,
        active: o.active,
      });
  }, [o, form]);

  async function refresh(saved: OfferDetail) {
    await Promise.all([
      invalidateRpc(client, 'purchasing.catalogue.get', { id: saved.id }),
      invalidateRpc(client, 'purchasing.catalogue.list'),
    ]);
  }

  async function save() {
    const data = form.getFieldsValue(true) as OfferValues;
    const saved = await rpcError.attempt(
      () =>
        id === 'new'
          ? rpc('purchasing.catalogue.create', data)
          : rpc('purchasing.catalogue.update', { id, lockVersion: o!.lockVersion, data }),
      form,
    );
    if (!saved) return;
    message.success(t('catalogue.saved'));
    await refresh(saved);
    onSaved(saved.id);
  }

  async function addPrice() {
    const values = priceForm.getFieldsValue(true) as PriceValues;
    const saved = await rpcError.attempt(
      () => rpc('purchasing.catalogue.addPrice', { ...values, id: id as number }),
      priceForm,
    );
    if (!saved) return;
    message.success(t('catalogue.priceAdded'));
    priceForm.resetFields();
    await refresh(saved);
  }

  async function upload(file: File, kind: (typeof FILE_KINDS)[number]) {
    const mime = (ATTACHMENT_MIME as readonly string[]).includes(file.type) ? file.type : 'application/pdf';
    const saved = await rpcError.attempt(async () => {
      const att = await rpc('attachments.upload', {
        filename: file.name,
        dataBase64: await readFileBase64(file),
        mime: mime as (typeof ATTACHMENT_MIME)[number],
      });
      return rpc('purchasing.catalogue.attach', { id: id as number, attachmentId: att.id, kind, title: null });
    });
    if (saved) await refresh(saved);
  }

  async function detach(fileId: number) {
    const saved = await rpcError.attempt(() => rpc('purchasing.catalogue.detach', { id: id as number, fileId }));
    if (saved) await refresh(saved);
  }

  const kindRef = useRef<(typeof FILE_KINDS)[number]>('brochure');

  return (
    <Drawer
      open
      width={900}
      title={id === 'new' ? t('catalogue.new') : o ? `${o.productName} · ${o.supplierName}` : t('catalogue.edit')}
      onClose={onClose}
      extra={
        writable && (
          <Button type="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        )
      }
    >
      <Form form={form} layout="vertical" disabled={!writable} initialValues={{ params: [], active: true }}>
        <Space wrap size="middle" align="start">
          <Form.Item name="supplierId" label={t('catalogue.supplier')} required>
            <SupplierPicker ariaLabel={t('catalogue.supplier')} currentLabel={o?.supplierName} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="productId" label={t('catalogue.product')} required>
            <ProductPicker
              ariaLabel={t('catalogue.product')}
              currentLabel={o ? `${o.productCode} ${o.productName}` : undefined}
              style={{ width: 300 }}
            />
          </Form.Item>
          <Form.Item name="model" label={t('fields.model')}>
            <Input style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="maker" label={t('fields.maker')}>
            <Input style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="active" label={t('fields.active')} valuePropName="checked">
            <Checkbox />
          </Form.Item>
        </Space>
        <Form.Item label={t('catalogue.params')}>
          <ParamsEditor name="params" readOnly={!writable} />
        </Form.Item>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>

      {id === 'new' ? (
        <Typography.Text type="secondary">{t('catalogue.saveFirst')}</Typography.Text>
      ) : (
        o && (
          <>
            <Divider titlePlacement="start">{t('catalogue.prices')}</Divider>
            <Table<PriceOut>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={o.prices}
              locale={{ emptyText: t('catalogue.noPrices') }}
              columns={[
                { title: t('catalogue.lastDate'), dataIndex: 'priceDate', width: 100 },
                {
                  title: t('catalogue.asQuoted'),
                  key: 'quoted',
                  align: 'right',
                  render: (_, p) =>
                    `${price(p.unitPrice)} ${p.priceIncludesTax ? t('catalogue.includesTax') : t('catalogue.excludesTax')}`,
                },
                { title: t('fields.taxRate'), key: 'rate', render: (_, p) => taxRateLabel(p.taxRate), width: 60 },
                { title: t('catalogue.net'), key: 'net', align: 'right', render: (_, p) => price(p.netUnitPrice) },
                {
                  title: t('catalogue.gross'),
                  key: 'gross',
                  align: 'right',
                  render: (_, p) => price(p.grossUnitPrice),
                },
                { title: t('catalogue.minQty'), key: 'min', align: 'right', render: (_, p) => qty(p.minQuantity) },
                {
                  title: t('catalogue.lead'),
                  key: 'lead',
                  render: (_, p) => (p.leadDays === null ? '' : t('catalogue.days', { n: p.leadDays })),
                },
                {
                  title: t('catalogue.source'),
                  key: 'source',
                  render: (_, p) => `${t(`catalogueMsg.source.${p.source}`)} ${p.sourceNumber ?? ''}`,
                },
                { title: t('fields.userName'), dataIndex: 'createdBy' },
              ]}
            />
            {writable && (
              <Form
                form={priceForm}
                layout="inline"
                style={{ marginTop: 12 }}
                initialValues={{ priceIncludesTax: true, taxRate: '0.13' }}
              >
                <Form.Item name="priceDate" label={t('fields.priceDate')}>
                  <Input placeholder="2026-05-01" style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name="unitPrice" label={t('fields.unitPrice')}>
                  <Input style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name="priceIncludesTax" valuePropName="checked">
                  <Checkbox>{t('catalogue.includesTax')}</Checkbox>
                </Form.Item>
                <Form.Item name="taxRate" label={t('fields.taxRate')}>
                  <Select
                    style={{ width: 80 }}
                    options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
                  />
                </Form.Item>
                <Form.Item name="minQuantity" label={t('catalogue.minQty')}>
                  <Input style={{ width: 80 }} />
                </Form.Item>
                <Form.Item name="leadDays" label={t('catalogue.lead')}>
                  <InputNumber min={0} style={{ width: 80 }} />
                </Form.Item>
                <Button onClick={() => void addPrice()}>{t('catalogue.addPrice')}</Button>
              </Form>
            )}

            <Divider titlePlacement="start">{t('catalogue.files')}</Divider>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={o.files}
              locale={{ emptyText: t('catalogue.noFiles') }}
              columns={[
                { title: t('catalogue.fileKind'), key: 'kind', render: (_, f) => t(`catalogueMsg.fileKind.${f.kind}`) },
                { title: t('fields.filename'), dataIndex: 'filename' },
                { title: t('catalogue.fileTitle'), dataIndex: 'title' },
                {
                  key: 'remove',
                  render: (_, f) =>
                    writable && (
                      <Button size="small" danger onClick={() => void detach(f.id)}>
                        {t('catalogue.remove')}
                      </Button>
                    ),
                },
              ]}
            />
            {writable && (
              <Space style={{ marginTop: 8 }}>
                <Select<(typeof FILE_KINDS)[number]>
                  defaultValue="brochure"
                  style={{ width: 100 }}
                  aria-label={t('catalogue.fileKind')}
                  onChange={(k) => (kindRef.current = k)}
                  options={FILE_KINDS.map((k) => ({ value: k, label: t(`catalogueMsg.fileKind.${k}`) }))}
                />
                <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()}>
                  {t('catalogue.upload')}
                </Button>
                <input
                  ref={fileInput}
                  type="file"
                  hidden
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void upload(file, kindRef.current);
                  }}
                />
              </Space>
            )}
            <Divider titlePlacement="start">{t('common.history')}</Divider>
            <AuditTimeline entity="supplierProduct" entityId={o.id} />
          </>
        )
      )}
    </Drawer>
  );
}
