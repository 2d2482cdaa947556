import type { QuoteDetail } from '../../shared/quotes/contract';
import { priceQuote } from '../../shared/quotes/quote-pricing';
import { addDays } from '../dates';

const SAMPLE_LINES = [
  {
    name: '法兰球阀',
    brand: '苏阀',
    spec: 'Q41F-16C DN80',
    unit: '台',
    quantity: '6',
    unitPrice: '1860.00',
    leadTime: '现货',
    note: null,
  },
  {
    name: '电磁流量计',
    brand: '光华',
    spec: 'LDG-150 DN150 4-20mA',
    unit: '台',
    quantity: '2',
    unitPrice: '6800.00',
    leadTime: '15 天',
    note: '含法兰',
  },
  {
    name: '压力变送器',
    brand: '川仪',
    spec: 'PDS403H 0-1.6MPa',
    unit: '只',
    quantity: '10',
    unitPrice: '1320.50',
    leadTime: '7 天',
    note: null,
  },
] as const;

/** A made-up quote that shows every column, for previewing a format before any real quote exists. */
export function sampleQuote(today: string): QuoteDetail {
  const lines = SAMPLE_LINES.map((l) => ({ ...l, kind: 'item' as const, productId: null, taxRate: '0.13' as const }));
  const pricing = priceQuote({ priceIncludesTax: true, targetMargin: null, lines, costLines: [] });
  return {
    id: 1,
    number: 'BJ0000-00000',
    version: 1,
    status: 'draft',
    customerId: 1,
    customerName: '示例客户有限公司',
    project: '示例项目',
    quoteDate: today,
    validUntil: addDays(today, 15),
    daysLeft: 15,
    gross: pricing.totals.gross,
    quotedBy: null,
    updatedAt: today,
    contactName: '王工',
    contactPhone: '138 0000 0000',
    contactEmail: null,
    contactAddress: null,
    validDays: 15,
    priceIncludesTax: true,
    taxStatement: '含 13% 增值税专用发票',
    leadTime: '合同签订后 15 天',
    paymentTerms: '货到验收后 30 天付清',
    warranty: '12 个月',
    notes: null,
    targetMargin: null,
    inquiryId: null,
    costIncludesTax: false,
    revisionReason: null,
    sentAt: null,
    sentVia: null,
    outcomeReason: null,
    lockVersion: 1,
    totals: pricing.totals,
    cost: 0,
    marginPercent: null,
    discountPercent: '0.00',
    uncostedLines: [],
    belowListLines: [],
    amountInWords: pricing.amountInWords,
    editable: true,
    lines: lines.map((l, i) => ({ ...l, ...pricing.lines[i]!, listPrice: null })),
    costLines: [],
    approvals: [],
  };
}
