import Alert from 'antd/es/alert';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { smtpUpdate } from '@shared/settings/contract';
import { rpc } from '../rpc/client';
import { SettingsForm } from './SettingsForm';
import { rpcQuery } from '../rpc/query-keys';

/** The outgoing mail server: the password is sent only when typed, and never shown. */
export function MailPanel() {
  const { t } = useTranslation();
  const current = useQuery(rpcQuery('settings.smtp.get', {}));
  return (
    <>
      {current.data?.passwordUnreadable && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('safety.mailPasswordUnreadable')} />
      )}
      <SettingsForm
        channel="settings.smtp.get"
        load={() => rpc('settings.smtp.get', {})}
        save={(data) => rpc('settings.smtp.update', data)}
        schema={smtpUpdate}
        toForm={(v) => ({ ...v, password: '' })}
        fromForm={(v) => ({ ...v, password: v.password ? v.password : null })}
        fields={[
          { name: 'host', label: 'fields.host', span: 12 },
          {
            name: 'port',
            label: 'fields.port',
            span: 6,
            input: <InputNumber min={1} max={65535} style={{ width: '100%' }} />,
          },
          { name: 'secure', label: 'fields.secure', span: 6, toggle: true },
          { name: 'user', label: 'fields.user', span: 12 },
          {
            name: 'password',
            label: 'fields.password',
            span: 12,
            input: (
              <Input.Password
                autoComplete="new-password"
                placeholder={current.data?.hasPassword ? t('settings.passwordStored') : ''}
              />
            ),
          },
          { name: 'from', label: 'fields.from', span: 12 },
          { name: 'fromName', label: 'fields.fromName', span: 12 },
        ]}
      />
    </>
  );
}
