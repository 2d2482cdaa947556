import Space from 'antd/es/space';
import type { ReactNode } from 'react';
import type { Out } from '@shared/contracts';
import { DELIVERY_PAPER_MM } from '@shared/printing/contract';
import { rpc } from '../rpc/client';
import { NoteFormatPicker } from './NoteFormatPicker';
import { PrintButtons } from './PrintButtons';
import { useNoteFormat } from './useNoteFormat';

/**
 * Delivery notes' print buttons: the paper and parts for this print first, then 打印 (counted, to the printer kept
 * for that paper on this PC) and 打印预览 in the same format.
 */
export function NotePrintButtons({
  ids,
  label,
  previewLabel,
  icon,
  canPrint,
  disabled,
  type,
  onPrinted,
  shortcut,
}: {
  ids: number[];
  label?: string;
  previewLabel?: string;
  icon?: ReactNode;
  canPrint: boolean;
  disabled?: boolean;
  type?: 'primary' | 'default';
  onPrinted?(file: Out<'deliveries.notes.print'>): unknown;
  /** Ctrl+P prints (the note drawer's main document). */
  shortcut?: boolean;
}) {
  const { format, company, setFormat } = useNoteFormat();
  return (
    <Space size={4} data-testid="note-print">
      <NoteFormatPicker value={format} company={company} onChange={setFormat} />
      <PrintButtons
        target={{ kind: 'deliveryNote', paper: format?.paper ?? 'a4' }}
        pageSize={format && DELIVERY_PAPER_MM[format.paper]}
        print={() => rpc('deliveries.notes.print', { ids, format: format! })}
        preview={() => rpc('deliveries.notes.preview', { ids, format: format! })}
        canPrint={canPrint}
        disabled={disabled || !format}
        label={label}
        previewLabel={previewLabel}
        icon={icon}
        type={type}
        onPrinted={onPrinted}
        shortcut={shortcut}
      />
    </Space>
  );
}
