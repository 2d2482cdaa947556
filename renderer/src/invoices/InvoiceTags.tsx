import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { InvoiceRow } from '@shared/invoices/contract';

/** 蓝字/红字 and, for a blue one, whether it is settled. */
export function InvoiceStateTag({ row }: { row: Pick<InvoiceRow, 'redOfId' | 'open'> }) {
  const { t } = useTranslation();
  if (row.redOfId) return <Tag color="red">{t('invoices.color.red')}</Tag>;
  return row.open === 0 ? (
    <Tag color="green">{t('invoices.settlement.settled')}</Tag>
  ) : (
    <Tag color="blue">{t('invoices.settlement.open')}</Tag>
  );
}

export { shownInvoiceNumber as shownNumber } from '@shared/invoices/invoice-number';
