import { BulbOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Form, { type FormInstance } from 'antd/es/form';
import Input from 'antd/es/input';
import Popover from 'antd/es/popover';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEVIATION_KINDS,
  type DeviationInput,
  type DeviationSheet,
  type PackageDetail,
} from '@shared/bids/packages/contract';
import { refreshShownErrors } from '../../forms/field-errors';
import { rpc } from '../../rpc/client';
import { RemoteSelect } from '../../forms/RemoteSelect';

const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, page: 1, pageSize: 20, filters: { active: true } })).rows;

type Save = (action: () => Promise<PackageDetail>, form?: FormInstance) => Promise<void>;

/** The answers kept for the line's product: one click puts one into the line. */
function KeptAnswers({
  productId,
  sheet,
  requirement,
  onUse,
}: {
  productId: number;
  sheet: DeviationSheet;
  requirement: string;
  onUse: (a: {
    response: string;
    deviation: DeviationInput['deviation'];
    note: string | null;
    requirement: string;
  }) => void;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Awaited<ReturnType<typeof rpc<'bids.packages.deviationAnswers'>>>>([]);
  return (
    <Popover
      trigger="click"
      onOpenChange={(open) => {
        if (open) void rpc('bids.packages.deviationAnswers', { productId, sheet, requirement }).then(setAnswers);
      }}
      content={
        <div style={{ maxWidth: 480 }}>
          {answers.length === 0 && t('bidPackages.noKept')}
          {answers.map((a) => (
            <p key={a.id}>
              <Button size="small" type="link" onClick={() => onUse(a)}>
                {t('bidPackages.useKept')}
              </Button>
              {a.requirement} → {a.response}（{t(`bidPackages.deviation.${a.deviation}`)}）
            </p>
          ))}
        </div>
      }
    >
      <Button size="small" type="text" icon={<BulbOutlined />} aria-label={t('bidPackages.keptAnswers')} />
    </Popover>
  );
}

/** 技术偏离表 or 商务偏离表: clause, requirement, our response, deviation, note and the product it is about. */
export function DeviationsPanel({ p, sheet, save }: { p: PackageDetail; sheet: DeviationSheet; save: Save }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const lines = p.deviations.filter((d) => d.sheet === sheet);
  useEffect(() => {
    form.setFieldsValue({
      lines: lines.map((d) => ({
        productId: d.productId,
        clause: d.clause,
        requirement: d.requirement,
        response: d.response,
        deviation: d.deviation,
        note: d.note,
      })),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, p.deviations, sheet]);
  const submit = () =>
    void save(
      () =>
        rpc('bids.packages.saveDeviations', {
          packageId: p.id,
          sheet,
          lines: (form.getFieldValue('lines') as DeviationInput[] | undefined) ?? [],
        }),
      form,
    );
  return (
    <Form
      form={form}
      disabled={!p.editable}
      component={false}
      onValuesChange={(changed) => refreshShownErrors(form, changed)}
    >
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              locale={{ emptyText: t('bidPackages.noDeviations') }}
              columns={[
                { title: '#', width: 40, render: (_v, _f, i) => i + 1 },
                {
                  title: t('fields.productId'),
                  width: 200,
                  render: (_v, f) => (
                    <Form.Item name={[f.name, 'productId']} style={{ margin: 0 }}>
                      <RemoteSelect
                        search={searchProducts}
                        toOption={(x) => ({ value: x.id, label: `${x.name} ${x.spec ?? ''}` })}
                        currentLabel={lines[f.name]?.productName ?? undefined}
                      />
                    </Form.Item>
                  ),
                },
                ...(['clause', 'requirement', 'response'] as const).map((c) => ({
                  title: t(`bidPackages.dev.${c}`),
                  width: c === 'clause' ? 80 : 260,
                  render: (_v: unknown, f: (typeof fields)[number]) => (
                    <Form.Item name={[f.name, c]} style={{ margin: 0 }}>
                      {c === 'clause' ? <Input maxLength={40} /> : <Input.TextArea autoSize maxLength={1000} />}
                    </Form.Item>
                  ),
                })),
                {
                  title: t('fields.deviation'),
                  width: 110,
                  render: (_v, f) => (
                    <Form.Item name={[f.name, 'deviation']} style={{ margin: 0 }} initialValue="none">
                      <Select
                        options={DEVIATION_KINDS.map((k) => ({ value: k, label: t(`bidPackages.deviation.${k}`) }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('bidPackages.dev.note'),
                  width: 140,
                  render: (_v, f) => (
                    <Form.Item name={[f.name, 'note']} style={{ margin: 0 }}>
                      <Input maxLength={200} />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  width: 80,
                  render: (_v, f) => (
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const line = form.getFieldValue(['lines', f.name]) as DeviationInput | undefined;
                        return (
                          <Space size={0}>
                            {line?.productId ? (
                              <KeptAnswers
                                productId={line.productId}
                                sheet={sheet}
                                requirement={line.requirement ?? ''}
                                onUse={(a) =>
                                  form.setFieldValue(['lines', f.name], {
                                    ...line,
                                    requirement: line.requirement || a.requirement,
                                    response: a.response,
                                    deviation: a.deviation,
                                    note: a.note,
                                  })
                                }
                              />
                            ) : null}
                            <Button
                              size="small"
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('bidPackages.remove')}
                              onClick={() => remove(f.name)}
                            />
                          </Space>
                        );
                      }}
                    </Form.Item>
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 8 }}>
              <Button icon={<PlusOutlined />} onClick={() => add({ deviation: 'none' })}>
                {t('bidPackages.addLine')}
              </Button>
              <Button type="primary" onClick={submit}>
                {t('bidPackages.saveLines')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
