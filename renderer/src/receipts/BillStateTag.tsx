import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { BillState } from '@shared/receipts/contract';

const COLOURS: Record<BillState, string> = {
  held: 'blue',
  endorsed: 'purple',
  discounted: 'cyan',
  collected: 'green',
  dishonoured: 'red',
  cancelled: 'default',
};

export function BillStateTag({ state }: { state: BillState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]}>{t(`receiptMsg.billState.${state}`)}</Tag>;
}
