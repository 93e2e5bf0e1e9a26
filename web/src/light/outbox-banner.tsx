import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../api/outbox.ts';
import { outboxItemName } from '../lib/outbox/item-name.ts';
import { discardItem, flush, retryItem } from '../lib/outbox/outbox.ts';
import type { TOutboxItem } from '../lib/outbox/outbox-item.ts';
import { Dialog } from './ui/dialog.tsx';

// both versions of a day are shown rarely: their code loads when asked
const DayConflict = lazy(() => import('./day-conflict.tsx').then((m) => ({ default: m.DayConflict })));

/**
 * What this phone still keeps unsent, item by item (nothing acknowledged is lost): each with where it
 * stands and the server's reason when refused, a retry, and a way to give it up.
 */
export function OutboxBanner() {
  const { t } = useTranslation();
  const items = useOutbox();
  const problems = items.filter((i) => i.state === 'failed' || i.state === 'conflict');
  const [open, setOpen] = useState(false);
  const [comparing, setComparing] = useState<TOutboxItem | null>(null);
  const [discarding, setDiscarding] = useState<TOutboxItem | null>(null);
  if (items.length === 0) return null;
  const title = t('outbox.title', { count: items.length });
  const showList = open || problems.length > 0;
  const noteOf = (item: TOutboxItem) =>
    item.state === 'waiting' && (item.photos?.length ?? 0) > 0 ? t('outbox.waitingPhoto') : item.message;

  return (
    <section aria-label={title} className="zl-outbox">
      <div className={`zl-alert zl-alert-${problems.length > 0 ? 'warning' : 'info'}`} role="alert">
        <div className="zl-alert-text">
          <div className="zl-alert-title">{title}</div>
          {!navigator.onLine && <div className="zl-alert-body">{t('outbox.offline')}</div>}
          {problems.length > 0 && (
            <div className="zl-alert-body">{t('outbox.problems', { count: problems.length })}</div>
          )}
        </div>
        <div className="zl-alert-action">
          {problems.length === 0 && (
            <button type="button" className="zl-link-btn" onClick={() => setOpen((o) => !o)}>
              {open ? t('outbox.hide') : t('outbox.show')}
            </button>
          )}
          {navigator.onLine && items.some((i) => i.state === 'waiting') && (
            <button
              type="button"
              className="zl-btn zl-btn-small"
              onClick={() => void flush(items[0]!.userId)}
            >
              {t('outbox.sendNow')}
            </button>
          )}
        </div>
      </div>
      {showList && (
        <ul className="zl-list">
          {items.map((item) => {
            const note = noteOf(item);
            return (
              <li key={item.id}>
                <div className="zl-ellipsis">{outboxItemName(t, item)}</div>
                <div className="zl-row">
                  <span className={`zl-tag zl-tag-${item.state}`}>{t(`outbox.states.${item.state}`)}</span>
                  {note && (
                    <span className={item.state === 'waiting' ? 'zl-muted' : 'zl-danger'}>{note}</span>
                  )}
                  <span className="zl-row-end">
                    {item.state === 'failed' && (
                      <button
                        type="button"
                        className="zl-btn zl-btn-small"
                        onClick={() => void retryItem(item)}
                      >
                        {t('outbox.retry')}
                      </button>
                    )}
                    {item.state === 'conflict' && (
                      <button
                        type="button"
                        className="zl-btn zl-btn-small zl-btn-primary"
                        onClick={() => setComparing(item)}
                      >
                        {t('outbox.compare')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="zl-link-btn zl-danger"
                      onClick={() => setDiscarding(item)}
                    >
                      {t('outbox.discard')}
                    </button>
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {discarding && (
        <Dialog
          title={outboxItemName(t, discarding)}
          onClose={() => setDiscarding(null)}
          footer={
            <>
              <button type="button" className="zl-btn" onClick={() => setDiscarding(null)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="zl-btn zl-btn-danger"
                onClick={() => {
                  void discardItem(discarding.id);
                  setDiscarding(null);
                }}
              >
                {t('outbox.discard')}
              </button>
            </>
          }
        >
          <p>{t('outbox.discardConfirm')}</p>
        </Dialog>
      )}
      {comparing && (
        <Suspense fallback={null}>
          <DayConflict item={comparing} onClose={() => setComparing(null)} />
        </Suspense>
      )}
    </section>
  );
}
