import { useQuery, useQueryClient } from '@tanstack/react-query';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import type { FormInstance } from 'antd/es/form';
import Input from 'antd/es/input';
import Radio from 'antd/es/radio';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Switch from 'antd/es/switch';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderRow } from '@shared/orders/contract';
import { DELIVERY_MODES } from '@shared/purchasing/orders/contract';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { SupplierPicker } from '../payables/supplier-picker';
import { orderOption, searchOpenOrders } from './PoAllocations';
import type { PoLineValues } from './po-form';

const dateProps = {
  getValueProps: (v?: string | null) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};

/**
 * 抬头: the supplier (its primary contact taken), dates, tax terms, payment terms, and where the goods go: to us, or
 * straight to the customer of a sales order (its delivery address filled in).
 */
export function PoHeaderFields({
  form,
  supplierLabel,
  shipOrderLabel,
  readOnly,
}: {
  form: FormInstance;
  supplierLabel?: string;
  shipOrderLabel?: string | null;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const rpcError = useRpcError();
  const supplierId = Form.useWatch('supplierId', form) as number | null | undefined;
  const mode = Form.useWatch('deliveryMode', form) as string | undefined;
  const [shipLabel, setShipLabel] = useState(shipOrderLabel ?? undefined);
  const supplier = useQuery({
    ...rpcQuery('suppliers.get', { id: supplierId ?? 0 }),
    enabled: Boolean(supplierId),
  });

  const supplierPicked = (id: number | null) => {
    form.setFieldValue('contactId', null);
    if (!id) return;
    void rpcError.attempt(async () => {
      const s = await client.fetchQuery(rpcQuery('suppliers.get', { id }));
      form.setFieldValue('contactId', (s.contacts.find((c) => c.isPrimary) ?? s.contacts[0])?.id ?? null);
    });
  };

  /** The drop-ship's order chosen: the goods go to its delivery address. */
  const shipOrderPicked = (id: number | null) => {
    if (!id) return;
    void rpcError.attempt(async () => {
      const o = await client.fetchQuery(rpcQuery('orders.get', { id }));
      setShipLabel(`${o.number} ${o.customerName}`);
      form.setFieldValue('deliveryAddress', o.deliveryAddress);
    });
  };

  /** Switching to drop-ship: the one order every allocation serves is the one delivered; back to us: none is. */
  const modePicked = (m: string) => {
    if (m !== 'drop_ship') return form.setFieldValue('shipOrderId', null);
    if (form.getFieldValue('shipOrderId')) return;
    const lines = (form.getFieldValue('lines') ?? []) as PoLineValues[];
    const orders = new Set(lines.flatMap((l) => (l.allocations ?? []).map((a) => a.orderId)).filter(Boolean));
    if (orders.size !== 1) return;
    const [only] = [...orders] as number[];
    form.setFieldValue('shipOrderId', only);
    shipOrderPicked(only!);
  };

  return (
    <Row gutter={16}>
      <Col span={10}>
        <Form.Item name="supplierId" label={t('fields.supplierId')}>
          <SupplierPicker
            ariaLabel={t('purchaseOrders.pickSupplier')}
            currentLabel={supplierLabel}
            disabled={readOnly}
            onChange={(id) => supplierPicked(id)}
          />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name="contactId" label={t('fields.contactId')}>
          <Select
            allowClear
            aria-label={t('purchaseOrders.contact')}
            options={(supplier.data?.contacts ?? []).map((c) => ({
              value: c.id,
              label: [c.name, c.mobile ?? c.phone].filter(Boolean).join(' '),
            }))}
          />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name="orderDate" label={t('fields.orderDate')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} aria-label={t('fields.orderDate')} />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name="expectedDate" label={t('fields.expectedDate')} {...dateProps}>
          <DatePicker style={{ width: '100%' }} aria-label={t('fields.expectedDate')} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name="priceIncludesTax" label={t('fields.priceIncludesTax')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="paymentTerms" label={t('fields.paymentTerms')}>
          <Input aria-label={t('fields.paymentTerms')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="deliveryMode" label={t('fields.deliveryMode')}>
          <Radio.Group
            onChange={(e) => modePicked(e.target.value as string)}
            options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`poMsg.deliveryMode.${m}`) }))}
          />
        </Form.Item>
      </Col>
      {mode === 'drop_ship' && (
        <Col span={10}>
          <Form.Item name="shipOrderId" label={t('fields.shipOrderId')}>
            <RemoteSelect<OrderRow>
              ariaLabel={t('purchaseOrders.pickShipOrder')}
              currentLabel={shipLabel}
              search={searchOpenOrders}
              toOption={orderOption}
              disabled={readOnly}
              onChange={(id) => shipOrderPicked(id)}
            />
          </Form.Item>
        </Col>
      )}
      <Col span={mode === 'drop_ship' ? 14 : 24}>
        <Form.Item name="deliveryAddress" label={t('fields.deliveryAddress')}>
          <Input aria-label={t('fields.deliveryAddress')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={2} aria-label={t('fields.notes')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
