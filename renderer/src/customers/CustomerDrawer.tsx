import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Col, Drawer, Form, Input, InputNumber, Row, Space, Spin, Switch, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { customerInput, type CustomerDetail } from '../../../electron/shared/customers/contract';
import { fenToYuan, yuanToFen } from '../../../electron/shared/money';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { ContactsEditor } from '../forms/ContactsEditor';
import { handleSaveError, showFieldErrors, validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';

type FormValues = Record<string, unknown> & { creditLimit?: string };

function toForm(c: CustomerDetail): FormValues {
  return { ...c, creditLimit: fenToYuan(c.creditLimit) };
}

export function CustomerDrawer({ id, onClose, onSaved }: { id: number | 'new'; onClose(): void; onSaved(id: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm<FormValues>();
  const queryClient = useQueryClient();
  const isNew = id === 'new';
  const detail = useQuery({ queryKey: ['customers.get', id], queryFn: () => rpc('customers.get', { id: id as number }), enabled: !isNew });
  const readOnly = !can('customers.write');

  useEffect(() => {
    if (detail.data) form.setFieldsValue(toForm(detail.data));
  }, [detail.data, form]);

  const save = useMutation({
    mutationFn: async (data: ReturnType<typeof customerInput.parse>) =>
      isNew ? rpc('customers.create', data) : rpc('customers.update', { id: id as number, version: detail.data!.version, data }),
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['customers.list'] });
      await queryClient.invalidateQueries({ queryKey: ['customers.get', saved.id] });
      await queryClient.invalidateQueries({ queryKey: ['audit.forEntity', 'customer', saved.id] });
      form.setFieldsValue(toForm(saved));
      onSaved(saved.id);
    },
    onError: (err) => message.error(handleSaveError(form, err)),
  });

  function submit() {
    const values = form.getFieldsValue(true) as FormValues;
    let creditLimit = 0;
    try {
      creditLimit = values.creditLimit ? yuanToFen(String(values.creditLimit)) : 0;
    } catch {
      showFieldErrors(form, [{ path: 'creditLimit', message: 'validation.price' }]);
      return;
    }
    const data = validateWith(form, customerInput, { ...values, creditLimit });
    if (data) save.mutate(data);
  }

  const title = isNew ? t('customers.new') : `${t('customers.edit')} ${detail.data?.code ?? ''}`;
  const basic = (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="code" label={t('fields.code')} extra={isNew ? t('customers.codeHint') : undefined}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="shortName" label={t('fields.shortName')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="mnemonic" label={t('fields.mnemonic')} extra={t('customers.mnemonicHint')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="salesperson" label={t('fields.salesperson')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="paymentTerms" label={t('fields.paymentTerms')}>
          <Input placeholder="月结30天" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="paymentDays" label={t('fields.paymentDays')}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="creditLimit" label={t('customers.creditLimitYuan')}>
          <Input inputMode="decimal" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="active" label={t('fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );

  const invoicing = (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="invoiceTitle" label={t('fields.invoiceTitle')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="taxId" label={t('fields.taxId')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="invoiceAddressPhone" label={t('fields.invoiceAddressPhone')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="invoiceBankAccount" label={t('fields.invoiceBankAccount')}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );

  const addresses = (
    <Form.List name="addresses">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item name={[field.name, 'label']} label={t('fields.label')}>
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'address']} label={t('fields.address')} rules={[{ required: true, message: t('validation.required') }]}>
                <Input style={{ width: 300 }} aria-label={`${t('fields.address')} ${index + 1}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'contact']} label={t('fields.contact')}>
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} label={t('fields.phone')}>
                <Input style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'isDefault']} label={t('fields.isDefault')} valuePropName="checked">
                <Checkbox />
              </Form.Item>
              <Form.Item label=" ">
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
              </Form.Item>
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ isDefault: fields.length === 0 })}>
            {t('customers.addAddress')}
          </Button>
        </>
      )}
    </Form.List>
  );

  return (
    <Drawer
      open
      width={900}
      title={title}
      onClose={onClose}
      destroyOnHidden
      extra={
        !readOnly && (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={submit}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      {!isNew && detail.isLoading ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" disabled={readOnly} initialValues={{ active: true, paymentDays: 0, contacts: [], addresses: [] }}>
          <Tabs
            items={[
              { key: 'basic', label: t('customers.basic'), children: basic, forceRender: true },
              { key: 'invoicing', label: t('customers.invoicing'), children: invoicing, forceRender: true },
              { key: 'contacts', label: t('customers.contacts'), children: <ContactsEditor />, forceRender: true },
              { key: 'addresses', label: t('customers.addresses'), children: addresses, forceRender: true },
              ...(isNew ? [] : [{ key: 'history', label: t('common.history'), children: <AuditTimeline entity="customer" entityId={id as number} /> }]),
            ]}
          />
        </Form>
      )}
    </Drawer>
  );
}
