import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown instead of React Router's default page when a page fails to render or its code fails to load. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.crashed')}
      subTitle={t('errors.crashedDetail')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
