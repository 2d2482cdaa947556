import type { NumberFormat, NumberingSettings } from '../../shared/settings/contract';
import { now } from '../dates';

export const DEFAULT_NUMBER_FORMATS: NumberingSettings = {
  customer: { prefix: 'KH', padding: 5, yearly: false },
  product: { prefix: 'CP', padding: 5, yearly: false },
  supplier: { prefix: 'GY', padding: 4, yearly: false },
  inquiry: { prefix: 'XJ', padding: 5, yearly: true },
  quote: { prefix: 'BJ', padding: 5, yearly: true },
  order: { prefix: 'HT', padding: 5, yearly: true },
  delivery_notice: { prefix: 'TZ', padding: 5, yearly: true },
  delivery: { prefix: 'FH', padding: 5, yearly: true },
  consignment: { prefix: 'TY', padding: 5, yearly: true },
  purchase_order: { prefix: 'CG', padding: 5, yearly: true },
  invoice: { prefix: 'FP', padding: 5, yearly: true },
  receipt: { prefix: 'HK', padding: 5, yearly: true },
  statement: { prefix: 'DZ', padding: 5, yearly: true },
  register: { prefix: 'DJ', padding: 5, yearly: true },
  dispatch_run: { prefix: 'PC', padding: 5, yearly: true },
  delivery_return: { prefix: 'TH', padding: 5, yearly: true },
  freight_settlement: { prefix: 'YF', padding: 5, yearly: true },
  rfq: { prefix: 'XB', padding: 5, yearly: true },
  goods_receipt: { prefix: 'RK', padding: 5, yearly: true },
  internal_transfer: { prefix: 'DB', padding: 5, yearly: true },
  supplier_payment: { prefix: 'FK', padding: 5, yearly: true },
};

/** BJ2026-00001 for yearly series, KH00001 otherwise. */
export function formatNumber(format: NumberFormat, year: number, seq: number): string {
  const digits = String(seq).padStart(format.padding, '0');
  return format.yearly ? `${format.prefix}${year}-${digits}` : `${format.prefix}${digits}`;
}

export function previewNumber(format: NumberFormat, date = now()): string {
  return formatNumber(format, date.getFullYear(), 1);
}
