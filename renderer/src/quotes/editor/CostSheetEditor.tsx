import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Switch from 'antd/es/switch';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { NUMBER_RULES } from '@shared/number-input';
import { COST_SOURCES } from '@shared/quotes/quote-pricing';
import { money } from '../../format';
import { FigureCell, TextCell } from '../../forms/LineCells';
import { rpcQuery } from '../../rpc/query-keys';
import type { LivePricing } from './live-pricing';

/** A cost line's quote line number: a whole number from 1, or empty for an overhead. */
const LINE_NO = { decimals: 0, digits: 3, zero: false, example: '1' };

/** The cost sheet: materials from the drawing, each with its unit cost and where it came from. */
export function CostSheetEditor({ pricing, readOnly }: { pricing: LivePricing; readOnly: boolean }) {
  const { t } = useTranslation();
  const includesTax = Boolean(Form.useWatch('costIncludesTax', Form.useFormInstance()));
  return (
    <>
      {/* Outside the list: inside it the switch would be a field of costLines. */}
      <Space align="center" style={{ marginBottom: 8 }} data-testid="cost-basis">
        <Form.Item name="costIncludesTax" valuePropName="checked" noStyle>
          <Switch aria-label={t('quoteRules.costIncludesTax')} />
        </Form.Item>
        <span>{t('quoteRules.costIncludesTax')}</span>
        <Typography.Text type="secondary">
          {t(includesTax ? 'quoteRules.costBasisGross' : 'quoteRules.costBasisNet')}
        </Typography.Text>
      </Space>
      <CostLines pricing={pricing} readOnly={readOnly} />
    </>
  );
}

/** The supplier a cost came from (a chosen RFQ answer names it), under the cost source. */
function CostSupplier({ row }: { row: number }) {
  // No field holds the supplier: `preserve` watches the value the form was given.
  const form = Form.useFormInstance();
  const supplierId = Form.useWatch(['costLines', row, 'supplierId'], { form, preserve: true }) as number | null;
  const supplier = useQuery({ ...rpcQuery('suppliers.get', { id: supplierId ?? 0 }), enabled: !!supplierId });
  if (!supplierId || !supplier.data) return null;
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid={`cost-supplier-${row}`}>
      {supplier.data.name}
    </Typography.Text>
  );
}

function CostLines({ pricing, readOnly }: { pricing: LivePricing; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="costLines">
      {(rows, { add, remove }) => (
        <>
          <table className="edit-grid">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('quotes.lineNo')}</th>
                <th>{t('fields.name')}</th>
                <th>{t('fields.spec')}</th>
                <th>{t('fields.unit')}</th>
                <th>{t('fields.quantity')}</th>
                <th>{t('fields.unitCost')}</th>
                <th>{t('fields.costSource')}</th>
                <th className="num">{t('quotes.cost')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key}>
                  <td>{i + 1}</td>
                  <td>
                    <FigureCell
                      name={[row.name, 'lineNo']}
                      rule={LINE_NO}
                      label={t('fields.lineNo')}
                      ariaLabel={`${t('quotes.lineNo')} ${i + 1}`}
                      width={56}
                      optional
                    />
                  </td>
                  {(['name', 'spec', 'unit'] as const).map((f) => (
                    <td key={f}>
                      <TextCell
                        name={[row.name, f]}
                        label={t(`fields.${f}`)}
                        ariaLabel={`${t(`fields.${f}`)} ${t('quotes.cost')} ${i + 1}`}
                        width={{ name: 140, spec: 160, unit: 50 }[f]}
                        required={f !== 'spec'}
                      />
                    </td>
                  ))}
                  {(['quantity', 'unitCost'] as const).map((f) => (
                    <td key={f}>
                      <FigureCell
                        name={[row.name, f]}
                        rule={f === 'quantity' ? NUMBER_RULES.quantity : NUMBER_RULES.price}
                        label={t(`fields.${f}`)}
                        ariaLabel={`${t(`fields.${f}`)} ${t('quotes.cost')} ${i + 1}`}
                        width={f === 'quantity' ? 70 : 96}
                      />
                    </td>
                  ))}
                  <td>
                    <Form.Item name={[row.name, 'costSource']} noStyle>
                      <Select
                        style={{ width: 110 }}
                        options={COST_SOURCES.map((s) => ({ value: s, label: t(`quotes.sources.${s}`) }))}
                      />
                    </Form.Item>
                    <CostSupplier row={row.name} />
                  </td>
                  <td className="num">{pricing.costLines[i] ? money(pricing.costLines[i]!.cost) : ''}</td>
                  <td>
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={`${t('common.remove')} ${t('quotes.cost')} ${i + 1}`}
                      onClick={() => remove(row.name)}
                      disabled={readOnly}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!readOnly && (
            <Button
              style={{ marginTop: 8 }}
              onClick={() =>
                add({
                  lineNo: String(1),
                  unit: t('wording.unitPiece'),
                  quantity: '1',
                  unitCost: '0',
                  costSource: 'manual',
                })
              }
            >
              {t('quotes.addCost')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
