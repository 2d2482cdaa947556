import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Drawer, Form, Input, Row, Select, Space, Spin, Switch, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TAX_RATES } from '../../../electron/shared/money';
import { productInput } from '../../../electron/shared/products/contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { useSession } from '../auth/session-context';
import { taxRateLabel } from '../format';
import { handleSaveError, validateWith } from '../forms/zod-form';
import { rpc } from '../rpc/client';

export function ProductDrawer({ id, onClose, onSaved }: { id: number | 'new'; onClose(): void; onSaved(id: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const isNew = id === 'new';
  const detail = useQuery({ queryKey: ['products.get', id], queryFn: () => rpc('products.get', { id: id as number }), enabled: !isNew });
  const readOnly = !can('products.write');

  useEffect(() => {
    if (detail.data) form.setFieldsValue(detail.data);
  }, [detail.data, form]);

  const save = useMutation({
    mutationFn: async (data: ReturnType<typeof productInput.parse>) =>
      isNew ? rpc('products.create', data) : rpc('products.update', { id: id as number, version: detail.data!.version, data }),
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['products.list'] });
      await queryClient.invalidateQueries({ queryKey: ['audit.forEntity', 'product', saved.id] });
      form.setFieldsValue(saved);
      onSaved(saved.id);
    },
    onError: (err) => message.error(handleSaveError(form, err)),
  });

  function submit() {
    const data = validateWith(form, productInput, form.getFieldsValue(true));
    if (data) save.mutate(data);
  }

  const fields = (
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
        <Form.Item name="brand" label={t('fields.brand')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="spec" label={t('fields.spec')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="unit" label={t('fields.unit')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="taxRate" label={t('fields.taxRate')}>
          <Select options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="listPrice" label={t('fields.listPrice')}>
          <Input inputMode="decimal" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="standardCost" label={t('fields.standardCost')}>
          <Input inputMode="decimal" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="source" label={t('fields.source')}>
          <Select
            options={[
              { value: 'own', label: t('products.own') },
              { value: 'bought', label: t('products.bought') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="category" label={t('fields.category')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="active" label={t('fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('fields.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Col>
    </Row>
  );

  return (
    <Drawer
      open
      width={760}
      title={isNew ? t('products.new') : `${t('products.edit')} ${detail.data?.code ?? ''}`}
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
        <Form form={form} layout="vertical" disabled={readOnly} initialValues={{ unit: '个', taxRate: '0.13', listPrice: '0', standardCost: '0', source: 'own', active: true }}>
          <Tabs
            items={[
              { key: 'basic', label: t('customers.basic'), children: fields, forceRender: true },
              ...(isNew ? [] : [{ key: 'history', label: t('common.history'), children: <AuditTimeline entity="product" entityId={id as number} /> }]),
            ]}
          />
        </Form>
      )}
    </Drawer>
  );
}
