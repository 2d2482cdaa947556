import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Col from 'antd/es/col';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import List from 'antd/es/list';
import Radio from 'antd/es/radio';
import Row from 'antd/es/row';
import Space from 'antd/es/space';
import Switch from 'antd/es/switch';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useEffect, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Out } from '@shared/contracts';
import { QUOTE_COLUMNS, quoteFormatInput, type QuoteColumn, type QuoteFormatInput } from '@shared/quotes/contract';
import { useSession } from '../auth/session-context';
import { usePdfPreview } from '../docs/usePdfPreview';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc, rpcQuery } from '../rpc/query-keys';

type Saved = Out<'quotes.formats.list'>[number];
type Term = QuoteFormatInput['terms'][number];
const TERMS: Term[] = ['validity', 'taxStatement', 'leadTime', 'paymentTerms', 'warranty'];
const DEFAULT_WIDTH: Record<QuoteColumn, number> = {
  index: 10,
  name: 30,
  brand: 18,
  spec: 36,
  unit: 10,
  quantity: 14,
  unitPrice: 20,
  amount: 22,
  taxRate: 12,
  tax: 18,
  leadTime: 16,
  note: 24,
};

/** Every column in the designer: the shown ones in their order, then the hidden ones. */
interface ColumnChoice {
  key: QuoteColumn;
  shown: boolean;
  width: number;
  label: string | null;
}
interface Draft {
  id: number | null;
  format: Omit<QuoteFormatInput, 'columns' | 'terms'>;
  columns: ColumnChoice[];
  terms: { key: Term; shown: boolean }[];
}

function toDraft(f: Saved | null): Draft {
  const shown: { key: QuoteColumn; width: number; label?: string | null }[] = f?.columns ?? [
    { key: 'index', width: 10 },
    { key: 'name', width: 30 },
    { key: 'spec', width: 36 },
    { key: 'unit', width: 10 },
    { key: 'quantity', width: 14 },
    { key: 'unitPrice', width: 20 },
    { key: 'amount', width: 22 },
  ];
  const columns: ColumnChoice[] = [
    ...shown.map((c) => ({ key: c.key, shown: true, width: c.width, label: c.label ?? null })),
    ...QUOTE_COLUMNS.filter((k) => !shown.some((c) => c.key === k)).map((k) => ({
      key: k,
      shown: false,
      width: DEFAULT_WIDTH[k],
      label: null,
    })),
  ];
  const terms = f?.terms ?? ['validity', 'taxStatement', 'leadTime', 'paymentTerms'];
  return {
    id: f?.id ?? null,
    format: f
      ? {
          name: f.name,
          title: f.title,
          orientation: f.orientation,
          showLogo: f.showLogo,
          showSeal: f.showSeal,
          sealPosition: f.sealPosition,
          extraTerms: f.extraTerms,
          isDefault: f.isDefault,
        }
      : {
          name: '',
          title: i18next.t('wording.quoteFormatTitle'),
          orientation: 'portrait',
          showLogo: true,
          showSeal: true,
          sealPosition: 'right',
          extraTerms: null,
          isDefault: false,
        },
    columns,
    terms: [
      ...terms.map((k) => ({ key: k, shown: true })),
      ...TERMS.filter((k) => !terms.includes(k)).map((k) => ({ key: k, shown: false })),
    ],
  };
}

