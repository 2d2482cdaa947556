import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import { useTranslation } from 'react-i18next';

export interface RowFieldSpec {
  name: string;
  /** i18n key of the label. */
  label: string;
  width?: number;
  required?: boolean;
  /** A checkbox that marks one row (primary contact, default address). */
  flag?: boolean;
}

interface Props {
  /** The form list's name (contacts, addresses). */
  name: string;
  /** i18n key naming one row in labels, e.g. fields.contact -> "联系人 1 名称". */
  rowLabel: string;
  addLabel: string;
  fields: RowFieldSpec[];
  /** Set on the first row added. */
  firstRowFlag: string;
}

/** Several rows of the same small record inside a form: contacts, delivery addresses. */
export function RowsEditor({ name, rowLabel, addLabel, fields, firstRowFlag }: Props) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row, index) => (
            <Space key={row.key} align="start" wrap data-testid={`${name}-${index}`}>
              {fields.map((f) => (
                <Form.Item
                  key={f.name}
                  name={[row.name, f.name]}
                  label={t(f.label)}
                  rules={f.required ? [{ required: true, message: t('validation.required') }] : undefined}
                  {...(f.flag ? { valuePropName: 'checked' } : {})}
                >
                  {f.flag ? (
                    <Checkbox />
                  ) : (
                    <Input style={{ width: f.width ?? 120 }} aria-label={`${t(rowLabel)} ${index + 1} ${t(f.label)}`} />
                  )}
                </Form.Item>
              ))}
              <Form.Item label=" ">
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(row.name)}
                  aria-label={`${t('common.remove')} ${t(rowLabel)} ${index + 1}`}
                />
              </Form.Item>
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ [firstRowFlag]: rows.length === 0 })}>
            {t(addLabel)}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function ContactsEditor() {
  return (
    <RowsEditor
      name="contacts"
      rowLabel="fields.contact"
      addLabel="customers.addContact"
      firstRowFlag="isPrimary"
      fields={[
        { name: 'name', label: 'fields.name', width: 110, required: true },
        { name: 'title', label: 'fields.title', width: 100 },
        { name: 'mobile', label: 'fields.mobile', width: 130 },
        { name: 'phone', label: 'fields.phone', width: 130 },
        { name: 'email', label: 'fields.email', width: 180 },
        { name: 'isPrimary', label: 'fields.isPrimary', flag: true },
      ]}
    />
  );
}

export function AddressesEditor() {
  return (
    <RowsEditor
      name="addresses"
      rowLabel="fields.address"
      addLabel="customers.addAddress"
      firstRowFlag="isDefault"
      fields={[
        { name: 'label', label: 'fields.label', width: 90 },
        { name: 'address', label: 'fields.address', width: 300, required: true },
        { name: 'contact', label: 'fields.contact', width: 90 },
        { name: 'phone', label: 'fields.phone', width: 130 },
        { name: 'isDefault', label: 'fields.isDefault', flag: true },
      ]}
    />
  );
}
