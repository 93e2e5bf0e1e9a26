import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';

/** A failed load, with the server's message and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.loadFailed')}
      subTitle={errorMessage(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : null
      }
    />
  );
}
