import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Row from 'antd/es/row';
import Switch from 'antd/es/switch';
import type { FormInstance } from 'antd/es/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '@shared/customers/contract';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpc } from '../../rpc/client';
import type { QuoteFormValues } from './quote-form';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

/** 抬头: the customer (its contact and terms filled in when picked), dates, tax and terms. */
export function QuoteHeaderForm({
  form,
  customerLabel,
  readOnly,
}: {
  form: FormInstance<QuoteFormValues>;
  customerLabel: string | undefined;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="customerId"
          label={t('fields.customerId')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <RemoteSelect<CustomerRow>
            ariaLabel={t('quotes.customer')}
            currentLabel={customerLabel}
            search={searchCustomers}
            toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
            onChange={(_id, c) =>
              c &&
              form.setFieldsValue({
                contactName: c.primaryContact,
                contactPhone: c.primaryPhone,
                paymentTerms: c.paymentTerms,
              })
            }
            disabled={readOnly}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="project" label={t('fields.project')}>
          <Input />
        </Form.Item>
      </Col>
      {(['contactName', 'contactPhone', 'contactEmail'] as const).map((f) => (
        <Col span={8} key={f}>
          <Form.Item name={f} label={t(`fields.${f}`)}>
            <Input />
          </Form.Item>
        </Col>
      ))}
      <Col span={6}>
        <Form.Item
          name="quoteDate"
          label={t('fields.quoteDate')}
          getValueProps={(v: string) => ({ value: v ? dayjs(v) : null })}
          normalize={(d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD')}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="validDays" label={t('fields.validDays')}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="priceIncludesTax" label={t('fields.priceIncludesTax')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="targetMargin" label={`${t('fields.targetMargin')} %`}>
          <Input />
        </Form.Item>
      </Col>
      {(['taxStatement', 'leadTime', 'paymentTerms', 'warranty'] as const).map((f) => (
        <Col span={12} key={f}>
          <Form.Item name={f} label={t(`fields.${f}`)}>
            <Input />
          </Form.Item>
        </Col>
      ))}
      <Col span={24}>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );
}
