import { ArrowUpOutlined, DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Divider from 'antd/es/divider';
import Form from 'antd/es/form';
import List from 'antd/es/list';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ATTACHMENT_MIME } from '@shared/attachments/contract';
import { LIBRARY_KINDS, libraryItemInput, type LibraryItemOut } from '@shared/bids/library/contract';
import { fenToYuan, yuanToFen } from '@shared/money';
import { refreshShownErrors } from '../../forms/field-errors';
import { useSession } from '../../auth/session-context';
import { readFileBase64 } from '../../files/file-transfer';
import { FieldGrid } from '../../forms/FieldGrid';
import { validateWith } from '../../forms/zod-form';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { DayField } from '../date-fields';
import { AttachmentImage } from './AttachmentImage';
import { ExpiryTag } from './LibraryPage';
import { TenderPicker } from './TenderPicker';
import { makeThumbnail } from './thumbnails';

const UPLOADABLE = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'video/mp4'] as const;
type Uploadable = (typeof UPLOADABLE)[number] & (typeof ATTACHMENT_MIME)[number];

/** New or edit: the item's particulars, then its files (with thumbnails made here, in the renderer). */
export function LibraryItemDialog({ id, onClose }: { id: number | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const rpcError = useRpcError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [itemId, setItemId] = useState<number | null>(id);
  const item = useQuery({ ...rpcQuery('bids.library.get', { id: itemId ?? 0 }), enabled: itemId !== null });
  const kind = Form.useWatch('kind', form) as string | undefined;
  const input = useRef<HTMLInputElement>(null);
  const [role, setRole] = useState<'main' | 'photo'>('main');
  const [busy, setBusy] = useState(false);
  const write = can('bids.write');
  const refresh = async () => {
    await invalidateRpc(queryClient, 'bids.library.get');
    await invalidateRpc(queryClient, 'bids.library.list');
  };

  async function save() {
    const raw = form.getFieldsValue(true) as Record<string, unknown>;
    const data = validateWith(form, libraryItemInput, {
      ...raw,
      caseAmount: raw.caseAmountYuan ? yuanToFen(String(raw.caseAmountYuan)) : null,
    });
    if (!data) return;
    try {
      const current = item.data;
      const saved: LibraryItemOut = current
        ? await rpc('bids.library.update', { id: current.id, lockVersion: current.lockVersion, data })
        : await rpc('bids.library.create', data);
      message.success(t('common.saved'));
      setItemId(saved.id);
      await refresh();
    } catch (err) {
      rpcError.show(err, form);
    }
  }

  async function upload(file: File) {
    if (!itemId) return;
    const mime = file.type as Uploadable;
    if (!UPLOADABLE.includes(mime)) {
      void message.error(t('library.fileTypeRefused'));
      return;
    }
    setBusy(true);
    try {
      const stored = await rpc('attachments.upload', {
        filename: file.name,
        mime,
        dataBase64: await readFileBase64(file),
      });
      const png = await makeThumbnail(file);
      const thumb = png
        ? await rpc('attachments.upload', { filename: `${file.name}.thumb.png`, mime: 'image/png', dataBase64: png })
        : null;
      await rpc('bids.library.addFile', {
        libraryItemId: itemId,
        attachmentId: stored.id,
        fileRole: role,
        thumbnailAttachmentId: thumb?.id ?? null,
      });
      await refresh();
    } catch (err) {
      rpcError.show(err);
    } finally {
      setBusy(false);
    }
  }

  const files = item.data?.files ?? [];
  const moveUp = (index: number) => {
    const ids = files.map((f) => f.id);
    [ids[index - 1], ids[index]] = [ids[index]!, ids[index - 1]!];
    void rpcError
      .attempt(() => rpc('bids.library.reorderFiles', { libraryItemId: itemId!, fileIds: ids }))
      .then(refresh);
  };
  const ready = itemId === null || item.data;
  return (
    <Modal
      open
      width={860}
      title={item.data?.name ?? t('library.newItem')}
      onOk={write ? () => void save() : onClose}
      onCancel={onClose}
    >
      {ready && (
        <Form
          form={form}
          layout="vertical"
          onValuesChange={(changed) => refreshShownErrors(form, changed)}
          initialValues={
            item.data
              ? {
                  ...item.data,
                  caseAmountYuan: item.data.caseAmount === null ? '' : fenToYuan(item.data.caseAmount),
                }
              : { kind: 'qualification', tags: [] }
          }
        >
          <FieldGrid
            fields={[
              {
                name: 'kind',
                label: 'fields.kind',
                span: 6,
                input: <Select options={LIBRARY_KINDS.map((k) => ({ value: k, label: t(`library.kind.${k}`) }))} />,
              },
              { name: 'name', label: 'fields.name', span: 18, required: true },
              { name: 'issuedBy', label: 'fields.issuedBy', span: 12 },
              { name: 'number', label: 'fields.number', span: 12 },
              { name: 'validFrom', label: 'fields.validFrom', span: 6, input: <DayField /> },
              { name: 'validTo', label: 'fields.validTo', span: 6, input: <DayField /> },
              ...(kind === 'authorisation'
                ? [
                    { name: 'brand', label: 'fields.brand', span: 12 },
                    { name: 'tenderId', label: 'fields.tenderId', span: 12, input: <TenderPicker /> },
                  ]
                : []),
              ...(kind === 'case'
                ? [
                    { name: 'caseCustomer', label: 'fields.caseCustomer', span: 12 },
                    { name: 'caseAmountYuan', label: 'library.caseAmountYuan', span: 6 },
                    { name: 'caseDate', label: 'fields.caseDate', span: 6, input: <DayField /> },
                  ]
                : []),
              {
                name: 'tags',
                label: 'fields.tags',
                span: 24,
                extra: 'library.tagsHint',
                input: <Select mode="tags" tokenSeparators={[',', '，', ' ']} />,
              },
              { name: 'notes', label: 'fields.notes', span: 24 },
            ]}
          />
        </Form>
      )}
      {item.data && (
        <>
          <Divider titlePlacement="start">
            {t('library.files')} <ExpiryTag expiry={item.data.expiry} />
          </Divider>
          <List
            size="small"
            dataSource={files}
            renderItem={(f, i) => (
              <List.Item
                actions={
                  write
                    ? [
                        <Button
                          key="up"
                          size="small"
                          icon={<ArrowUpOutlined />}
                          disabled={i === 0}
                          onClick={() => moveUp(i)}
                        />,
                        <Button
                          key="del"
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() =>
                            void rpcError.attempt(() => rpc('bids.library.removeFile', { fileId: f.id })).then(refresh)
                          }
                        />,
                      ]
                    : []
                }
              >
                <Space>
                  {f.thumbnailAttachmentId ? <AttachmentImage id={f.thumbnailAttachmentId} size={56} /> : null}
                  <span>{f.filename}</span>
                  <span style={{ color: '#888' }}>{t(`library.fileRole.${f.fileRole}`)}</span>
                </Space>
              </List.Item>
            )}
          />
          {write && (
            <Space style={{ marginTop: 8 }}>
              <Select
                value={role}
                onChange={setRole}
                style={{ width: 130 }}
                options={(['main', 'photo'] as const).map((r) => ({ value: r, label: t(`library.fileRole.${r}`) }))}
              />
              <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
                {t('library.upload')}
              </Button>
              <input
                ref={input}
                type="file"
                hidden
                accept={UPLOADABLE.join(',')}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void upload(file);
                }}
              />
            </Space>
          )}
        </>
      )}
    </Modal>
  );
}
