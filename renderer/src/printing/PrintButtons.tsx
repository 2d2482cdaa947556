import { SettingOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Space from 'antd/es/space';
import Tooltip from 'antd/es/tooltip';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../app/shortcuts';
import { useRpcError } from '../rpc/useRpcError';
import type { PrintTarget } from './print-preferences';
import { PrintFailed, usePrinting, type PdfFile } from './usePrinting';

export interface PrintButtonsProps<F extends PdfFile> {
  target: PrintTarget;
  /** Renders what 打印 prints (a counted document's print channel). */
  print(): Promise<F>;
  /** Renders the preview; without it the preview renders (and counts) as 打印 does. */
  preview?: () => Promise<PdfFile>;
  pageSize?: { widthMm: number; heightMm: number };
  label?: string;
  previewLabel?: string;
  icon?: ReactNode;
  /** Without the right to print (count) the document, only the preview shows. */
  canPrint?: boolean;
  disabled?: boolean;
  size?: 'small' | 'middle';
  type?: 'primary' | 'default';
  /** After `print` rendered and went out (or the browser's dialog opened), with what its channel returned. */
  onPrinted?(file: F): unknown;
  /** Ctrl+P previews this document for printing (the drawer's main document; one per drawer). */
  shortcut?: boolean;
}

/** 打印 · 打印预览 · 打印机设置 (desktop app): every document prints through these. */
export function PrintButtons<F extends PdfFile>({
  target,
  print,
  preview,
  pageSize,
  label,
  previewLabel,
  icon,
  canPrint = true,
  disabled,
  size,
  type,
  onPrinted,
  shortcut,
}: PrintButtonsProps<F>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const printing = usePrinting();
  const [busy, setBusy] = useState<'print' | 'preview' | null>(null);
  // Ctrl+P opens the print preview, whose own button prints: a stray key press never sends a form to the printer.
  useShortcut('print', shortcut && !disabled && (() => void run('preview')));

  async function run(which: 'print' | 'preview') {
    if (busy) return;
    setBusy(which);
    try {
      if (which === 'preview') {
        if (preview) await printing.preview(preview);
        else {
          // Without a preview of its own, the preview is the counted print, as before printing went direct. (Not
          // `onPrinted?.(await …)`: without onPrinted, optional chaining would skip rendering the preview at all.)
          const file = await printing.preview(print);
          await onPrinted?.(file);
        }
      } else {
        const file = await printing.print({ target, render: print, pageSize });
        if (file) await onPrinted?.(file);
      }
    } catch (err) {
      if (err instanceof PrintFailed) void message.error(err.message);
      else rpcError.show(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Space.Compact size={size}>
        {/* Loading, not disabled, while busy: it keeps the focus, which comes back to it after the print dialog. */}
        {canPrint && (
          <Button
            type={type}
            icon={icon}
            loading={busy === 'print'}
            disabled={disabled}
            onClick={() => void run('print')}
          >
            {label ?? t('printing.print')}
          </Button>
        )}
        {(preview || canPrint) && (
          <Button loading={busy === 'preview'} disabled={disabled} onClick={() => void run('preview')}>
            {previewLabel ?? t('printing.preview')}
          </Button>
        )}
        {canPrint && printing.openPrinters && (
          <Tooltip title={t('printing.printers')}>
            <Button aria-label={t('printing.printers')} icon={<SettingOutlined />} onClick={printing.openPrinters} />
          </Tooltip>
        )}
      </Space.Compact>
      {printing.modals}
    </>
  );
}
