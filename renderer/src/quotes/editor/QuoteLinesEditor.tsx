import { DeleteOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import type { FormInstance } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAX_RATES } from '@shared/money';
import type { ProductRow } from '@shared/products/contract';
import { NUMBER_RULES } from '@shared/number-input';
import { QUOTE_LINE_KINDS, restateUnitPrice } from '@shared/quotes/quote-pricing';
import { PreviousLinesDialog } from '../PreviousLinesDialog';
import { usePasteLines } from '../../paste/usePasteLines';
import { money, taxRateLabel } from '../../format';
import { FigureCell, TextCell } from '../../forms/LineCells';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpc } from '../../rpc/client';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';
import { onLineKeys } from '../../forms/line-keys';
import type { LivePricing } from './live-pricing';

const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;
const productOption = (p: ProductRow) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec ?? ''}` });

const TEXT_WIDTHS = { name: 120, brand: 80, spec: 150, unit: 50 } as const;
const FIGURES = {
  quantity: { width: 70, rule: NUMBER_RULES.quantity },
  unitPrice: { width: 96, rule: NUMBER_RULES.price },
} as const;

/**
 * The priced lines: goods picked from products (or typed), discounts and freight as lines too. Each cell says
 * under it what is wrong ("数量须大于 0", "单价只能是数字，如 1446.40") as it is typed, and the list says when the
 * discounts exceed the goods.
 */
export function QuoteLinesEditor({
  form,
  pricing,
  readOnly,
  quoteNumber,
  openImport,
}: {
  form: FormInstance;
  pricing: LivePricing;
  readOnly: boolean;
  quoteNumber?: string;
  /** Opens the 询价清单 import at once. */
  openImport?: boolean;
}) {
  const { t } = useTranslation();
  const [previous, setPrevious] = useState(false);
  const customerId = Form.useWatch('customerId', form) as number | undefined;
  // Rows pasted from Excel or a 询价清单 join the lines; an untouched blank first line gives way.
  const paste = usePasteLines({
    disabled: readOnly,
    openImport,
    terms: () => ({ priceIncludesTax: Boolean(form.getFieldValue('priceIncludesTax')) }),
    onAdd: (lines) => {
      const kept = ((form.getFieldValue('lines') ?? []) as { name?: string }[]).filter((l) => l.name);
      form.setFieldValue('lines', [...kept, ...lines]);
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
    if (!p) return form.setFieldValue(['lines', index, 'listPrice'], null);
    // List prices are net; a tax-included quote shows them with tax.
    const price = restateUnitPrice(p.listPrice, p.taxRate, false, Boolean(form.getFieldValue('priceIncludesTax')));
    form.setFieldValue(['lines', index], {
      ...form.getFieldValue(['lines', index]),
      productId: p.id,
      name: p.name,
      brand: p.brand,
      spec: p.spec,
      unit: p.unit,
      taxRate: p.taxRate,
      unitPrice: price,
      listPrice: p.listPrice,
    });
  };
  return (
    <Form.List name="lines">
      {(rows, { add, remove }, { errors }) => (
        <div onPaste={paste.onPaste}>
          <table
            className="edit-grid"
            onKeyDown={(e) => !readOnly && onLineKeys(e, { addLine: () => add(goodsLine()), pickerColumn: 2 })}
          >
            <thead>
              <tr>
                <th>#</th>
                <th>{t('fields.kind')}</th>
                <th>{t('quotes.product')}</th>
                <th>{t('fields.name')}</th>
                <th>{t('fields.brand')}</th>
                <th>{t('fields.spec')}</th>
                <th>{t('fields.unit')}</th>
                <th>{t('fields.quantity')}</th>
                <th>{t('fields.unitPrice')}</th>
                <th>{t('fields.taxRate')}</th>
                <th className="num">{t('quotes.gross')}</th>
                <th className="num">{t('quotes.suggested')}</th>
                <th>{t('fields.leadTime')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key}>
                  <td>{i + 1}</td>
                  <td>
                    <Form.Item name={[row.name, 'kind']} noStyle>
                      <Select
                        style={{ width: 72 }}
                        options={QUOTE_LINE_KINDS.map((k) => ({ value: k, label: t(`quotes.kinds.${k}`) }))}
                      />
                    </Form.Item>
                  </td>
                  <td>
                    <Form.Item name={[row.name, 'productId']} noStyle>
                      <RemoteSelect<ProductRow>
                        style={{ width: 160 }}
                        ariaLabel={`${t('quotes.product')} ${i + 1}`}
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
                        width={TEXT_WIDTHS[f]}
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
                    <Form.Item name={[row.name, 'taxRate']} noStyle>
                      <Select
                        style={{ width: 72 }}
                        options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
                      />
                    </Form.Item>
                  </td>
                  <td className="num">
                    {pricing.lines[i] && !pricing.incomplete.includes(i + 1) ? money(pricing.lines[i]!.gross) : '—'}
                  </td>
                  <td className="num">
                    {pricing.suggestedUnitPrices[i] && (
                      <Button
                        size="small"
                        type="link"
                        disabled={readOnly}
                        onClick={() =>
                          form.setFieldValue(['lines', row.name, 'unitPrice'], pricing.suggestedUnitPrices[i])
                        }
                      >
                        {pricing.suggestedUnitPrices[i]}
                      </Button>
                    )}
                  </td>
                  <td>
                    <TextCell
                      name={[row.name, 'leadTime']}
                      label={t('fields.leadTime')}
                      ariaLabel={`${t('fields.leadTime')} ${i + 1}`}
                      width={70}
                    />
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
              ))}
            </tbody>
          </table>
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <Space style={{ marginTop: 8 }}>
              <Button onClick={() => add(goodsLine())}>{t('quotes.addLine')}</Button>
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
                {t('quotes.addDiscount')}
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
                {t('quotes.addFreight')}
              </Button>
              <Button disabled={!customerId} onClick={() => setPrevious(true)}>
                {t('quotes.fromPrevious')}
              </Button>
              {paste.buttons}
            </Space>
          )}
          {paste.dialog}
          {previous && customerId && (
            <PreviousLinesDialog
              customerId={customerId}
              excludeNumber={quoteNumber}
              priceIncludesTax={Boolean(form.getFieldValue('priceIncludesTax'))}
              onClose={() => setPrevious(false)}
              onAdd={(lines) => {
                // An untouched blank first line gives way to the carried lines.
                const current = (form.getFieldValue('lines') ?? []) as { name?: string }[];
                const kept = current.filter((l) => l.name);
                form.setFieldValue('lines', [...kept, ...lines]);
                setPrevious(false);
              }}
            />
          )}
        </div>
      )}
    </Form.List>
  );
}
