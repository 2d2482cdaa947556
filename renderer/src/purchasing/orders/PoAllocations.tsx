import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import type { FormInstance } from 'antd/es/form';
import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';
import { NUMBER_RULES } from '@shared/number-input';
import type { OrderRow } from '@shared/orders/contract';
import { qty } from '../../format';
import { FigureCell } from '../../forms/LineCells';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';
import { stillNeeded, type AllocationValues, type PoLineValues } from './po-form';
import './po-editor.css';

/** Sales orders a PO may buy for: agreed and still being delivered, found by number or customer. */
export const searchOpenOrders = async (q: string) =>
  (await rpc('orders.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { status: ['confirmed', 'partial'] } })).rows;
export const orderOption = (o: OrderRow) => ({ value: o.id, label: `${o.number} ${o.customerName}` });

/**
 * A PO line's allocations: per sales-order line it serves (the order, then its goods line, showing what that line
 * still needs), how much of this line goes to it.
 */
export function PoAllocations({
  form,
  line,
  index,
  saved,
  readOnly,
}: {
  form: FormInstance;
  /** The line's name in the form's list. */
  line: number;
  /** 1-based, for labels. */
  index: number;
  /** What the saved PO already gives each order line (added back to what it still needs). */
  saved: Map<number, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={[line, 'allocations']}>
      {(rows, { add, remove }) => (
        <div className="po-allocations">
          {rows.map((row, j) => (
            <AllocationRow
              key={row.key}
              form={form}
              path={['lines', line, 'allocations', row.name]}
              name={row.name}
              label={`${index}.${j + 1}`}
              saved={saved}
              readOnly={readOnly}
              onRemove={() => remove(row.name)}
            />
          ))}
          {!readOnly && (
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              aria-label={`${t('purchaseOrders.addAllocation')} ${index}`}
              onClick={() => {
                const shipOrderId = form.getFieldValue('shipOrderId') as number | null | undefined;
                add({ orderId: shipOrderId ?? null, orderLineId: null, quantity: '' } satisfies AllocationValues);
              }}
            >
              {t('purchaseOrders.addAllocation')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

function AllocationRow({
  form,
  path,
  name,
  label,
  saved,
  readOnly,
  onRemove,
}: {
  form: FormInstance;
  path: (string | number)[];
  name: number;
  label: string;
  saved: Map<number, string>;
  readOnly: boolean;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const orderId = Form.useWatch([...path, 'orderId'], form) as number | null | undefined;
  const orderLineId = Form.useWatch([...path, 'orderLineId'], form) as number | null | undefined;
  const purchase = useQuery({
    ...rpcQuery('purchasing.orders.forSalesOrder', { orderId: orderId ?? 0 }),
    enabled: Boolean(orderId),
  });
  const lines = purchase.data?.lines ?? [];
  const chosen = lines.find((l) => l.orderLineId === orderLineId);
  const needed = chosen ? stillNeeded(chosen, saved.get(chosen.orderLineId)) : null;

  /** A line picked: its goods fill an empty PO line, and its need an empty quantity. */
  const pickLine = (id: number) => {
    const l = lines.find((x) => x.orderLineId === id);
    if (!l) return;
    const poLinePath = path.slice(0, 2);
    const poLine = form.getFieldValue(poLinePath) as PoLineValues;
    const need = stillNeeded(l, saved.get(l.orderLineId));
    if (!poLine.name)
      form.setFieldValue(poLinePath, {
        ...poLine,
        productId: l.productId,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        quantity: need === '0' ? poLine.quantity : need,
      });
    if (!form.getFieldValue([...path, 'quantity']) && need !== '0') form.setFieldValue([...path, 'quantity'], need);
  };

  return (
    <div className="po-allocation" data-testid={`allocation-${label}`}>
      <Form.Item name={[name, 'orderId']} className="line-cell" style={{ width: 140 }}>
        <RemoteSelect<OrderRow>
          style={{ width: 140 }}
          ariaLabel={`${t('purchaseOrders.allocOrder')} ${label}`}
          currentLabel={form.getFieldValue([...path, 'orderNumber']) as string | undefined}
          search={searchOpenOrders}
          toOption={orderOption}
          disabled={readOnly}
          onChange={(_id, o) => {
            form.setFieldValue([...path, 'orderNumber'], o?.number);
            form.setFieldValue([...path, 'orderLineId'], null);
          }}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'orderLineId']}
        className="line-cell"
        style={{ width: 170 }}
        extra={
          chosen &&
          needed !== null && (
            <span data-testid={`still-needed-${label}`}>
              {t('purchaseOrders.stillNeeded', { quantity: qty(needed), unit: chosen.unit })}
            </span>
          )
        }
      >
        <Select
          style={{ width: 170 }}
          aria-label={`${t('purchaseOrders.allocLine')} ${label}`}
          disabled={readOnly || !orderId}
          loading={purchase.isLoading && Boolean(orderId)}
          onChange={(v: number) => pickLine(v)}
          options={lines.map((l) => ({
            value: l.orderLineId,
            label: `${l.position}. ${l.name} ${l.spec ?? ''}`,
          }))}
        />
      </Form.Item>
      <FigureCell
        name={[name, 'quantity']}
        rule={NUMBER_RULES.quantity}
        label={t('purchaseOrders.allocQuantity')}
        ariaLabel={`${t('purchaseOrders.allocQuantity')} ${label}`}
        width={70}
      />
      {!readOnly && (
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={`${t('purchaseOrders.removeAllocation')} ${label}`}
          onClick={onRemove}
        />
      )}
    </div>
  );
}
