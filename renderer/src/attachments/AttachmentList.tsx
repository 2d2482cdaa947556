import { PaperClipOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import List from 'antd/es/list';
import Tag from 'antd/es/tag';
import Upload from 'antd/es/upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MIME, type DocumentFile } from '@shared/attachments/contract';
import { downloadBase64, readFileBase64 } from '../files/file-transfer';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';

type Mime = (typeof ATTACHMENT_MIME)[number];

/**
 * The files of one document with an upload button: the file is stored once by its
 * content hash, then `link` ties it to the document (inquiry, register entry, signed receipt).
 */
export function AttachmentList({
  files,
  readOnly,
  label,
  link,
}: {
  files: DocumentFile[];
  readOnly?: boolean;
  label?: string;
  link(attachmentId: number): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    if (!(ATTACHMENT_MIME as readonly string[]).includes(file.type)) {
      message.error(t('attachments.badType', { name: file.name }));
      return;
    }
    setBusy(true);
    try {
      const stored = await rpc('attachments.upload', {
        filename: file.name,
        mime: file.type as Mime,
        dataBase64: await readFileBase64(file),
      });
      await link(stored.id);
    } catch (err) {
      rpcError.show(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <List
        size="small"
        locale={{ emptyText: t('attachments.none') }}
        dataSource={files}
        renderItem={(a) => (
          <List.Item>
            <span>
              <PaperClipOutlined />{' '}
              <a
                onClick={() =>
                  void rpcError.attempt(async () => {
                    const f = await rpc('attachments.get', { id: a.attachmentId });
                    downloadBase64(f.filename, f.dataBase64, f.mime);
                  })
                }
              >
                {a.filename}
              </a>
            </span>
            {a.label && <Tag>{a.label}</Tag>}
          </List.Item>
        )}
      />
      {!readOnly && (
        <Upload accept={ATTACHMENT_MIME.join(',')} showUploadList={false} beforeUpload={(f) => (void upload(f), false)}>
          <Button loading={busy} icon={<PaperClipOutlined />}>
            {label ?? t('attachments.add')}
          </Button>
        </Upload>
      )}
    </>
  );
}
