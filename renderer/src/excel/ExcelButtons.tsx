import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Progress from 'antd/es/progress';
import Space from 'antd/es/space';
import Steps from 'antd/es/steps';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import Upload from 'antd/es/upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { ExcelKind, ImportPreview } from '@shared/excel/contract';
import { rpc } from '../rpc/client';
import { downloadBase64, readFileBase64 } from '../files/file-transfer';
import { useRpcError } from '../rpc/useRpcError';
import { invalidateRpc } from '../rpc/query-keys';

interface Props {
  kind: ExcelKind;
  exportRequest: In<'excel.export'>;
  canImport: boolean;
}

export function ExcelButtons({ kind, exportRequest, canImport }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  async function doExport() {
    setExporting(true);
    try {
      const file = await rpc('excel.export', exportRequest);
      downloadBase64(file.filename, file.dataBase64);
      message.success(t('excel.exported', { rows: file.rows }));
    } catch (err) {
      rpcError.show(err);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      {canImport && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t('excel.import')}
        </Button>
      )}
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void doExport()}>
        {t('excel.export')}
      </Button>
      {importing && <ImportDialog kind={kind} onClose={() => setImporting(false)} />}
    </>
  );
}

function ImportDialog({ kind, onClose }: { kind: ExcelKind; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const kindLabel = t(`nav.${kind}`);

  async function template() {
    const file = await rpc('excel.template', { kind });
    downloadBase64(file.filename, file.dataBase64);
  }

  async function choose(file: File) {
    setReading(true);
    setError(null);
    setPreview(null);
    try {
      setPreview(await rpc('excel.preview', { kind, filename: file.name, dataBase64: await readFileBase64(file) }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setReading(false);
    }
  }

  async function commit() {
    if (!preview) return;
    setProgress({ done: 0, total: preview.total });
    // The commit runs as one transaction; its progress is polled beside it.
    const timer = setInterval(() => {
      rpc('excel.progress', { importId: preview.importId })
        .then((p) => setProgress({ done: p.done, total: p.total }))
        .catch(() => undefined);
    }, 300);
    try {
      const result = await rpc('excel.commit', { importId: preview.importId });
      message.success(t('excel.done', result));
      await invalidateRpc(queryClient, `${kind}.list`);
      onClose();
    } catch (err) {
      setError((err as Error).message);
      setProgress(null);
    } finally {
      clearInterval(timer);
    }
  }

  const canCommit = preview !== null && preview.errors.length === 0 && preview.valid > 0 && !progress;
  return (
    <Modal
      open
      width={860}
      title={t('excel.importTitle', { kind: kindLabel })}
      onCancel={progress ? undefined : onClose}
      closable={!progress}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose} disabled={Boolean(progress)}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" disabled={!canCommit} onClick={() => void commit()}>
            {t('excel.commit', { count: preview?.valid ?? 0 })}
          </Button>
        </Space>
      }
    >
      <Steps
        size="small"
        direction="vertical"
        items={[
          {
            title: t('excel.step1'),
            description: (
              <Button size="small" icon={<DownloadOutlined />} onClick={() => void template()}>
                {t('excel.template')}
              </Button>
            ),
            status: 'process',
          },
          {
            title: t('excel.step2'),
            status: 'process',
            description: (
              <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void choose(file), false)}>
                <Button size="small" icon={<UploadOutlined />} loading={reading}>
                  {t('excel.chooseFile')}
                </Button>
              </Upload>
            ),
          },
          { title: t('excel.step3'), status: 'process' },
        ]}
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {preview && (
        <div style={{ marginTop: 12 }} data-testid="import-preview">
          <Typography.Paragraph>{t('excel.rows', { total: preview.total, valid: preview.valid })}</Typography.Paragraph>
          {preview.errors.length > 0 ? (
            <>
              <Alert
                type="warning"
                showIcon
                message={t('excel.errors', { count: preview.errors.length })}
                style={{ marginBottom: 8 }}
              />
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                pagination={{ pageSize: 8 }}
                dataSource={preview.errors}
                columns={[
                  { title: t('excel.row'), dataIndex: 'row', width: 70 },
                  { title: t('excel.column'), dataIndex: 'column', width: 140 },
                  { title: t('excel.message'), dataIndex: 'message' },
                ]}
              />
            </>
          ) : (
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              scroll={{ x: true, y: 240 }}
              dataSource={preview.sample}
              columns={preview.columns.map((c) => ({ title: c, dataIndex: c, ellipsis: true, width: 120 }))}
            />
          )}
        </div>
      )}
      {progress && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('excel.importing')}</Typography.Text>
          <Progress percent={progress.total ? Math.floor((progress.done / progress.total) * 100) : 0} />
        </div>
      )}
    </Modal>
  );
}
