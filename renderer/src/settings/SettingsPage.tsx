import Tabs from 'antd/es/tabs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { BackupPanel } from './BackupPanel';
import { CompanyPanel } from './CompanyPanel';
import { MailPanel } from './MailPanel';
import { NumberingPanel } from './NumberingPanel';
import { UsersPanel } from './UsersPanel';
import { QuoteFormatsPanel } from '../quotes/QuoteFormatsPanel';
import { ApprovalRulesPanel } from '../quotes/ApprovalRulesPanel';
import { DeliverySettingsPanel } from '../deliveries/DeliverySettingsPanel';
import { ReceivableSettingsPanel } from '../receivables/ReceivableSettingsPanel';
import { FormOffsetsPanel } from '../printing/FormOffsetsPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const items = [
    { key: 'company', label: t('settings.company'), children: <CompanyPanel /> },
    { key: 'numbering', label: t('settings.numbering'), children: <NumberingPanel /> },
    { key: 'mail', label: t('settings.mail'), children: <MailPanel /> },
    ...(can('quotes.read')
      ? [{ key: 'quoteFormats', label: t('settings.quoteFormats'), children: <QuoteFormatsPanel /> }]
      : []),
    ...(can('quotes.read')
      ? [{ key: 'approvalRules', label: t('quoteRules.tab'), children: <ApprovalRulesPanel /> }]
      : []),
    ...(can('deliveries.read')
      ? [{ key: 'deliveries', label: t('settings.deliveries'), children: <DeliverySettingsPanel /> }]
      : []),
    ...(can('deliveries.read')
      ? [{ key: 'printForms', label: t('printing.offsets.tab'), children: <FormOffsetsPanel /> }]
      : []),
    ...(can('finance.read')
      ? [{ key: 'receivables', label: t('receivables.settings'), children: <ReceivableSettingsPanel /> }]
      : []),
    ...(can('users.manage') ? [{ key: 'users', label: t('settings.users'), children: <UsersPanel /> }] : []),
    ...(can('backup.run') ? [{ key: 'backup', label: t('settings.backup'), children: <BackupPanel /> }] : []),
  ];
  return (
    <div className="page" style={{ height: 'auto', minHeight: '100%' }}>
      <Tabs items={items} />
    </div>
  );
}
