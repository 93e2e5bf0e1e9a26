import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUSLocale from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** People who ask their system for less motion get none (this also keeps slow phones snappy). */
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Party-building red as the brand colour, restrained everywhere else. */
const THEME = {
  algorithm: theme.defaultAlgorithm,
  token: { colorPrimary: '#b4232a', colorLink: '#b4232a', borderRadius: 6, motion: !reducedMotion },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff' } },
};

/**
 * antd locale and theme follow the interface language (dayjs is switched in i18n).
 * No space is inserted into two-character Chinese buttons, so "登录" keeps its accessible name.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en-US' ? enUSLocale : zhCNLocale;
  return (
    <ConfigProvider locale={locale} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
