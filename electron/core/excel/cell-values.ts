import { TAX_RATES, fenToYuan, yuanToFen } from '../../shared/money';

/** How one kind of cell is read from a sheet and written to one. A reader throws an i18n key. */
export interface CellKind {
  read(text: string): unknown;
  write(value: unknown): string | number | null;
}

const blankToNull = (text: string) => (text === '' ? null : text);

export const textCell: CellKind = {
  read: blankToNull,
  write: (v) => (v === null || v === undefined ? null : String(v)),
};

export const intCell: CellKind = {
  read(text) {
    if (text === '') return undefined;
    if (!/^\d+$/.test(text)) throw new Error('excelImport.notInteger');
    return Number(text);
  },
  write: (v) => (typeof v === 'number' ? v : Number(v ?? 0)),
};

/** Yuan in the sheet, fen in the record. */
export const yuanCell: CellKind = {
  read(text) {
    if (text === '') return undefined;
    if (!/^-?[\d,]+(\.\d{1,2})?$/.test(text)) throw new Error('excelImport.notAmount');
    return yuanToFen(text);
  },
  write: (v) => Number(fenToYuan(Number(v ?? 0))),
};

const NO_LIMIT = ['不限', '无限额', '不限额', 'unlimited', 'no limit', 'none'];

/** A credit limit: yuan in the sheet, fen in the record; 不限 is no limit (null), 0 is cash only, blank keeps it. */
export const limitCell: CellKind = {
  read(text) {
    if (NO_LIMIT.includes(text.toLowerCase())) return null;
    return yuanCell.read(text);
  },
  write: (v) => (v === null || v === undefined ? '不限' : yuanCell.write(v)),
};

const YES = ['是', 'y', 'yes', 'true', '1', '启用', '√'];
const NO = ['否', 'n', 'no', 'false', '0', '停用', '×'];

export const boolCell: CellKind = {
  read(text) {
    if (text === '') return undefined;
    const t = text.toLowerCase();
    if (YES.includes(t)) return true;
    if (NO.includes(t)) return false;
    throw new Error('excelImport.notBool');
  },
  write: (v) => (v ? '是' : '否'),
};

/** '13%', '13' or '0.13'. */
export const taxRateCell: CellKind = {
  read(text) {
    if (text === '') return undefined;
    const percent = text.endsWith('%')
      ? Number(text.slice(0, -1))
      : Number(text) >= 1
        ? Number(text)
        : Number(text) * 100;
    const rate = TAX_RATES.find((r) => Math.round(Number(r) * 100) === percent && Number.isFinite(percent));
    if (!rate) throw new Error('excelImport.notTaxRate');
    return rate;
  },
  write: (v) => `${Math.round(Number(v) * 100)}%`,
};

export const sourceCell: CellKind = {
  read(text) {
    if (text === '') return undefined;
    if (['自产', 'own', '自制'].includes(text.toLowerCase())) return 'own';
    if (['外购', 'bought', 'bought-in'].includes(text.toLowerCase())) return 'bought';
    throw new Error('excelImport.notSource');
  },
  write: (v) => (v === 'bought' ? '外购' : '自产'),
};

/** Several values in one cell, split on 、 or commas. */
export const listCell: CellKind = {
  read: (text) =>
    text === ''
      ? []
      : text
          .split(/[、,，;；]/)
          .map((s) => s.trim())
          .filter(Boolean),
  write: (v) => (Array.isArray(v) ? v.join('、') : null),
};

/** A price kept as a decimal string. */
export const priceCell: CellKind = {
  read: (text) => (text === '' ? undefined : text.replace(/,/g, '')),
  write: (v) => (v === null || v === undefined ? null : Number(v)),
};
