import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';
import { normaliseLanguage, otherLanguage } from '../i18n/language.ts';

/** One button offering the other language: "English" in Chinese, "中文" in English. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const next = otherLanguage(normaliseLanguage(i18n.language));
  return (
    <Button
      type="text"
      size={compact ? 'small' : 'middle'}
      icon={<GlobalOutlined />}
      lang={next}
      onClick={() => void setLanguage(next)}
    >
      {t('lang.switch')}
    </Button>
  );
}
