import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Drawer, Form, Input, Row, Select, Space, Spin, Switch, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { supplierInput } from '../../../electron/shared/suppliers/contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { ContactsEditor } from '../forms/ContactsEditor';
import { handleSaveError, validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';

export function SupplierDrawer({ id, onClose, onSaved }: { id: number | 'new'; onClose(): void; onSaved(id: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const isNew = id === 'new';
  const detail = useQuery({ queryKey: ['suppliers.get', id], queryFn: () => rpc('suppliers.get', { id: id as number }), enabled: !isNew });
  const readOnly = !can('suppliers.write');

  useEffect(() => {
    if (detail.data) form.setFieldsValue(detail.data);
  }, [detail.data, form]);

  const save = useMutation({
    mutationFn: async (data: ReturnType<typeof supplierInput.parse>) =>
      isNew ? rpc('suppliers.create', data) : rpc('suppliers.update', { id: id as number, version: detail.data!.version, data }),
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['suppliers.list'] });
      await queryClient.invalidateQueries({ queryKey: ['audit.forEntity', 'supplier', saved.id] });
      form.setFieldsValue(saved);
      onSaved(saved.id);
    },
    onError: (err) => message.error(handleSaveError(form, err)),
  });

  function submit() {
    const data = validateWith(form, supplierInput, form.getFieldsValue(true));
    if (data) save.mutate(data);
  }

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
        <Form.Item name="taxId" label={t('fields.taxId')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="bankName" label={t('fields.bankName')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="bankAccount" label={t('fields.bankAccount')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="categories" label={t('fields.categories')} extra={t('suppliers.categoriesHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />
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

  return (
    <Drawer
      open
      width={900}
      title={isNew ? t('suppliers.new') : `${t('suppliers.edit')} ${detail.data?.code ?? ''}`}
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
        <Form form={form} layout="vertical" disabled={readOnly} initialValues={{ active: true, categories: [], contacts: [] }}>
          <Tabs
            items={[
              { key: 'basic', label: t('customers.basic'), children: basic, forceRender: true },
              { key: 'contacts', label: t('customers.contacts'), children: <ContactsEditor />, forceRender: true },
              ...(isNew ? [] : [{ key: 'history', label: t('common.history'), children: <AuditTimeline entity="supplier" entityId={id as number} /> }]),
            ]}
          />
        </Form>
      )}
    </Drawer>
  );
}
