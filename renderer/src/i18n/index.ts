import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '@shared/i18n/en';
import { zhCN } from '@shared/i18n/zh-CN';
import type { Locale } from '@shared/rpc/envelope';
import { isLocale } from '@shared/rpc/envelope';
import { setRpcLocale } from '../rpc/client';
import { uiEn } from './ui-en';
import { uiZhCN } from './ui-zh-CN';

const LOCALE_KEY = 'neiqin.locale';

export function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocale(stored) ? stored : 'zh-CN';
}

export async function initI18n(): Promise<void> {
  const locale = initialLocale();
  setRpcLocale(locale);
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { ...zhCN, ...uiZhCN } },
      en: { translation: { ...en, ...uiEn } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
}

export async function changeLocale(locale: Locale): Promise<void> {
  localStorage.setItem(LOCALE_KEY, locale);
  setRpcLocale(locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}
