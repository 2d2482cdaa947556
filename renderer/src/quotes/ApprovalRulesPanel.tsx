import Alert from 'antd/es/alert';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fenToYuan } from '@shared/money';
import { approvalRules } from '@shared/quotes/contract';
import { parseYuan } from '../receipts/yuan-input';
import { rpc } from '../rpc/client';
import { SettingsForm } from '../settings/SettingsForm';

/** The form's rules: the amount typed in yuan (two decimals at most), stored in fen. */
const rulesForm = approvalRules.extend({
  maxAmount: z.string().refine((v) => parseYuan(v) !== null, { error: 'quoteRules.badYuan' }),
});

/** 设置 › 审批规则: when a quote or a directly entered order needs the manager; the manager (or admin) changes them. */
export function ApprovalRulesPanel() {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16, maxWidth: 820 }} message={t('quoteRules.intro')} />
      <SettingsForm
        channel="quotes.rules.get"
        load={() => rpc('quotes.rules.get', {})}
        save={(data) => rpc('quotes.rules.update', { ...data, maxAmount: parseYuan(data.maxAmount)! })}
        schema={rulesForm}
        writePermission="quotes.approve"
        toForm={(r) => ({ ...r, maxAmount: fenToYuan(r.maxAmount) })}
        fields={[
          {
            name: 'minMarginPercent',
            label: 'quoteRules.minMarginPercent',
            extra: 'quoteRules.minMarginHint',
            input: <Input inputMode="decimal" />,
          },
          {
            name: 'maxDiscountPercent',
            label: 'quoteRules.maxDiscountPercent',
            extra: 'quoteRules.maxDiscountHint',
            input: <Input inputMode="decimal" />,
          },
          { name: 'maxAmount', label: 'quoteRules.maxAmountYuan', input: <Input inputMode="decimal" /> },
          {
            name: 'missingCostNeedsApproval',
            label: 'quoteRules.missingCostNeedsApproval',
            extra: 'quoteRules.missingCostHint',
            span: 24,
            toggle: true,
          },
        ]}
      />
    </>
  );
}
