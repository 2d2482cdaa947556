import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  FileTextOutlined,
  PaperClipOutlined,
  PlusOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Dropdown from 'antd/es/dropdown';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SECTION_GENERATORS,
  type PackageDetail,
  type SectionKind,
  type SectionOut,
} from '@shared/bids/packages/contract';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { RichTextEditor } from './RichTextEditor';

const KIND_ICONS: Record<SectionKind, ReactNode> = {
  generated: <SettingOutlined />,
  text: <FileTextOutlined />,
  attachments: <PaperClipOutlined />,
};

type Save = (action: () => Promise<PackageDetail>) => Promise<void>;

/** Picks library items by title, number, issuer or tag. */
function LibraryPicker({ onPick, disabled }: { onPick: (id: number) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery(rpcQuery('bids.packages.libraryPicker', { q }));
  return (
    <Select
      showSearch
      disabled={disabled}
      value={null}
      style={{ width: 360 }}
      placeholder={t('bidPackages.pickLibrary')}
      aria-label={t('bidPackages.pickLibrary')}
      filterOption={false}
      onSearch={setQ}
      onChange={(id: number | null) => id !== null && onPick(id)}
      options={(found.data ?? []).map((i) => ({
        value: i.id,
        label: `${i.title}${i.number ? ` ${i.number}` : ''}${i.validTo ? `（${t('bidPackages.validTo')} ${i.validTo}）` : ''}`,
      }))}
    />
  );
}

/** One part: its title, where it goes, what it answers, and its text or files. */
function SectionDetail({ p, s, save }: { p: PackageDetail; s: SectionOut; save: Save }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [body, setBody] = useState(s.bodyHtml);
  useEffect(() => {
    form.setFieldsValue({
      title: s.title,
      inOriginal: s.inOriginal,
      inCopies: s.inCopies,
      requiredDocId: s.requiredDocId,
    });
    setBody(s.bodyHtml);
  }, [form, s]);
  const disabled = !p.editable;
  const submit = async () => {
    const v = (await form.validateFields()) as {
      title: string;
      inOriginal: boolean;
      inCopies: boolean;
      requiredDocId: number | null;
    };
    await save(() =>
      rpc('bids.packages.updateSection', { id: s.id, ...v, requiredDocId: v.requiredDocId ?? null, bodyHtml: body }),
    );
  };
  const setItems = (items: { libraryItemId?: number | null; attachmentId?: number | null }[]) =>
    save(() => rpc('bids.packages.setSectionItems', { sectionId: s.id, items }));
  const current = s.items.map((i) => ({ libraryItemId: i.libraryItemId, attachmentId: i.attachmentId }));
  const move = (from: number, to: number) => {
    const next = current.slice();
    [next[from], next[to]] = [next[to]!, next[from]!];
    void setItems(next);
  };
  return (
    <Form form={form} layout="vertical" disabled={disabled}>
      <Space wrap align="end">
        <Form.Item name="title" label={t('bidPackages.sectionTitle')} rules={[{ required: true }]}>
          <Input style={{ width: 280 }} maxLength={200} />
        </Form.Item>
        <Form.Item name="requiredDocId" label={t('fields.requiredDocId')}>
          <Select
            allowClear
            style={{ width: 280 }}
            options={p.requiredDocs.map((d) => ({ value: d.id, label: d.title }))}
          />
        </Form.Item>
        <Form.Item name="inOriginal" valuePropName="checked">
          <Checkbox style={{ whiteSpace: 'nowrap' }}>{t('fields.inOriginal')}</Checkbox>
        </Form.Item>
        <Form.Item name="inCopies" valuePropName="checked">
          <Checkbox style={{ whiteSpace: 'nowrap' }}>{t('fields.inCopies')}</Checkbox>
        </Form.Item>
      </Space>
      {s.kind === 'generated' && (
        <p className="muted">
          {t('bidPackages.generatedNote', { what: t(`bidPackages.generators.${s.generator ?? 'cover'}`) })}
        </p>
      )}
      {s.kind === 'text' && <RichTextEditor key={s.id} value={s.bodyHtml} onChange={setBody} disabled={disabled} />}
      {s.kind === 'attachments' && (
        <>
          <List
            size="small"
            bordered
            dataSource={s.items}
            locale={{ emptyText: t('bidPackages.noFiles') }}
            renderItem={(item, i) => (
              <List.Item
                actions={[
                  <Button
                    key="up"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={disabled || i === 0}
                    aria-label={t('bidPackages.up')}
                    onClick={() => move(i, i - 1)}
                  />,
                  <Button
                    key="down"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('bidPackages.down')}
                    disabled={disabled || i === s.items.length - 1}
                    onClick={() => move(i, i + 1)}
                  />,
                  <Button
                    key="remove"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={disabled}
                    aria-label={t('bidPackages.remove')}
                    onClick={() => void setItems(current.filter((_, j) => j !== i))}
                  />,
                ]}
              >
                {item.title}
                {item.validTo && (
                  <span className="muted">
                    （{t('bidPackages.validTo')} {item.validTo}）
                  </span>
                )}
              </List.Item>
            )}
          />
          <div style={{ marginTop: 8 }}>
            <LibraryPicker disabled={disabled} onPick={(id) => void setItems([...current, { libraryItemId: id }])} />
          </div>
        </>
      )}
      {p.editable ? (
        <Button type="primary" style={{ marginTop: 12 }} onClick={() => void submit()} disabled={disabled}>
          {t('bidPackages.saveSection')}
        </Button>
      ) : null}
    </Form>
  );
}

