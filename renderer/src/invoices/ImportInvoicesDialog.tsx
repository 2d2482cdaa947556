import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import Upload from 'antd/es/upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '@shared/contracts';
import { readFileBase64 } from '../files/file-transfer';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc } from '../rpc/query-keys';

type Preview = Out<'invoices.importPreview'>;

/** The tax system's export of issued invoices: read, checked row by row, then registered in one go. */
export function ImportInvoicesDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ filename: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(chosen: File) {
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      const read = { filename: chosen.name, dataBase64: await readFileBase64(chosen) };
      setFile(read);
      setPreview(await rpc('invoices.importPreview', read));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (!file) return;
    setBusy(true);
    try {
      const done = await rpc('invoices.importCommit', file);
      message.success(t('invoices.importDialog.done', done));
      await Promise.all([
        invalidateRpc(queryClient, 'invoices.list'),
        invalidateRpc(queryClient, 'invoices.uninvoiced'),
      ]);
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={920}
      title={t('invoices.importDialog.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!preview?.valid} loading={busy} onClick={() => void commit()}>
            {t('invoices.importDialog.commit', { count: preview?.valid ?? 0 })}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('invoices.importDialog.hint')}</Typography.Paragraph>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void choose(f), false)}>
        <Button icon={<UploadOutlined />} loading={busy}>
          {t('invoices.importDialog.choose')}
        </Button>
      </Upload>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {preview && (
        <div style={{ marginTop: 12 }} data-testid="invoice-import-preview">
          <Typography.Paragraph>
            {t('invoices.importDialog.rows', { total: preview.total, valid: preview.valid })}
          </Typography.Paragraph>
          {preview.errors.length > 0 && (
            <>
              <Alert
                type="warning"
                showIcon
                message={t('invoices.importDialog.errors', { count: preview.errors.length })}
                style={{ marginBottom: 8 }}
              />
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                pagination={{ pageSize: 6 }}
                dataSource={preview.errors}
                columns={[
                  { title: t('invoices.importDialog.row'), dataIndex: 'row', width: 60 },
                  { title: t('invoices.importDialog.column'), dataIndex: 'column', width: 140 },
                  { title: t('invoices.importDialog.message'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
          <Table
            size="small"
            rowKey="row"
            pagination={{ pageSize: 6 }}
            dataSource={preview.invoices}
            columns={[
              { title: t('invoices.importDialog.row'), dataIndex: 'row', width: 60 },
              { title: t('invoices.number'), dataIndex: 'number', width: 190 },
              {
                title: t('invoices.type'),
                dataIndex: 'type',
                width: 110,
                render: (v: Preview['invoices'][number]['type']) => t(`invoices.types.${v}`),
              },
              { title: t('invoices.issueDate'), dataIndex: 'issueDate', width: 100 },
              { title: t('invoices.customer'), dataIndex: 'customerName' },
              { title: t('invoices.importDialog.lines'), dataIndex: 'lines', width: 70 },
              {
                title: t('invoices.gross'),
                dataIndex: 'gross',
                width: 120,
                align: 'right',
                render: (v: number) => money(v),
              },
              { title: t('invoices.importDialog.redOf'), dataIndex: 'redOf', width: 190 },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
