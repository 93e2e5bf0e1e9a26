import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage, type TLanguage } from '../i18n/language.ts';
import { lightZhCN } from './strings.zh-CN.ts';

/*
 * The light build's i18n (docs/web.md §Size): the build resolves src/i18n/index.ts to this file, so
 * api/client.ts and the shared hooks work unchanged. It holds only the light pages' strings, and the
 * English ones load when English is chosen.
 */

const DAYJS_LOCALE: Record<TLanguage, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

async function loadStrings(language: TLanguage): Promise<void> {
  if (language !== 'en-US' || i18n.hasResourceBundle('en-US', 'translation')) return;
  const { lightEnUS } = await import('./strings.en-US.ts');
  i18n.addResourceBundle('en-US', 'translation', lightEnUS);
}

function applyLanguage(language: TLanguage): void {
  dayjs.locale(DAYJS_LOCALE[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

const initial = readStoredLanguage(typeof localStorage === 'undefined' ? undefined : localStorage);

/** Resolves once the strings of the chosen language are in: the page renders after it. */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: lightZhCN } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en-US'],
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => setLanguage(initial, false))
  .catch(() => applyLanguage('zh-CN'));

/** The language the interface currently shows (also sent as Accept-Language). */
export function currentLanguage(): TLanguage {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Switches the interface language; remembered in localStorage (`zc.lang`) unless `remember` is false. */
export async function setLanguage(language: TLanguage, remember = true): Promise<void> {
  if (remember)
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // private mode: the choice lasts for this page only
    }
  await loadStrings(language);
  await i18n.changeLanguage(language);
  applyLanguage(language);
}

export { i18n };
