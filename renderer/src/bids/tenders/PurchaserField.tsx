import AutoComplete from 'antd/es/auto-complete';
import Form from 'antd/es/form';
import Typography from 'antd/es/typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '@shared/customers/contract';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';

/**
 * 采购人: one of our customers found by name, code or pinyin initials (then the tender keeps the customer), or a
 * name typed that is not a customer. Bound to `purchaserName`; sets `customerId` in the same form.
 */
export function PurchaserField({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?(name: string): void;
  id?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rpcError = useRpcError();
  const customerId = Form.useWatch('customerId', { form, preserve: true }) as number | null | undefined;
  const [found, setFound] = useState<CustomerRow[]>([]);
  const ticket = useRef(0);
  const [q, setQ] = useState('');
  // The name of the customer chosen (or kept from the saved tender), while the text still reads so.
  const picked = useRef<string | null>(customerId ? (value ?? null) : null);

  useEffect(() => {
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } }).then(
        (page) => mine === ticket.current && setFound(page.rows),
        (err: unknown) => rpcError.show(err),
      );
    }, 200);
    return () => clearTimeout(timer);
    // rpcError is a fresh object each render; a new search is due only when the text changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  return (
    <div>
      <AutoComplete
        id={id}
        value={value}
        style={{ width: '100%' }}
        placeholder={t('tenders.purchaserHint')}
        options={found.map((c) => ({ key: c.id, value: c.name, label: `${c.code} ${c.name}`, customer: c }))}
        onSearch={setQ}
        onChange={(text: string) => {
          onChange?.(text);
          // A name typed over the chosen customer's is a purchaser of our own, not that customer.
          if (text !== picked.current) {
            picked.current = null;
            form.setFieldValue('customerId', null);
          }
        }}
        onSelect={(name: string, option: { customer: CustomerRow }) => {
          picked.current = name;
          onChange?.(name);
          form.setFieldValue('customerId', option.customer.id);
        }}
      />
      {customerId ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tenders.isCustomer')}
        </Typography.Text>
      ) : null}
    </div>
  );
}
