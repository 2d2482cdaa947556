import { z } from 'zod';
import { productRow } from '../products/contract';
import { query } from '../rpc/channel';
import { binaryFile, optText } from '../rpc/fields';

/** Rows one match or one sheet may hold: a long 询价清单, not a catalogue. */
export const MAX_PASTED_LINES = 2000;
/** Columns read from a sheet. */
export const MAX_SHEET_COLUMNS = 40;

/** What a pasted or imported row names, to find its product by. */
export const lineKey = z.object({ code: optText(60), name: optText(200), spec: optText(400) });

export const MATCHED_BY = ['code', 'nameSpec'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];

export const lineMatch = z.object({
  /** How the product was found; null when it was not (the row stays free text unless the user picks one). */
  by: z.enum(MATCHED_BY).nullable(),
  product: productRow.nullable(),
  /** For a row not matched: products of the same name (or code) to choose from. */
  candidates: z.array(productRow),
});
export type LineMatch = z.output<typeof lineMatch>;

export const sheetGrid = z.object({
  /** Every sheet of the workbook, to choose from. */
  sheets: z.array(z.string()),
  sheet: z.string(),
  /** The sheet's cells as text, row by row from its first row. */
  rows: z.array(z.array(z.string())),
  /** Excel's number of the grid's first row (rows above it were empty). */
  firstRow: z.number().int(),
  /** More rows than MAX_PASTED_LINES: the rest was left out. */
  truncated: z.boolean(),
});
export type SheetGrid = z.output<typeof sheetGrid>;

export const pasteChannels = {
  /** Finds the products pasted or imported rows name: by code exactly, else by name and spec; in one go. */
  'products.matchLines': query(
    'masterdata.read',
    z.object({ rows: z.array(lineKey).min(1).max(MAX_PASTED_LINES) }),
    z.object({ matches: z.array(lineMatch) }),
  ),
  /** A customer's 询价清单: one sheet of an xlsx as text cells (the first sheet unless one is named). */
  'paste.readSheet': query('masterdata.read', binaryFile.extend({ sheet: optText(100) }), sheetGrid),
};
