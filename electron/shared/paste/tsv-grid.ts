/**
 * Excel's clipboard text as rows of cells: tabs between cells, line breaks between rows, and a cell holding a
 * tab, a line break or a quote wrapped in quotes (its quotes doubled). Blank rows are dropped.
 */
export function tsvGrid(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      // A quoted cell runs to the quote not followed by another quote.
      let j = i + 1;
      let quoted = '';
      for (; j < text.length; j++) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j++;
          } else break;
        } else quoted += text[j];
      }
      const next = text[j + 1];
      if (j < text.length && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // Not a quoted cell after all (a quote inside plain text): read it as it is.
    }
    if (c === '\t') endCell();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) endRow();
  return rows.map((r) => r.map((v) => v.trim()));
}
