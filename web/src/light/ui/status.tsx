import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';

/** 加载中…, for a part of the page still on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="zl-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A read that failed: what the server or the network said, and 重试. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="zl-alert zl-alert-error" role="alert">
      <div className="zl-alert-text">
        <div className="zl-alert-title">{t('errors.loadFailed')}</div>
        <div className="zl-alert-body">{errorMessage(error)}</div>
      </div>
      <button type="button" className="zl-btn zl-btn-small" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
