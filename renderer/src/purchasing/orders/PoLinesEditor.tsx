import { DeleteOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import type { FormInstance } from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { parseDecimal, TAX_RATES } from '@shared/money';
import { NUMBER_RULES } from '@shared/number-input';
import type { ProductRow } from '@shared/products/contract';
import { restateUnitPrice } from '@shared/quotes/quote-pricing';
import { money, taxRateLabel } from '../../format';
import { onLineKeys } from '../../forms/line-keys';
import { FigureCell, TextCell } from '../../forms/LineCells';
import { RemoteSelect } from '../../forms/RemoteSelect';
import type { LivePricing } from '../../quotes/editor/live-pricing';
import { rpc } from '../../rpc/client';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';
import { PoAllocations } from './PoAllocations';
import { blankLine, type PoLineValues } from './po-form';

const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;
const productOption = (p: ProductRow) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec ?? ''}` });

const TEXTS = { name: 120, spec: 120, model: 90, unit: 50 } as const;
const FIGURES = {
  quantity: { width: 70, rule: NUMBER_RULES.quantity },
  unitPrice: { width: 96, rule: NUMBER_RULES.price },
} as const;

const dateProps = {
  getValueProps: (v?: string | null) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD') ?? null,
};

/**
 * The PO's lines: goods found by code, name or pinyin initials (at their standard cost), or typed; per line the
 * sales-order lines it serves, and its over-buy reason once the core asks for one. Errors show under the cell.
 */
export function PoLinesEditor({
  form,
  pricing,
  saved,
  asked,
  readOnly,
}: {
  form: FormInstance;
  pricing: LivePricing;
  saved: Map<number, string>;
  /** Line names whose over-buy reason the core asked for. */
  asked: Set<number>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const unit = t('wording.unitPiece');
  const lines = Form.useWatch('lines', form) as PoLineValues[] | undefined;
  const pick = (name: number, p?: ProductRow) => {
    if (!p) return;
    const line = form.getFieldValue(['lines', name]) as PoLineValues;
    const includesTax = Boolean(form.getFieldValue('priceIncludesTax'));
    const cost = parseDecimal(p.standardCost).greaterThan(0)
      ? restateUnitPrice(p.standardCost, p.taxRate, false, includesTax)
      : line.unitPrice;
    form.setFieldValue(['lines', name], {
      ...line,
      productId: p.id,
      name: p.name,
      spec: p.spec,
      unit: p.unit,
      taxRate: p.taxRate,
      unitPrice: cost,
      quantity: line.quantity || '1',
    });
  };
  return (
    <Form.List name="lines">
      {(rows, { add, remove }, { errors }) => (
        <>
          <div style={{ overflowX: 'auto' }}>
            <table
              className="edit-grid"
              data-testid="po-lines"
              onKeyDown={(e) => !readOnly && onLineKeys(e, { addLine: () => add(blankLine(unit)), pickerColumn: 1 })}
            >
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t('purchaseOrders.product')}</th>
                  <th>{t('fields.name')}</th>
                  <th>{t('fields.spec')}</th>
                  <th>{t('purchaseOrders.model')}</th>
                  <th>{t('fields.unit')}</th>
                  <th>{t('fields.quantity')}</th>
                  <th>{t('fields.unitPrice')}</th>
                  <th>{t('fields.taxRate')}</th>
                  <th className="num">{t('purchaseOrders.amount')}</th>
                  <th>{t('purchaseOrders.lineExpected')}</th>
                  <th>{t('purchaseOrders.forOrders')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const reason = lines?.[row.name]?.overReason;
                  const showReason = asked.has(row.name) || Boolean(reason);
                  return (
                    <tr key={row.key}>
                      <td>{i + 1}</td>
                      <td>
                        <Form.Item name={[row.name, 'productId']} className="line-cell">
                          <RemoteSelect<ProductRow>
                            style={{ width: 140 }}
                            ariaLabel={`${t('purchaseOrders.pickProduct')} ${i + 1}`}
                            currentLabel={lines?.[row.name]?.name}
                            search={searchProducts}
                            toOption={productOption}
                            onChange={(_id, p) => pick(row.name, p)}
                            disabled={readOnly}
                          />
                        </Form.Item>
                      </td>
                      {(['name', 'spec', 'model', 'unit'] as const).map((f) => (
                        <td key={f}>
                          <TextCell
                            name={[row.name, f]}
                            label={f === 'model' ? t('purchaseOrders.model') : t(`fields.${f}`)}
                            ariaLabel={`${f === 'model' ? t('purchaseOrders.model') : t(`fields.${f}`)} ${i + 1}`}
                            width={TEXTS[f]}
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
                        <Form.Item name={[row.name, 'taxRate']} className="line-cell">
                          <Select
                            style={{ width: 72 }}
                            aria-label={`${t('fields.taxRate')} ${i + 1}`}
                            options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
                          />
                        </Form.Item>
                      </td>
                      <td className="num" data-testid={`po-line-gross-${i + 1}`}>
                        {pricing.lines[i] && !pricing.incomplete.includes(i + 1) ? money(pricing.lines[i]!.gross) : '—'}
                      </td>
                      <td>
                        <Form.Item name={[row.name, 'expectedDate']} className="line-cell" {...dateProps}>
                          <DatePicker
                            style={{ width: 120 }}
                            aria-label={`${t('purchaseOrders.lineExpected')} ${i + 1}`}
                          />
                        </Form.Item>
                      </td>
                      <td>
                        <PoAllocations form={form} line={row.name} index={i + 1} saved={saved} readOnly={readOnly} />
                        <Form.Item
                          name={[row.name, 'overReason']}
                          className="line-cell"
                          hidden={!showReason}
                          style={{ width: 300 }}
                        >
                          <Input
                            aria-label={`${t('purchaseOrders.overReason')} ${i + 1}`}
                            placeholder={t('purchaseOrders.overReason')}
                          />
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
          </div>
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <Button style={{ marginTop: 8 }} onClick={() => add(blankLine(unit))}>
              {t('purchaseOrders.addLine')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
