import { PaperClipOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Upload from 'antd/es/upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ATTACHMENT_MIME } from '@shared/attachments/contract';
import { readFileBase64 } from '../../files/file-transfer';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

type Mime = (typeof ATTACHMENT_MIME)[number];

/** Browsers know PDF by its type but rarely OFD, so the name's ending decides. */
function mimeOf(file: File, accept: 'invoice' | 'scan'): Mime | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (accept === 'invoice') return name.endsWith('.ofd') ? 'application/ofd' : null;
  if (/\.(jpe?g)$/.test(name)) return 'image/jpeg';
  if (name.endsWith('.png')) return 'image/png';
  if (/\.(tiff?)$/.test(name)) return 'image/tiff';
  return null;
}

/** Uploads an invoice file (PDF/OFD) or a receipt scan (PDF/image) and hands back its attachment id. */
export function FileUploadButton({
  accept,
  label,
  onUploaded,
}: {
  accept: 'invoice' | 'scan';
  label: string;
  onUploaded(file: { id: number; filename: string }): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    const mime = mimeOf(file, accept);
    if (!mime) {
      void message.error(t('invoiceSending.badFile', { name: file.name }));
      return;
    }
    setBusy(true);
    const stored = await rpcError.attempt(async () =>
      rpc('attachments.upload', { filename: file.name, mime, dataBase64: await readFileBase64(file) }),
    );
    setBusy(false);
    if (stored) onUploaded({ id: stored.id, filename: stored.filename });
  }
  return (
    <Upload
      accept={accept === 'invoice' ? '.pdf,.ofd' : '.pdf,.jpg,.jpeg,.png,.tif,.tiff'}
      showUploadList={false}
      beforeUpload={(f) => (void upload(f), false)}
    >
      <Button loading={busy} icon={<PaperClipOutlined />}>
        {label}
      </Button>
    </Upload>
  );
}
