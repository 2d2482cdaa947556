import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Several contacts, one primary: used by customers and suppliers alike. */
export function ContactsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" wrap data-testid={`contact-${index}`}>
              <Form.Item name={[field.name, 'name']} label={t('fields.name')} rules={[{ required: true, message: t('validation.required') }]}>
                <Input style={{ width: 110 }} aria-label={`${t('fields.contact')} ${index + 1} ${t('fields.name')}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} label={t('fields.title')}>
                <Input style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'mobile']} label={t('fields.mobile')}>
                <Input style={{ width: 130 }} aria-label={`${t('fields.contact')} ${index + 1} ${t('fields.mobile')}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} label={t('fields.phone')}>
                <Input style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'email']} label={t('fields.email')}>
                <Input style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'isPrimary']} label={t('fields.isPrimary')} valuePropName="checked">
                <Checkbox />
              </Form.Item>
              <Form.Item label=" ">
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
              </Form.Item>
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ isPrimary: fields.length === 0 })}>
            {t('customers.addContact')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
