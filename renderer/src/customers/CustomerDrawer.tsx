import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import { useTranslation } from 'react-i18next';
import { customerInput, type CustomerDetail } from '@shared/customers/contract';
import { fenToYuan, yuanToFen } from '@shared/money';
import { NUMBER_RULES, numberProblemMessage, readNumberInput } from '@shared/number-input';
import { useSession } from '../auth/session-context';
import { QuoteFormatSelect } from '../quotes/QuoteFormatSelect';
import { FieldGrid } from '../forms/FieldGrid';
import { RecordDrawer } from '../forms/RecordDrawer';
import { AddressesEditor, ContactsEditor } from '../forms/RowsEditor';
import { showFieldErrors } from '../forms/field-errors';
import { rpc } from '../rpc/client';
import { CustomerReceivablesTab } from '../receivables/CustomerReceivablesTab';

export function CustomerDrawer({
  id,
  onClose,
  onSaved,
}: {
  id: number | 'new';
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const isNew = id === 'new';
  // Credit limit and payment days are the manager's; others see them but cannot change them.
  const termsHint = can('credit.manage') ? {} : { extra: 'receivables.managerOnly' };
  const termsLocked = !can('credit.manage');
  return (
    <RecordDrawer<CustomerDetail, typeof customerInput>
      entity="customer"
      id={id}
      titles={{ create: 'customers.new', edit: 'customers.edit' }}
      canWrite={can('customers.write')}
      schema={customerInput}
      initialValues={{ active: true, paymentDays: 0, deliveryShowPrices: true, contacts: [], addresses: [] }}
      load={(id) => rpc('customers.get', { id })}
      create={(data) => rpc('customers.create', data)}
      update={(id, version, data) => rpc('customers.update', { id, lockVersion: version, data })}
      refresh="customers.list"
      // The form shows the credit limit in yuan, empty for no limit (不限); the core keeps fen, null for no limit.
      toForm={(c) => ({ ...c, creditLimit: c.creditLimit === null ? '' : fenToYuan(c.creditLimit) })}
      fromForm={(values, form) => {
        const limit = String(values.creditLimit ?? '');
        if (!limit.trim()) return { ...values, creditLimit: null };
        // Read as every figure is (full-width digits, thousands separators); refused with the reason.
        const read = readNumberInput(limit, NUMBER_RULES.yuan);
        if (read.ok) return { ...values, creditLimit: yuanToFen(read.value) };
        const { key, vars } = numberProblemMessage(read.problem, NUMBER_RULES.yuan);
        showFieldErrors(form, [{ path: 'creditLimit', message: t(key, { ...vars, field: t('fields.creditLimit') }) }]);
        return null;
      }}
      onClose={onClose}
      onSaved={onSaved}
      tabs={[
        {
          key: 'basic',
          label: 'customers.basic',
          children: (
            <FieldGrid
              fields={[
                { name: 'code', label: 'fields.code', ...(isNew ? { extra: 'customers.codeHint' } : {}) },
                { name: 'name', label: 'fields.name', span: 16, required: true },
                { name: 'shortName', label: 'fields.shortName' },
                { name: 'mnemonic', label: 'fields.mnemonic', extra: 'customers.mnemonicHint' },
                { name: 'salesperson', label: 'fields.salesperson' },
                {
                  name: 'paymentTerms',
                  label: 'fields.paymentTerms',
                  input: <Input placeholder={t('wording.paymentTermsExample')} />,
                },
                {
                  name: 'paymentDays',
                  label: 'fields.paymentDays',
                  ...termsHint,
                  input: (
                    <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} disabled={termsLocked} />
                  ),
                },
                {
                  name: 'creditLimit',
                  label: 'customers.creditLimitYuan',
                  extra: termsLocked ? 'receivables.managerOnly' : 'receivables.noLimitHint',
                  input: <Input inputMode="decimal" placeholder={t('receivables.noLimit')} disabled={termsLocked} />,
                },
                { name: 'quoteFormatId', label: 'fields.quoteFormatId', input: <QuoteFormatSelect /> },
                { name: 'deliveryShowPrices', label: 'fields.deliveryShowPrices', toggle: true },
                { name: 'notes', label: 'fields.notes', span: 24, input: <Input.TextArea rows={3} /> },
                { name: 'active', label: 'fields.active', toggle: true },
              ]}
            />
          ),
        },
        {
          key: 'invoicing',
          label: 'customers.invoicing',
          children: (
            <FieldGrid
              fields={[
                { name: 'invoiceTitle', label: 'fields.invoiceTitle', span: 12 },
                { name: 'taxId', label: 'fields.taxId', span: 12 },
                { name: 'invoiceAddressPhone', label: 'fields.invoiceAddressPhone', span: 24 },
                { name: 'invoiceBankAccount', label: 'fields.invoiceBankAccount', span: 24 },
              ]}
            />
          ),
        },
        { key: 'contacts', label: 'customers.contacts', children: <ContactsEditor /> },
        { key: 'addresses', label: 'customers.addresses', children: <AddressesEditor /> },
        ...(!isNew && can('finance.read')
          ? [{ key: 'receivables', label: 'receivables.tab', children: <CustomerReceivablesTab customerId={id} /> }]
          : []),
      ]}
    />
  );
}
