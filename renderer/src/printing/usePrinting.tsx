import App from 'antd/es/app';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopResult } from '@shared/printing/desktop-bridge';
import { usePdfPreview } from '../docs/usePdfPreview';
import { printInBrowser } from './browser-print';
import { desktopPrinting } from './desktop';
import { chosenPrinter, type PrintTarget } from './print-preferences';
import { PrinterSettingsDialog } from './PrinterSettingsDialog';

/** A rendered document as the channels return it. */
export interface PdfFile {
  dataBase64: string;
}

export interface PrintJob<F extends PdfFile> {
  target: PrintTarget;
  /** Renders the document; for a counted document, the channel that counts the print. */
  render(): Promise<F>;
  /** The form size to set on the printer (delivery notes); else the PDF's own page. */
  pageSize?: { widthMm: number; heightMm: number };
}

/** A printer that said no, in the user's words: expected, shown as it is. */
export class PrintFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintFailed';
  }
}

/**
 * The one way the renderer prints. In the desktop app, straight to the printer chosen on this PC for the document
 * (asked the first time), with the form size set; in a browser, the browser's print dialog with the PDF. The
 * preview is always at hand. Render the returned `modals` once.
 */
export function usePrinting(): {
  print<F extends PdfFile>(job: PrintJob<F>): Promise<F | undefined>;
  /** Shows the document in the viewer (its own print button prints it too); returns what was rendered. */
  preview<F extends PdfFile>(render: () => Promise<F>): Promise<F>;
  /** Only in the desktop app: opens 打印机设置. */
  openPrinters?(): void;
  modals: ReactNode;
} {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pdfPreview = usePdfPreview();
  const [dialog, setDialog] = useState<{ only?: PrintTarget; done?(chosen?: string | null): void } | null>(null);
  const desktop = desktopPrinting();

  const failure = (error: Extract<DesktopResult<never>, { ok: false }>['error'], printer: string | null) =>
    new PrintFailed(
      error.code === 'NO_PRINTER'
        ? t('printing.errors.noPrinter', { printer: printer ?? '' })
        : error.code === 'FAILED'
          ? t('printing.errors.failed', { detail: error.detail ?? '' })
          : error.code === 'INVALID'
            ? t('printing.errors.invalid')
            : t('printing.errors.forbidden'),
    );

  async function print<F extends PdfFile>(job: PrintJob<F>): Promise<F | undefined> {
    if (!desktop) {
      const file = await job.render();
      await printInBrowser(file.dataBase64).catch(() => {
        throw new PrintFailed(t('printing.errors.browserBlocked'));
      });
      return file;
    }
    let printer = chosenPrinter(job.target);
    if (printer === undefined) {
      printer = await new Promise<string | null | undefined>((done) => setDialog({ only: job.target, done }));
      if (printer === undefined) return undefined;
    }
    const file = await job.render();
    const result = await desktop.print({
      kind: job.target.kind,
      pdfBase64: file.dataBase64,
      deviceName: printer,
      ...(job.pageSize ? { pageSize: job.pageSize } : {}),
    });
    if (!result.ok) throw failure(result.error, printer);
    void message.success(t('printing.sent', { printer: printer ?? t('printing.defaultPrinter') }));
    return file;
  }

  return {
    print,
    async preview(render) {
      const file = await render();
      pdfPreview.show(file.dataBase64);
      return file;
    },
    ...(desktop ? { openPrinters: () => setDialog({}) } : {}),
    modals: (
      <>
        {pdfPreview.modal}
        {dialog && (
          <PrinterSettingsDialog
            {...(dialog.only ? { only: dialog.only } : {})}
            onClose={(chosen) => {
              setDialog(null);
              dialog.done?.(chosen);
            }}
          />
        )}
      </>
    ),
  };
}
