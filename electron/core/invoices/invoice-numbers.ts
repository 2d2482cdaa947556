import type { InvoiceType } from '../../shared/invoices/contract';
import { isDigital } from '../../shared/invoices/contract';

/** Full-width digits and letters (０-９, Ａ-Ｚ) to ASCII, spaces (also 　) dropped: as people paste them from PDFs. */
export function halfWidth(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '');
}

export interface NumberProblem {
  path: 'number' | 'code';
  key: string;
}

/**
 * 数电: a 20-digit number and no code. Paper: an 8-digit number, the code empty or 10/12 digits.
 * Takes the tidied values; answers the problems by field.
 */
export function numberProblems(type: InvoiceType, code: string, number: string): NumberProblem[] {
  const problems: NumberProblem[] = [];
  if (isDigital(type)) {
    if (!/^\d{20}$/.test(number)) problems.push({ path: 'number', key: 'invoiceMsg.errors.numberDigital' });
    if (code !== '') problems.push({ path: 'code', key: 'invoiceMsg.errors.codeDigital' });
  } else {
    if (!/^\d{8}$/.test(number)) problems.push({ path: 'number', key: 'invoiceMsg.errors.numberPaper' });
    if (!/^(|\d{10}|\d{12})$/.test(code)) problems.push({ path: 'code', key: 'invoiceMsg.errors.codePaper' });
  }
  return problems;
}

/** 统一社会信用代码 (18) or a legacy taxpayer id (15, 17 or 20): digits and capitals, tidied. */
export function tidyTaxId(text: string | null | undefined): string | null {
  const v = halfWidth(text).toUpperCase();
  return v === '' ? null : v;
}

export const isTaxId = (v: string) => /^([0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{18}|[0-9A-Z]{20})$/.test(v);

/** How a number reads in messages: the code before it for paper invoices. */
export const shownNumber = (code: string, number: string) => (code ? `${code}-${number}` : number);
