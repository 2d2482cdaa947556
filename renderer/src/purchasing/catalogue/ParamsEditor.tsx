import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import { useTranslation } from 'react-i18next';

/** Named parameters (电压 380V, 功率 7.5kW) as rows of name and value, under the form field `name`. */
export function ParamsEditor({ name, readOnly }: { name: (string | number)[] | string; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          {rows.map((row) => (
            <Space key={row.key} align="start">
              <Form.Item name={[row.name, 'name']} noStyle={false} style={{ marginBottom: 0 }}>
                <Input
                  disabled={readOnly}
                  style={{ width: 140 }}
                  placeholder={t('catalogue.paramName')}
                  aria-label={t('catalogue.paramName')}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'value']} style={{ marginBottom: 0 }}>
                <Input
                  disabled={readOnly}
                  style={{ width: 180 }}
                  placeholder={t('catalogue.paramValue')}
                  aria-label={t('catalogue.paramValue')}
                />
              </Form.Item>
              {!readOnly && (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('catalogue.remove')}
                  onClick={() => remove(row.name)}
                />
              )}
            </Space>
          ))}
          {!readOnly && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })}>
              {t('catalogue.addParam')}
            </Button>
          )}
        </Space>
      )}
    </Form.List>
  );
}
