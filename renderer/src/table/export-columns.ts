import type { ColumnDef } from '@tanstack/react-table';
import type { ExportCellKind, ExportColumn } from '@shared/list-export/contract';

/** How 导出 writes a list column; without it a column exports its accessor's values as text (numbers when numeric). */
export interface ExportMeta {
  kind?: ExportCellKind;
  /** The row field when the column has no accessor, or shows another field than its accessor. */
  field?: string;
  /** The heading when the column's header is not text (an icon). */
  label?: string;
  /** For codes shown by their names: the i18n group holding code -> name (`quoteStatus`, `orderMsg.status`). */
  enumLabels?: string;
}

interface ExportableMeta {
  numeric?: boolean;
  export?: ExportMeta | false;
}

/** i18next's t, asked for a whole group of names at once. */
type Translate = (key: string, options: { returnObjects: true }) => unknown;

/** A group of names (code -> name) from the translations, strings only. */
function namesOf(t: Translate, group: string): Record<string, string> {
  const names = t(group, { returnObjects: true });
  if (!names || typeof names !== 'object') return {};
  return Object.fromEntries(Object.entries(names).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * The columns the user sees, as the export writes them: the same headings, in the same order; a column with
 * nothing to read from a row (an action, a picture) is left out.
 */
export function exportColumns<Row>(columns: ColumnDef<Row, unknown>[], t: Translate): ExportColumn[] {
  const out: ExportColumn[] = [];
  for (const c of columns) {
    const meta = c.meta as ExportableMeta | undefined;
    if (meta?.export === false) continue;
    const spec = meta?.export ?? {};
    const accessor = 'accessorKey' in c && typeof c.accessorKey === 'string' ? c.accessorKey : undefined;
    const field = spec.field ?? accessor;
    if (!field) continue;
    const label = spec.label ?? (typeof c.header === 'string' ? c.header : (c.id ?? field));
    const kind = spec.kind ?? (spec.enumLabels ? 'enum' : meta?.numeric ? 'number' : 'text');
    out.push({ field, label, kind, ...(spec.enumLabels ? { values: namesOf(t, spec.enumLabels) } : {}) });
  }
  return out;
}
