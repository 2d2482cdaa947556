import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Image from 'antd/es/image';
import Space from 'antd/es/space';
import Upload from 'antd/es/upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MIME } from '@shared/attachments/contract';
import { companySettings } from '@shared/settings/contract';
import { readFileBase64 } from '../files/file-transfer';
import { rpc } from '../rpc/client';
import { SettingsForm } from './SettingsForm';
import { useRpcError } from '../rpc/useRpcError';
import { rpcKey } from '../rpc/query-keys';

function AttachmentImage({ id }: { id: number | null }) {
  const q = useQuery({
    queryKey: rpcKey('attachments.get', { id: id ?? undefined }),
    queryFn: () => rpc('attachments.get', { id: id! }),
    enabled: id !== null,
  });
  if (!q.data) return null;
  return <Image height={64} src={`data:${q.data.mime};base64,${q.data.dataBase64}`} alt={q.data.filename} />;
}

function ImageField({
  value,
  onChange,
  label,
}: {
  value?: number | null;
  onChange?(id: number | null): void;
  label: string;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    if (!(ATTACHMENT_MIME as readonly string[]).includes(file.type)) return;
    setBusy(true);
    try {
      const info = await rpc('attachments.upload', {
        filename: file.name,
        mime: file.type as (typeof ATTACHMENT_MIME)[number],
        dataBase64: await readFileBase64(file),
      });
      onChange?.(info.id);
    } catch (err) {
      rpcError.show(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Space align="center">
      <AttachmentImage id={value ?? null} />
      <Upload
        accept="image/png,image/jpeg,image/webp"
        showUploadList={false}
        beforeUpload={(f) => (void upload(f), false)}
      >
        <Button loading={busy} aria-label={label}>
          {t('settings.upload')}
        </Button>
      </Upload>
    </Space>
  );
}

export function CompanyPanel() {
  const { t } = useTranslation();
  return (
    <SettingsForm
      channel="settings.company.get"
      load={() => rpc('settings.company.get', {})}
      save={(data) => rpc('settings.company.update', data)}
      schema={companySettings}
      fields={[
        { name: 'name', label: 'settings.companyName', span: 16 },
        { name: 'taxId', label: 'fields.taxId' },
        { name: 'address', label: 'settings.address', span: 16 },
        { name: 'phone', label: 'settings.phone' },
        { name: 'bankName', label: 'settings.bankName', span: 12 },
        { name: 'bankAccount', label: 'settings.bankAccount', span: 12 },
        {
          name: 'logoAttachmentId',
          label: 'settings.logo',
          span: 12,
          input: <ImageField label={t('settings.logo')} />,
        },
        {
          name: 'sealAttachmentId',
          label: 'settings.seal',
          span: 12,
          input: <ImageField label={t('settings.seal')} />,
        },
      ]}
    />
  );
}
