import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US.ts';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage, type TLanguage } from './language.ts';
import { zhCN } from './zh-CN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

const DAYJS_LOCALE: Record<TLanguage, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function applyLanguage(language: TLanguage): void {
  dayjs.locale(DAYJS_LOCALE[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

const initial = readStoredLanguage(typeof localStorage === 'undefined' ? undefined : localStorage);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(initial);

/** The language the interface currently shows (also sent as Accept-Language). */
export function currentLanguage(): TLanguage {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Switches the interface language and remembers the choice in localStorage (`zc.lang`). */
export async function setLanguage(language: TLanguage): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(language);
  applyLanguage(language);
}

export { i18n };
