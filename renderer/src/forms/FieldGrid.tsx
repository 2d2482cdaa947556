import Col from 'antd/es/col';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import Switch from 'antd/es/switch';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldSpec {
  name: string;
  /** i18n key of the label. */
  label: string;
  /** Grid columns out of 24. */
  span?: number;
  /** i18n key of a hint under the field. */
  extra?: string;
  required?: boolean;
  /** A switch bound to a boolean; otherwise `input`, or a plain text box. */
  toggle?: boolean;
  input?: ReactNode;
}

/** A form's fields laid out on the grid, labelled through i18n. */
export function FieldGrid({ fields }: { fields: FieldSpec[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col span={f.span ?? 8} key={f.name}>
          <Form.Item
            name={f.name}
            label={t(f.label)}
            extra={f.extra ? t(f.extra) : undefined}
            rules={f.required ? [{ required: true, message: t('validation.required') }] : undefined}
            {...(f.toggle ? { valuePropName: 'checked' } : {})}
          >
            {f.toggle ? <Switch /> : (f.input ?? <Input />)}
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
