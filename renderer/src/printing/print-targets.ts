import type { TFunction } from 'i18next';
import { DELIVERY_PAPERS } from '@shared/deliveries/contract';
import { PRINT_KINDS } from '@shared/printing/desktop-bridge';
import type { PrintTarget } from './print-preferences';

/** Every document this PC can send to a printer of its own: delivery notes once per paper. */
export const PRINT_TARGETS: PrintTarget[] = PRINT_KINDS.flatMap((kind): PrintTarget[] =>
  kind === 'deliveryNote' ? DELIVERY_PAPERS.map((paper) => ({ kind, paper })) : [{ kind }],
);

export function targetName(t: TFunction, target: PrintTarget): string {
  const kind = t(`printing.kinds.${target.kind}`);
  return target.paper ? t('printing.paperOf', { kind, paper: t(`printing.papers.${target.paper}`) }) : kind;
}
