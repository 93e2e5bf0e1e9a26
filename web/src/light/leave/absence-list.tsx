import type { TAbsenceState, TAbsenceView } from '@zhucun/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/dialog.tsx';

const STATE_TONE: Record<TAbsenceState, string> = {
  pending_township: 'blue',
  pending_county: 'blue',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'grey',
};

const isPending = (state: TAbsenceState) => state === 'pending_township' || state === 'pending_county';

type Props = {
  items: readonly TAbsenceView[];
  withdrawingId: number | null;
  onWithdraw: (id: number) => void;
};

/** The cadre's own requests as cards (newest first), each with its state and 撤回 while pending. It does not fetch. */
export function AbsenceList({ items, withdrawingId, onWithdraw }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<number | null>(null);
  if (items.length === 0) return <p className="zl-empty">{t('duty.leave.empty')}</p>;
  return (
    <>
      <ul aria-label={t('duty.leave.mine')} className="zl-cards">
        {items.map((a) => (
          <li key={a.id} className="zl-card">
            <div className="zl-row">
              <span className={`zl-tag zl-tag-${a.kind === 'leave' ? 'orange' : 'blue'}`}>
                {t(`duty.leave.kinds.${a.kind}`)}
              </span>
              <span className={`zl-tag zl-tag-${STATE_TONE[a.state]}`}>
                {t(`duty.leave.states.${a.state}`)}
              </span>
              {isPending(a.state) && (
                <span className="zl-row-end">
                  <button
                    type="button"
                    className="zl-btn zl-btn-small"
                    disabled={withdrawingId === a.id}
                    onClick={() => setAsking(a.id)}
                  >
                    {t('duty.leave.withdraw')}
                  </button>
                </span>
              )}
            </div>
            <div className="zl-gap-top">
              <strong>{t('duty.leave.range', { start: a.startDate, end: a.endDate })}</strong>{' '}
              <span className="zl-muted">{t('duty.leave.days', { count: a.days })}</span>
            </div>
            {a.span.requests > 1 && (
              <div className={a.level === 'county' ? 'zl-warning' : 'zl-muted'}>
                {t('duty.leave.span', { days: a.span.days, start: a.span.startDate, end: a.span.endDate })}
              </div>
            )}
            {a.state === 'pending_township' && a.level === 'county' && (
              <div className="zl-muted">{t('duty.leave.toCounty')}</div>
            )}
            <p className="zl-pre">{a.reason}</p>
            {a.decisionNote && (
              <div className="zl-muted">{t('duty.leave.note', { note: a.decisionNote })}</div>
            )}
          </li>
        ))}
      </ul>
      {asking !== null && (
        <Dialog
          title={t('duty.leave.withdrawConfirm')}
          onClose={() => setAsking(null)}
          footer={
            <>
              <button type="button" className="zl-btn" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="zl-btn zl-btn-primary"
                onClick={() => {
                  onWithdraw(asking);
                  setAsking(null);
                }}
              >
                {t('duty.leave.withdraw')}
              </button>
            </>
          }
        >
          {null}
        </Dialog>
      )}
    </>
  );
}
