import { useTranslation } from 'react-i18next';
import { useDayConflict } from '../api/day-conflict.ts';
import type { TDraftEntry } from '../lib/day-draft.ts';
import { formatDateTime } from '../lib/format.ts';
import type { TOutboxItem } from '../lib/outbox/outbox-item.ts';
import { Alert } from './ui/alert.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Loading } from './ui/status.tsx';

/** What both versions show, field by field. */
type TDayFields = Pick<TDraftEntry, 'day' | 'night' | 'work' | 'activities' | 'rolePlayed' | 'roles'>;

/** One version of the day, field by field. */
function DayVersion({ title, day, extra }: { title: string; day: TDayFields; extra?: string }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('duty.today.day'), t(`duty.places.${day.day}`)],
    [t('duty.today.night'), t(`duty.places.${day.night}`)],
    [t('duty.today.work'), day.work || '—'],
    [t('duty.today.roles'), day.roles.map((r) => t(`duty.fourRoles.${r}`)).join('、') || '—'],
  ];
  if (day.activities) rows.push([t('duty.today.activities'), day.activities]);
  if (day.rolePlayed) rows.push([t('duty.today.rolePlayed'), day.rolePlayed]);
  return (
    <section className="zl-card" aria-label={title}>
      <div className="zl-card-head">
        <h3>{title}</h3>
        {extra && <span className="zl-muted">{extra}</span>}
      </div>
      <dl className="zl-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * A day saved on the phone while the server's record changed (the township corrected it): both versions
 * one above the other; the cadre keeps theirs (sent over the version they have now seen) or the server's.
 */
export function DayConflict({ item, onClose }: { item: TOutboxItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { date, server, theirs, keepMine, keepTheirs } = useDayConflict(item, onClose);
  return (
    <Dialog
      title={t('outbox.conflict.title', { date })}
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="zl-btn"
            onClick={() => void keepTheirs()}
            disabled={!server.isSuccess}
          >
            {t('outbox.conflict.keepTheirs')}
          </button>
          <button
            type="button"
            className="zl-btn zl-btn-primary"
            onClick={() => void keepMine()}
            disabled={!server.isSuccess}
          >
            {t('outbox.conflict.keepMine')}
          </button>
        </>
      }
    >
      <Alert type="warning" title={t('outbox.conflict.hint')} />
      <DayVersion title={t('outbox.conflict.mine')} day={item.body as TDayFields} />
      {server.isPending && <Loading />}
      {server.isSuccess &&
        (theirs ? (
          <DayVersion
            title={t('outbox.conflict.theirs')}
            day={theirs}
            extra={t('outbox.conflict.by', { at: formatDateTime(theirs.updatedAt) })}
          />
        ) : (
          <Alert type="info" role="status" title={t('outbox.conflict.none')} />
        ))}
    </Dialog>
  );
}
