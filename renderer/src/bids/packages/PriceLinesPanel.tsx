import { DeleteOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Form, { type FormInstance } from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageDetail, PriceLineInput } from '@shared/bids/packages/contract';
import { refreshShownErrors } from '../../forms/field-errors';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { money } from '../../format';

type Save = (action: () => Promise<PackageDetail>, form?: FormInstance) => Promise<void>;

const COLUMNS = ['name', 'brand', 'model', 'maker', 'unit', 'quantity', 'unitPrice', 'note'] as const;
const WIDTHS: Record<(typeof COLUMNS)[number], number> = {
  name: 140,
  brand: 80,
  model: 130,
  maker: 110,
  unit: 56,
  quantity: 70,
  unitPrice: 100,
  note: 100,
};
/** Figures typed in the grid read right-aligned, as the 合价 beside them. */
const FIGURES = new Set<string>(['quantity', 'unitPrice']);

/**
 * 分项报价表 as a grid: every cell is a form field, so a refused figure is said beside its cell. The 合价 shown are
 * those the core stored (bidLineAmount); the total and 大写 are the package's, from bidTotal.
 */
export function PriceLinesPanel({ p, save }: { p: PackageDetail; save: Save }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [quoteQ, setQuoteQ] = useState('');
  const quotes = useQuery(rpcQuery('quotes.list', { q: quoteQ, page: 1, pageSize: 20 }));
  useEffect(() => {
    form.setFieldsValue({
      lines: p.priceLines.map((l) => ({
        productId: l.productId,
        quoteLineId: l.quoteLineId,
        name: l.name,
        brand: l.brand,
        model: l.model,
        maker: l.maker,
        unit: l.unit,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        note: l.note,
      })),
    });
  }, [form, p.priceLines]);
  const disabled = !p.editable;
  const submit = () => {
    const lines = (form.getFieldValue('lines') as PriceLineInput[] | undefined) ?? [];
    void save(() => rpc('bids.packages.savePriceLines', { packageId: p.id, lines }), form);
  };
  return (
    <Form
      form={form}
      disabled={disabled}
      component={false}
      // A corrected cell loses its error as it is typed; the next save checks it again.
      onValuesChange={(changed) => refreshShownErrors(form, changed)}
    >
      <Form.List name="lines">
        {(fields, { add, remove, move }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              // Fits a 1280-wide screen with the menu open; narrower, it scrolls with 合价 kept in view.
              scroll={{ x: 1028 }}
              columns={[
                { title: '#', width: 36, render: (_v, _f, i) => i + 1 },
                ...COLUMNS.map((c) => ({
                  title: t(`bidPackages.line.${c}`),
                  width: WIDTHS[c],
                  render: (_v: unknown, f: (typeof fields)[number], i: number) => (
                    <Form.Item name={[f.name, c]} style={{ margin: 0 }}>
                      <Input
                        maxLength={c === 'note' ? 200 : 100}
                        aria-label={`${t(`bidPackages.line.${c}`)} ${i + 1}`}
                        style={FIGURES.has(c) ? { textAlign: 'right' } : undefined}
                      />
                    </Form.Item>
                  ),
                })),
                {
                  title: t('bidPackages.line.amount'),
                  width: 110,
                  align: 'right' as const,
                  fixed: 'right' as const,
                  render: (_v, _f, i) => {
                    const stored = p.priceLines[i];
                    return stored ? money(stored.amountFen) : '';
                  },
                },
                {
                  title: '',
                  width: 96,
                  fixed: 'right' as const,
                  render: (_v, f, i) => (
                    <Space size={0}>
                      <Button size="small" type="text" disabled={i === 0} onClick={() => move(i, i - 1)}>
                        ↑
                      </Button>
                      <Button
                        size="small"
                        type="text"
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      >
                        ↓
                      </Button>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('bidPackages.remove')}
                      />
                    </Space>
                  ),
                },
              ]}
            />
            <Space wrap style={{ marginTop: 8 }}>
              <Button icon={<PlusOutlined />} onClick={() => add({ unit: '台', quantity: '1', unitPrice: '' })}>
                {t('bidPackages.addLine')}
              </Button>
              <Button type="primary" onClick={submit}>
                {t('bidPackages.saveLines')}
              </Button>
              <Select
                showSearch
                value={null}
                disabled={disabled}
                style={{ width: 320 }}
                placeholder={
                  <>
                    <ImportOutlined /> {t('bidPackages.importQuote')}
                  </>
                }
                filterOption={false}
                onSearch={setQuoteQ}
                onChange={(quoteId: number | null) =>
                  quoteId !== null && void save(() => rpc('bids.packages.importQuote', { packageId: p.id, quoteId }))
                }
                options={(quotes.data?.rows ?? []).map((q) => ({
                  value: q.id,
                  label: `${q.number} V${q.version} ${q.customerName} ${money(q.gross)}`,
                }))}
              />
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