const toInput = (d: Draft): QuoteFormatInput => ({
  ...d.format,
  columns: d.columns.filter((c) => c.shown).map((c) => ({ key: c.key, width: c.width, label: c.label })),
  terms: d.terms.filter((x) => x.shown).map((x) => x.key),
});

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** 报价格式: the sales assistant designs quote layouts without code and previews them before saving. */
export function QuoteFormatsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const formats = useQuery(rpcQuery('quotes.formats.list', {}));
  const [draft, setDraft] = useState<Draft | null>(null);
  const pdfPreview = usePdfPreview();
  const readOnly = !can('quotes.write');
  useEffect(() => {
    if (!draft && formats.data?.[0]) setDraft(toDraft(formats.data.find((f) => f.isDefault) ?? formats.data[0]));
  }, [formats.data, draft]);

  const checked = () => {
    const parsed = quoteFormatInput.safeParse(toInput(draft!));
    if (!parsed.success) message.error(t('quotes.formatInvalid'));
    return parsed.success ? parsed.data : null;
  };
  const save = useMutation({
    mutationFn: async () => {
      const format = checked();
      return format ? rpc('quotes.formats.save', { id: draft!.id, format }) : null;
    },
    onSuccess: async (saved) => {
      if (!saved) return;
      message.success(t('common.saved'));
      await invalidateRpc(queryClient, 'quotes.formats.list');
      setDraft(toDraft(saved));
    },
    onError: (err) => rpcError.show(err),
  });
  const preview = useMutation({
    mutationFn: async () => {
      const format = checked();
      return format ? rpc('quotes.formats.preview', { format }) : null;
    },
    onSuccess: (file) => {
      if (file) pdfPreview.show(file.dataBase64);
    },
    onError: (err) => rpcError.show(err),
  });

  const set = (patch: Partial<Draft['format']>) => setDraft((d) => d && { ...d, format: { ...d.format, ...patch } });
  const setColumn = (i: number, patch: Partial<ColumnChoice>) =>
    setDraft((d) => d && { ...d, columns: d.columns.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  return (
    <Row gutter={24}>
      <Col span={6}>
        <List
          size="small"
          bordered
          dataSource={formats.data ?? []}
          renderItem={(f) => (
            <List.Item
              className={draft?.id === f.id ? 'list-active' : undefined}
              style={{ cursor: 'pointer' }}
              onClick={() => setDraft(toDraft(f))}
            >
              {f.name}{' '}
              {f.isDefault && (
                <Typography.Text type="secondary">
                  {t('wording.paren', { text: t('quotes.formatDefault') })}
                </Typography.Text>
              )}
            </List.Item>
          )}
        />
        {!readOnly && (
          <Button
            style={{ marginTop: 8 }}
            icon={<PlusOutlined />}
            onClick={() =>
              setDraft({ ...toDraft(null), format: { ...toDraft(null).format, name: t('quotes.formatNewName') } })
            }
          >
            {t('quotes.formatNew')}
          </Button>
        )}
      </Col>
      <Col span={18}>
        {draft && (
          <fieldset disabled={readOnly} style={{ border: 0, padding: 0 }}>
            <Space wrap align="end" style={{ marginBottom: 12 }}>
              <label>
                {t('fields.name')}{' '}
                <Input
                  aria-label={t('quotes.formatName')}
                  value={draft.format.name}
                  onChange={(e) => set({ name: e.target.value })}
                  style={{ width: 160 }}
                />
              </label>
              <label>
                {t('quotes.formatTitle')}{' '}
                <Input
                  aria-label={t('quotes.formatTitle')}
                  value={draft.format.title}
                  onChange={(e) => set({ title: e.target.value })}
                  style={{ width: 140 }}
                />
              </label>
              <Radio.Group
                value={draft.format.orientation}
                onChange={(e) => set({ orientation: e.target.value as 'portrait' | 'landscape' })}
                optionType="button"
                options={[
                  { value: 'portrait', label: t('quotes.portrait') },
                  { value: 'landscape', label: t('quotes.landscape') },
                ]}
              />
              <Checkbox checked={draft.format.showLogo} onChange={(e) => set({ showLogo: e.target.checked })}>
                {t('quotes.showLogo')}
              </Checkbox>
              <Checkbox checked={draft.format.showSeal} onChange={(e) => set({ showSeal: e.target.checked })}>
                {t('quotes.showSeal')}
              </Checkbox>
              <Radio.Group
                disabled={!draft.format.showSeal}
                value={draft.format.sealPosition}
                onChange={(e) => set({ sealPosition: e.target.value as 'left' | 'right' })}
                options={[
                  { value: 'left', label: t('quotes.sealLeft') },
                  { value: 'right', label: t('quotes.sealRight') },
                ]}
              />
              <label>
                <Switch size="small" checked={draft.format.isDefault} onChange={(v) => set({ isDefault: v })} />{' '}
                {t('quotes.formatIsDefault')}
              </label>
            </Space>
            <Row gutter={16}>
              <Col span={15}>
                <h4>{t('quotes.formatColumns')}</h4>
                <Table<ColumnChoice>
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={draft.columns}
                  columns={[
                    {
                      title: t('quotes.formatShow'),
                      dataIndex: 'shown',
                      width: 50,
                      render: (v: boolean, c, i) => (
                        <Checkbox
                          aria-label={`${t('quotes.formatShow')} ${t(`quotes.columns.${c.key}`)}`}
                          checked={v}
                          onChange={(e) => setColumn(i, { shown: e.target.checked })}
                        />
                      ),
                    },
                    {
                      title: t('quotes.formatColumn'),
                      dataIndex: 'key',
                      render: (k: QuoteColumn) => t(`quotes.columns.${k}`),
                    },
                    {
                      title: t('quotes.formatLabel'),
                      dataIndex: 'label',
                      render: (v: string | null, c, i) => (
                        <Input
                          size="small"
                          aria-label={`${t('quotes.formatLabel')} ${t(`quotes.columns.${c.key}`)}`}
                          value={v ?? ''}
                          placeholder={t(`quotes.columns.${c.key}`)}
                          onChange={(e) => setColumn(i, { label: e.target.value || null })}
                        />
                      ),
                    },
                    {
                      title: t('quotes.formatWidth'),
                      dataIndex: 'width',
                      width: 90,
                      render: (v: number, _c, i) => (
                        <InputNumber
                          size="small"
                          min={5}
                          max={120}
                          value={v}
                          onChange={(w) => setColumn(i, { width: w ?? 5 })}
                        />
                      ),
                    },
                    {
                      title: t('quotes.formatOrder'),
                      key: 'order',
                      width: 80,
                      render: (_v, c, i) => (
                        <Space.Compact>
                          <Button
                            size="small"
                            aria-label={`${t('quotes.moveUp')} ${t(`quotes.columns.${c.key}`)}`}
                            icon={<ArrowUpOutlined />}
                            onClick={() => setDraft((d) => d && { ...d, columns: move(d.columns, i, i - 1) })}
                          />
                          <Button
                            size="small"
                            aria-label={`${t('quotes.moveDown')} ${t(`quotes.columns.${c.key}`)}`}
                            icon={<ArrowDownOutlined />}
                            onClick={() => setDraft((d) => d && { ...d, columns: move(d.columns, i, i + 1) })}
                          />
                        </Space.Compact>
                      ),
                    },
                  ]}
                />
              </Col>
              <Col span={9}>
                <h4>{t('quotes.formatTerms')}</h4>
                <List
                  size="small"
                  dataSource={draft.terms}
                  renderItem={(term, i) => (
                    <List.Item
                      actions={[
                        <Button
                          key="up"
                          size="small"
                          icon={<ArrowUpOutlined />}
                          aria-label={t('quotes.moveUp')}
                          onClick={() => setDraft((d) => d && { ...d, terms: move(d.terms, i, i - 1) })}
                        />,
                        <Button
                          key="down"
                          size="small"
                          icon={<ArrowDownOutlined />}
                          aria-label={t('quotes.moveDown')}
                          onClick={() => setDraft((d) => d && { ...d, terms: move(d.terms, i, i + 1) })}
                        />,
                      ]}
                    >
                      <Checkbox
                        checked={term.shown}
                        onChange={(e) =>
                          setDraft(
                            (d) =>
                              d && {
                                ...d,
                                terms: d.terms.map((x, j) => (j === i ? { ...x, shown: e.target.checked } : x)),
                              },
                          )
                        }
                      >
                        {t(`quotes.terms.${term.key}`)}
                      </Checkbox>
                    </List.Item>
                  )}
                />
                <h4>{t('quotes.formatExtraTerms')}</h4>
                <Input.TextArea
                  aria-label={t('quotes.formatExtraTerms')}
                  rows={5}
                  value={draft.format.extraTerms ?? ''}
                  onChange={(e) => set({ extraTerms: e.target.value || null })}
                />
              </Col>
            </Row>
            <Space style={{ marginTop: 12 }}>
              <Button loading={preview.isPending} onClick={() => preview.mutate()}>
                {t('quotes.preview')}
              </Button>
              {!readOnly && (
                <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
                  {t('quotes.formatSave')}
                </Button>
              )}
            </Space>
          </fieldset>
        )}
      </Col>
      {pdfPreview.modal}
    </Row>
  );
}
