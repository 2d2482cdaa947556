import { DeleteOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Select from 'antd/es/select';
import type { FormInstance } from 'antd/es/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatPrice, TAX_RATES } from '@shared/money';
import type { LastPrice } from '@shared/orders/direct-contract';
import type { ProductRow } from '@shared/products/contract';
import { NUMBER_RULES } from '@shared/number-input';
import { QUOTE_LINE_KINDS, restateUnitPrice } from '@shared/quotes/quote-pricing';
import { money, taxRateLabel } from '../format';
import { FigureCell, TextCell } from '../forms/LineCells';
import { RemoteSelect } from '../forms/RemoteSelect';
import type { LivePricing } from '../quotes/editor/live-pricing';
import { rpc } from '../rpc/client';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';
import { lineFromLastPrice } from './LastPricesDialog';
import { usePasteLines } from '../paste/usePasteLines';
import { onLineKeys } from '../forms/line-keys';

const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;
const productOption = (p: ProductRow) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec ?? ''}` });

const WIDTHS = { name: 130, brand: 80, spec: 150, unit: 50 } as const;
const FIGURES = {
  quantity: { width: 70, rule: NUMBER_RULES.quantity },
  unitPrice: { width: 96, rule: NUMBER_RULES.price },
} as const;

/**
 * The order's lines: goods picked from products (at the customer's last price when there is one, else the list
 * price), typed, or carried from last prices; discounts and freight as lines. Errors show under the cell.
 */
export function DirectOrderLines({
  form,
  pricing,
  lastPrices,
  readOnly,
}: {
  form: FormInstance;
  pricing: LivePricing;
  lastPrices: Map<number, LastPrice>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const includesTax = () => Boolean(form.getFieldValue('priceIncludesTax'));
  // Rows pasted from Excel (a faxed or mailed order list) join the lines, at the customer's last price when the
  // paste has none; an untouched blank first line gives way.
  const paste = usePasteLines({
    disabled: readOnly,
    terms: () => ({
      priceIncludesTax: includesTax(),
      knownPrice: (p) => {
        const last = lastPrices.get(p.id);
        return last ? lineFromLastPrice(last, includesTax()).unitPrice : null;
      },
    }),
    onAdd: (lines) => {
      const kept = ((form.getFieldValue('lines') ?? []) as { name?: string }[]).filter((l) => l.name);
      const added = lines.map(({ listPrice: _l, leadTime: _t, note: _n, ...line }) => ({ ...line, dueDate: null }));
      form.setFieldValue('lines', [...kept, ...added]);
    },
  });
  const goodsLine = () => ({
    kind: 'item',
    unit: t('wording.unitPiece'),
    taxRate: '0.13',
    quantity: '1',
    unitPrice: '0',
  });
  const pick = (index: number, p?: ProductRow) => {
    if (!p) return;
    const last = lastPrices.get(p.id);
    const line = form.getFieldValue(['lines', index]) as Record<string, unknown>;
    form.setFieldValue(['lines', index], {
      ...line,
      ...(last
        ? lineFromLastPrice(last, includesTax())
        : {
            productId: p.id,
            name: p.name,
            brand: p.brand,
            spec: p.spec,
            unit: p.unit,
            taxRate: p.taxRate,
            // List prices are net; a tax-included order shows them with tax.
            unitPrice: restateUnitPrice(p.listPrice, p.taxRate, false, includesTax()),
          }),
      quantity: line.quantity ?? '1',
    });
  };
  return (
    <Form.List name="lines">
      {(rows, { add, remove }, { errors }) => (
        <div onPaste={paste.onPaste}>
          <table
            className="edit-grid"
            data-testid="order-lines"
            onKeyDown={(e) => !readOnly && onLineKeys(e, { addLine: () => add(goodsLine()), pickerColumn: 2 })}
          >
            <thead>
              <tr>
                <th>#</th>
                <th>{t('fields.kind')}</th>
                <th>{t('directOrders.product')}</th>
                <th>{t('fields.name')}</th>
                <th>{t('fields.brand')}</th>
                <th>{t('fields.spec')}</th>
                <th>{t('fields.unit')}</th>
                <th>{t('fields.quantity')}</th>
                <th>{t('fields.unitPrice')}</th>
                <th>{t('fields.taxRate')}</th>
                <th className="num">{t('directOrders.amount')}</th>
                <th>{t('directOrders.lastPrice')}</th>
                <th>{t('directOrders.lineDue')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const productId = form.getFieldValue(['lines', row.name, 'productId']) as number | null | undefined;
                const last = productId ? lastPrices.get(productId) : undefined;
                return (
                  <tr key={row.key}>
                    <td>{i + 1}</td>
                    <td>
                      <Form.Item name={[row.name, 'kind']} style={{ margin: 0 }}>
                        <Select
                          style={{ width: 72 }}
                          aria-label={`${t('fields.kind')} ${i + 1}`}
                          options={QUOTE_LINE_KINDS.map((k) => ({ value: k, label: t(`quotes.kinds.${k}`) }))}
                        />
                      </Form.Item>
                    </td>
                    <td>
                      <Form.Item name={[row.name, 'productId']} style={{ margin: 0 }}>
                        <RemoteSelect<ProductRow>
                          style={{ width: 160 }}
                          ariaLabel={`${t('directOrders.product')} ${i + 1}`}
                          search={searchProducts}
                          toOption={productOption}
                          onChange={(_id, p) => pick(i, p)}
                          disabled={readOnly}
                        />
                      </Form.Item>
                    </td>
                    {(['name', 'brand', 'spec', 'unit'] as const).map((f) => (
                      <td key={f}>
                        <TextCell
                          name={[row.name, f]}
                          label={t(`fields.${f}`)}
                          ariaLabel={`${t(`fields.${f}`)} ${i + 1}`}
                          width={WIDTHS[f]}
                          required={f === 'name' || f === 'unit'}
                        />
                      </td>
                    ))}
                    {(['quantity', 'unitPrice'] as const).map((f) => (
                      <td key={f}>
                        <FigureCell
                          name={[row.name, f]}
                          rule={FIGURES[f].rule}
                          label={t(`fields.${f}`)}
                          ariaLabel={`${t(`fields.${f}`)} ${i + 1}`}
                          width={FIGURES[f].width}
                        />
                      </td>
                    ))}
                    <td>
                      <Form.Item name={[row.name, 'taxRate']} style={{ margin: 0 }}>
                        <Select
                          style={{ width: 72 }}
                          aria-label={`${t('fields.taxRate')} ${i + 1}`}
                          options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
                        />
                      </Form.Item>
                    </td>
                    <td className="num">
                      {pricing.lines[i] && !pricing.incomplete.includes(i + 1) ? money(pricing.lines[i]!.gross) : '—'}
                    </td>
                    <td>
                      {last && (
                        <Button
                          size="small"
                          type="link"
                          disabled={readOnly}
                          title={t('directOrders.lastPriceFrom', { date: last.date, number: last.number })}
                          onClick={() =>
                            form.setFieldValue(
                              ['lines', row.name, 'unitPrice'],
                              lineFromLastPrice(last, includesTax()).unitPrice,
                            )
                          }
                        >
                          {formatPrice(lineFromLastPrice(last, includesTax()).unitPrice)}
                        </Button>
                      )}
                    </td>
                    <td>
                      <Form.Item
                        name={[row.name, 'dueDate']}
                        style={{ margin: 0 }}
                        getValueProps={(v?: string | null) => ({ value: v ? dayjs(v) : null })}
                        normalize={(d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null}
                      >
                        <DatePicker style={{ width: 120 }} aria-label={`${t('directOrders.lineDue')} ${i + 1}`} />
                      </Form.Item>
                    </td>
                    <td>
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={`${t('common.remove')} ${i + 1}`}
                        onClick={() => remove(row.name)}
                        disabled={readOnly}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <div style={{ marginTop: 8, display: 'flex', gap: 8 }}>
              <Button onClick={() => add(goodsLine())}>{t('directOrders.addLine')}</Button>
              <Button
                onClick={() =>
                  add({
                    kind: 'discount',
                    name: t('wording.discountLine'),
                    unit: t('wording.unitLot'),
                    taxRate: '0.13',
                    quantity: '1',
                    unitPrice: '0',
                  })
                }
              >
                {t('directOrders.addDiscount')}
              </Button>
              <Button
                onClick={() =>
                  add({
                    kind: 'freight',
                    name: t('wording.freightLine'),
                    unit: t('wording.unitLot'),
                    taxRate: '0.09',
                    quantity: '1',
                    unitPrice: '0',
                  })
                }
              >
                {t('directOrders.addFreight')}
              </Button>
              {paste.buttons}
            </div>
          )}
          {paste.dialog}
        </div>
      )}
    </Form.List>
  );
}
