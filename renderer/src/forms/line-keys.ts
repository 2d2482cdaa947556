import type { KeyboardEvent } from 'react';

/** A cell one types into: a text box, not a drop-down (Enter chooses there) nor a date picker (Enter confirms). */
const isTypingCell = (el: Element): el is HTMLInputElement =>
  el instanceof HTMLInputElement &&
  !el.disabled &&
  !el.readOnly &&
  el.getClientRects().length > 0 &&
  ['text', 'search', ''].includes(el.type) &&
  el.getAttribute('role') !== 'combobox' &&
  !el.closest('.ant-picker');

/** The product picker of a body row: the input inside its picker column. */
function pickerOf(body: HTMLTableSectionElement, row: number, column: number): HTMLInputElement | null {
  return body.rows[row]?.cells[column]?.querySelector('input') ?? null;
}

/** Focuses a row's product picker once it is rendered (a line just added appears on a later frame). */
function focusPicker(body: HTMLTableSectionElement, row: number, column: number, tries = 20): void {
  const input = pickerOf(body, row, column);
  if (input) input.focus();
  else if (tries > 0) setTimeout(() => focusPicker(body, row, column, tries - 1), 25);
}

/**
 * Line editors from the keyboard, for a grid's onKeyDown: Enter in a typing cell goes to the line's next typing
 * cell; in its last one, to the next line's product picker, or on the last line adds a line and goes to its picker
 * (where a product is found by typing its code, name or pinyin initials).
 */
export function onLineKeys(
  e: KeyboardEvent<HTMLElement>,
  { addLine, pickerColumn }: { addLine(): void; pickerColumn: number },
): void {
  if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.nativeEvent.isComposing) return;
  const cell = e.target as Element;
  if (!isTypingCell(cell)) return;
  const row = cell.closest('tr');
  const body = row?.parentElement;
  if (!row || !(body instanceof HTMLTableSectionElement) || body.tagName !== 'TBODY') return;
  e.preventDefault();
  const cells = Array.from(row.querySelectorAll('input')).filter(isTypingCell);
  const next = cells[cells.indexOf(cell) + 1];
  if (next) return next.focus();
  const index = Array.from(body.rows).indexOf(row);
  if (index < body.rows.length - 1) return focusPicker(body, index + 1, pickerColumn);
  addLine();
  focusPicker(body, index + 1, pickerColumn);
}
