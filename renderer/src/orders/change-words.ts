import type { TFunction } from 'i18next';
import { formatFen, formatPrice, formatQuantity } from '@shared/money';
import type { OrderChangeItem } from '@shared/orders/lifecycle-contract';

/** A recorded value as the sentence shows it: tax rates as percents, figures as everywhere, blanks named as such. */
function valueText(t: TFunction, field: string, v: string | null): string {
  if (v === null || v === '') return t('orderLife.words.empty');
  if (field === 'taxRate') return `${Math.round(Number(v) * 100)}%`;
  if (field === 'quantity') return formatQuantity(v);
  if (field === 'unitPrice') return formatPrice(v);
  return v;
}

/** One item of a change (变更) in plain words: "第 2 行 法兰球阀：数量 6 → 8；单价 1,860.50 → 1,800.00". */
export function changeItemText(t: TFunction, item: OrderChangeItem): string {
  switch (item.kind) {
    case 'added':
    case 'removed':
      return t(`orderLife.words.${item.kind}`, {
        position: item.line.position,
        name: [item.line.name, item.line.spec].filter(Boolean).join(' '),
        quantity: formatQuantity(item.quantity),
        unit: item.line.unit,
        price: formatPrice(item.unitPrice),
        gross: formatFen(item.gross),
      });
    case 'changed':
      return t('orderLife.words.changed', {
        position: item.line.position,
        name: [item.line.name, item.line.spec].filter(Boolean).join(' '),
        changes: item.changes
          .map((c) =>
            t('orderLife.words.field', {
              field: t(`orderLife.lineFields.${c.field}`),
              before: valueText(t, c.field, c.before),
              after: valueText(t, c.field, c.after),
            }),
          )
          .join(t('wording.clauseSep')),
      });
    case 'term':
      return t('orderLife.words.term', {
        field: t(`orderLife.terms.${item.field}`),
        before: valueText(t, item.field, item.before),
        after: valueText(t, item.field, item.after),
      });
    case 'total':
      return t('orderLife.words.total', { before: formatFen(item.before), after: formatFen(item.after) });
  }
}
