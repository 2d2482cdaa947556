import { FileExcelOutlined, SnippetsOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import { useState, type ClipboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftTerms, LineDraft } from '@shared/paste/line-draft';
import { LinesImportDialog, type LinesSource } from './LinesImportDialog';

/** A block of cells from Excel (a tab or a line break), not a value for one box. */
const isCellBlock = (text: string) => /[\t\n]/.test(text.trim());

/**
 * Lines from Excel for a document's line editor: the 粘贴Excel and 导入询价清单 buttons, Ctrl+V of copied rows
 * anywhere in the lines table (a single value still pastes into its box), and the preview dialog.
 */
export function usePasteLines({
  terms,
  onAdd,
  disabled,
  openImport,
}: {
  /** Read when the dialog opens: the document's tax terms and the customer's known prices. */
  terms(): Omit<DraftTerms, 'defaultUnit'>;
  onAdd(lines: LineDraft[]): void;
  disabled?: boolean;
  /** Opens the 询价清单 import at once (a quote started from an inquiry's list). */
  openImport?: boolean;
}): { buttons: ReactNode; dialog: ReactNode; onPaste(e: ClipboardEvent): void } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [source, setSource] = useState<LinesSource | null>(openImport && !disabled ? { kind: 'sheet' } : null);

  const onPaste = (e: ClipboardEvent) => {
    if (disabled || source) return;
    const text = e.clipboardData.getData('text/plain');
    if (!isCellBlock(text)) return;
    e.preventDefault();
    setSource({ kind: 'paste', text });
  };

  const buttons = !disabled && (
    <>
      <Button icon={<SnippetsOutlined />} onClick={() => setSource({ kind: 'paste' })}>
        {t('paste.pasteButton')}
      </Button>
      <Button icon={<FileExcelOutlined />} onClick={() => setSource({ kind: 'sheet' })}>
        {t('paste.importButton')}
      </Button>
    </>
  );

  const dialog = source && (
    <LinesImportDialog
      source={source}
      terms={terms()}
      onClose={() => setSource(null)}
      onAdd={(lines) => {
        onAdd(lines);
        setSource(null);
        void message.success(t('paste.added', { count: lines.length }));
      }}
    />
  );
  return { buttons, dialog, onPaste };
}
