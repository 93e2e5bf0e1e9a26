export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** localStorage key that remembers the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'zc.lang';

/** Maps any stored or browser value onto a supported language; Chinese is the default. */
export function normaliseLanguage(value: string | null | undefined): TLanguage {
  if (!value) return 'zh-CN';
  return value.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/** The language the switch offers: the other one. */
export function otherLanguage(language: TLanguage): TLanguage {
  return language === 'zh-CN' ? 'en-US' : 'zh-CN';
}

export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): TLanguage {
  try {
    return normaliseLanguage(storage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return 'zh-CN';
  }
}