/** The parts in the package's order: moved up and down, added from the menu, each opened beside the list. */
export function SectionsPanel({ p, save }: { p: PackageDetail; save: Save }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number | null>(p.sections[0]?.id ?? null);
  const current = p.sections.find((s) => s.id === selected) ?? null;
  const disabled = !p.editable;
  const add = (key: string) => {
    const [kind, generator] = key.split(':') as [SectionKind, string | undefined];
    const title = generator ? t(`bidPackages.generators.${generator}`) : t(`bidPackages.newTitle.${kind}`);
    void save(() =>
      rpc('bids.packages.addSection', {
        packageId: p.id,
        kind,
        generator: (generator ?? null) as never,
        title,
        afterId: selected,
      }),
    );
  };
  const remove = (s: SectionOut) => void save(() => rpc('bids.packages.removeSection', { id: s.id }));
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ width: 360, flex: 'none' }}>
        <Dropdown
          disabled={disabled}
          menu={{
            onClick: ({ key }) => add(key),
            items: [
              { key: 'text', label: t('bidPackages.newTitle.text'), icon: KIND_ICONS.text },
              { key: 'attachments', label: t('bidPackages.newTitle.attachments'), icon: KIND_ICONS.attachments },
              {
                key: 'generated',
                label: t('bidPackages.addGenerated'),
                icon: KIND_ICONS.generated,
                children: SECTION_GENERATORS.map((g) => ({
                  key: `generated:${g}`,
                  label: t(`bidPackages.generators.${g}`),
                })),
              },
            ],
          }}
        >
          <Button icon={<PlusOutlined />} style={{ marginBottom: 8 }}>
            {t('bidPackages.addSection')}
          </Button>
        </Dropdown>
        <List
          size="small"
          bordered
          dataSource={p.sections}
          renderItem={(s, i) => (
            <List.Item
              style={{ cursor: 'pointer', background: s.id === selected ? '#e6f4ff' : undefined }}
              onClick={() => setSelected(s.id)}
              actions={[
                <Button
                  key="up"
                  size="small"
                  type="text"
                  icon={<ArrowUpOutlined />}
                  disabled={disabled || i === 0}
                  aria-label={t('bidPackages.up')}
                  onClick={(e) => {
                    e.stopPropagation();
                    void save(() => rpc('bids.packages.moveSection', { id: s.id, direction: 'up' }));
                  }}
                />,
                <Button
                  key="down"
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('bidPackages.down')}
                  disabled={disabled || i === p.sections.length - 1}
                  onClick={(e) => {
                    e.stopPropagation();
                    void save(() => rpc('bids.packages.moveSection', { id: s.id, direction: 'down' }));
                  }}
                />,
                <Button
                  key="remove"
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  aria-label={t('bidPackages.remove')}
                  onClick={(e) => {
                    e.stopPropagation();
                    remove(s);
                  }}
                />,
              ]}
            >
              <Space size={4}>
                {KIND_ICONS[s.kind]}
                <span>{`${i + 1}. ${s.title}`}</span>
                {!s.inCopies && <Tag>{t('bidPackages.originalOnly')}</Tag>}
                {s.kind === 'attachments' && <Tag>{s.items.length}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        {current ? (
          <SectionDetail key={current.id} p={p} s={current} save={save} />
        ) : (
          <p className="muted">
            <EditOutlined /> {t('bidPackages.pickSection')}
          </p>
        )}
      </div>
    </div>
  );
}
