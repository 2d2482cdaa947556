import { DownloadOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportColumn, ExportableList } from '@shared/list-export/contract';
import { downloadBase64 } from '../files/file-transfer';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';

export interface ExportRequest {
  /** The list channel's input as the list asks it (search, filters, sort); every page is exported. */
  input: Record<string, unknown>;
  columns: ExportColumn[];
}

const POLL_MS = 500;

/** An id for asking after this export's progress. */
const newExportId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * 导出: the whole list as the user filtered and sorted it, built in the core and downloaded as one xlsx; the
 * rows never come to the page. While it runs, the button counts the rows read.
 */
export function ExportButton({ list, request }: { list: ExportableList; request(): ExportRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);

  async function run() {
    const { input, columns } = request();
    if (!columns.length) return void message.warning(t('listExport.noColumns'));
    const exportId = newExportId();
    setBusy(true);
    timer.current = setInterval(() => {
      void rpc('export.progress', { exportId })
        .then((p) => p.running && p.total > 0 && setProgress({ done: p.done, total: p.total }))
        .catch(() => undefined);
    }, POLL_MS);
    try {
      const file = await rpc('export.list', {
        list,
        input,
        columns,
        exportId,
        utcOffset: -new Date().getTimezoneOffset(),
      });
      downloadBase64(file.filename, file.dataBase64);
      message.success(t('listExport.done', { rows: file.rows }));
    } catch (err) {
      rpcError.show(err);
    } finally {
      clearInterval(timer.current);
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={busy} title={t('listExport.title')} onClick={() => void run()}>
      {busy
        ? progress
          ? t('listExport.progress', { done: progress.done, total: progress.total })
          : t('listExport.exporting')
        : t('listExport.button')}
    </Button>
  );
}
