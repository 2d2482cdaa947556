import type { In } from '@shared/contracts';
import type { FieldError } from '@shared/rpc/envelope';
import { fenToYuan, lineAmounts, parseDecimal, taxFromNet, yuanToFen, type TaxRate } from '@shared/money';

/** A line as the form holds it: amounts in yuan as typed. */
export interface LineValues {
  orderLineId?: number | null;
  taxClass?: string | null;
  name?: string;
  spec?: string | null;
  unit?: string | null;
  quantity?: string | null;
  unitPrice?: string | null;
  taxRate?: TaxRate;
  net?: string;
  tax?: string;
  gross?: string;
}

export type InvoiceValues = Omit<In<'invoices.create'>, 'lines'> & { lines: LineValues[] };

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;
const isNumber = (v: string | null | undefined): v is string => Boolean(v && /^\d+(\.\d+)?$/.test(v.trim()));

export function toFormValues(input: In<'invoices.create'>): InvoiceValues {
  return {
    ...input,
    lines: input.lines.map((l) => ({
      ...l,
      net: fenToYuan(l.net),
      tax: fenToYuan(l.tax),
      gross: fenToYuan(l.gross),
    })),
  };
}

/** The form's values as the channel takes them, or the lines' amount fields that are not amounts. */
export function toInput(values: InvoiceValues): { input: In<'invoices.create'> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const lines = (values.lines ?? []).map((l, i) => {
    const fen = (k: 'net' | 'tax' | 'gross') => {
      const v = (l[k] ?? '').trim().replace(/,/g, '');
      if (!AMOUNT.test(v)) {
        errors.push({ path: `lines.${i}.${k}`, message: 'invoices.notBlank' });
        return 0;
      }
      return yuanToFen(v);
    };
    return {
      orderLineId: l.orderLineId ?? null,
      taxClass: l.taxClass ?? null,
      name: l.name ?? '',
      spec: l.spec ?? null,
      unit: l.unit ?? null,
      quantity: l.quantity ?? null,
      unitPrice: l.unitPrice ?? null,
      taxRate: l.taxRate ?? '0.13',
      net: fen('net'),
      tax: fen('tax'),
      gross: fen('gross'),
    };
  });
  return errors.length ? { errors } : { input: { ...values, lines } };
}

/**
 * What a change to one line fills in: quantity × unit price (net, as invoices print it) gives the
 * amounts; a typed net gives tax and gross; a typed tax gives the gross. The user may still correct each.
 */
export function recompute(line: LineValues, changed: keyof LineValues): Partial<LineValues> {
  const rate = line.taxRate ?? '0.13';
  if (['quantity', 'unitPrice', 'taxRate'].includes(changed) && isNumber(line.quantity) && isNumber(line.unitPrice)) {
    const a = lineAmounts({
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      taxRate: rate,
      priceIncludesTax: false,
    });
    return { net: fenToYuan(a.net), tax: fenToYuan(a.tax), gross: fenToYuan(a.gross) };
  }
  if ((changed === 'net' || changed === 'taxRate') && line.net && AMOUNT.test(line.net.trim())) {
    const a = taxFromNet(yuanToFen(line.net.trim()), rate);
    return { tax: fenToYuan(a.tax), gross: fenToYuan(a.gross) };
  }
  if (changed === 'tax' && line.net && line.tax && AMOUNT.test(line.net.trim()) && AMOUNT.test(line.tax.trim()))
    return { gross: fenToYuan(yuanToFen(line.net.trim()) + yuanToFen(line.tax.trim())) };
  return {};
}

/** The form's running totals, fen; lines whose amounts are not numbers yet count as 0. */
export function formTotals(lines: LineValues[] | undefined) {
  const fen = (v: string | undefined) => {
    try {
      return v && AMOUNT.test(v.trim()) ? yuanToFen(v.trim()) : 0;
    } catch {
      return 0;
    }
  };
  return (lines ?? []).reduce(
    (s, l) => ({ net: s.net + fen(l.net), tax: s.tax + fen(l.tax), gross: s.gross + fen(l.gross) }),
    { net: 0, tax: 0, gross: 0 },
  );
}

export const isDecimalText = (v: string) => {
  try {
    parseDecimal(v);
    return true;
  } catch {
    return false;
  }
};
