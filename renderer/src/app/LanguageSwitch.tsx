import Segmented from 'antd/es/segmented';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/rpc/envelope';
import { useSession } from '../auth/session-context';
import { changeLocale } from '../i18n';
import { rpc } from '../rpc/client';

/** 中文 / English; a logged-in user's choice is remembered on the server too. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const { user, setUser } = useSession();
  async function choose(locale: Locale) {
    await changeLocale(locale);
    if (user) setUser(await rpc('auth.setLocale', { locale }));
  }
  return (
    <Segmented
      size="small"
      value={i18n.language}
      onChange={(v) => void choose(v as Locale)}
      options={[
        // Each language is named in itself, whatever the current one.
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
