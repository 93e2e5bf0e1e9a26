import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

function BackHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/')}>
      {t('errors.backHome')}
    </Button>
  );
}

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbidden')}
      subTitle={t('errors.forbiddenDetail')}
      extra={<BackHome />}
    />
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFound')}
      subTitle={t('errors.notFoundDetail')}
      extra={<BackHome />}
    />
  );
}

export function NoPagesResult() {
  const { t } = useTranslation();
  return <Result status="info" title={t('errors.noPages')} />;
}
