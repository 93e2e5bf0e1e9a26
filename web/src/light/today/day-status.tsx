import type { TDayView } from '@zhucun/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { Alert } from '../ui/alert.tsx';

type Props = {
  record: TDayView | null;
  /** The form shows a draft kept on this phone (not what the server has). */
  draft: boolean;
  /** The draft waits for the connection to come back. */
  pending: boolean;
  backfill: boolean;
  date: string;
};

/** "已记录 21:05", "草稿，未保存", the offline notice, and the township's comment on a returned day. It does not fetch. */
export function DayStatus({ record, draft, pending, backfill, date }: Props) {
  const { t } = useTranslation();
  const returned = record?.returned ? [...record.comments].reverse().find((c) => c.returned) : undefined;
  const others = record?.comments.filter((c) => c !== returned) ?? [];
  const savedAt = record ? dayjs(record.updatedAt) : null;
  const time = savedAt?.isSame(dayjs(), 'day') ? savedAt.format('HH:mm') : savedAt?.format('MM-DD HH:mm');
  const saved = record && !draft && !record.returned;
  const showDraft = draft && !pending;
  if (!backfill && !saved && !showDraft && !pending && !record?.returned && others.length === 0) return null;
  return (
    <div className="zl-day-status">
      {(backfill || saved || showDraft) && (
        <div className="zl-row">
          {backfill && <span className="zl-tag zl-tag-gold">{t('duty.today.backfillHint', { date })}</span>}
          {saved && (
            <span className="zl-tag zl-tag-green" role="status">
              {t('duty.today.savedAt', { time })}
            </span>
          )}
          {showDraft && (
            <span className="zl-tag zl-tag-orange" role="status">
              {t('duty.today.draft')}
            </span>
          )}
        </div>
      )}
      {pending && <Alert type="warning" role="status" title={t('duty.today.offline')} />}
      {record?.returned && (
        <Alert type="error" title={<strong>{t('duty.today.returnedTitle')}</strong>}>
          {returned && (
            <>
              <div className="zl-returned-text">{returned.text}</div>
              <div className="zl-small">
                {t('duty.today.returnedBy', {
                  author: returned.author,
                  at: formatDateTime(returned.createdAt),
                })}
              </div>
            </>
          )}
        </Alert>
      )}
      {others.length > 0 && (
        <Alert type="info" role="status" title={t('duty.today.comments')}>
          {others.map((c) => (
            <div key={c.id} className="zl-comment">
              {c.text}{' '}
              <span className="zl-small">
                {c.author} · {formatDateTime(c.createdAt)}
              </span>
            </div>
          ))}
        </Alert>
      )}
    </div>
  );
}
