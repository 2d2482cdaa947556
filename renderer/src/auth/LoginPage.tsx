import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useSession } from './session-context';
import { rpcQuery } from '../rpc/query-keys';

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ username: string; password: string }>();
  const options = useQuery(rpcQuery('auth.loginOptions', {}));
  const username = Form.useWatch('username', form);
  const chosen = options.data?.users.find((u) => u.username === username);

  async function submit(values: { username: string; password?: string }) {
    setBusy(true);
    setError(null);
    try {
      await login(values.username, values.password ?? '');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <Card style={{ width: 380 }} title={t('login.title')} extra={<LanguageSwitch />}>
        {options.error && (
          <Alert type="error" showIcon message={(options.error as Error).message} style={{ marginBottom: 16 }} />
        )}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ username: 'admin' }}>
          <Form.Item
            name="username"
            label={t('login.user')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select
              showSearch
              aria-label={t('login.user')}
              options={options.data?.users.map((u) => ({
                value: u.username,
                label: `${u.displayName}${t('wording.paren', { text: t(`roles.${u.role}`) })}`,
              }))}
              loading={options.isLoading}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            extra={chosen && !chosen.hasPassword ? t('login.passwordHint') : undefined}
          >
            <Input.Password aria-label={t('login.password')} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text type="secondary">{t('app.fullName')}</Typography.Text>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('login.submit')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
