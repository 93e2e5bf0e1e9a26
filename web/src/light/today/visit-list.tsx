import type { TRequestState, TVisitView } from '@zhucun/core';
import { useTranslation } from 'react-i18next';

/** The tag's colour for each state of a request (the full app's, in the light kit's few colours). */
const STATE_TONE: Record<TRequestState, string> = {
  registered: 'blue',
  accepted: 'blue',
  in_progress: 'blue',
  resolved: 'green',
  followed_up: 'green',
  withdrawn: 'grey',
  duplicate: 'grey',
  not_ours: 'grey',
};

/** One visit: when, who visited (optional), the households, who was there, what was heard, the requests raised. */
function VisitItem({ visit, showWho }: { visit: TVisitView; showWho?: boolean }) {
  const { t } = useTranslation();
  const households = visit.households.map((h) => h.headName).join('、');
  return (
    <>
      <div className="zl-row">
        <strong>{visit.visitedAt.slice(showWho ? 5 : 11).replace('T', ' ')}</strong>
        {visit.atNight && <span className="zl-tag zl-visit-night-tag">{t('visits.night')}</span>}
        {showWho && (
          <span className="zl-muted">
            {visit.villageName} · {visit.personName}
          </span>
        )}
      </div>
      <p className="zl-visit-text">
        <span className="zl-muted">{t('visits.households')}：</span>
        {households}
        {visit.attendees && (
          <>
            <br />
            <span className="zl-muted">{t('visits.attendees')}：</span>
            {visit.attendees}
          </>
        )}
      </p>
      <p className="zl-visit-text zl-pre zl-visit-clamp">{visit.heard}</p>
      {visit.requests.length > 0 && (
        <ul className="zl-visit-requests">
          {visit.requests.map((r) => (
            <li key={r.id}>
              <span className={`zl-tag zl-tag-${STATE_TONE[r.state]}`}>
                {t(`requests.states.${r.state}`)}
              </span>
              <a href={`/requests/${r.id}`} className="zl-ellipsis">
                #{r.id} {t(`requests.categories.${r.category}`)} · {r.description}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The visits of a day (or a period), newest first; each a small block. It does not fetch. */
export function VisitList({ visits, showWho }: { visits: readonly TVisitView[]; showWho?: boolean }) {
  const { t } = useTranslation();
  if (visits.length === 0) return <p className="zl-empty">{t('visits.none')}</p>;
  return (
    <ul aria-label={t('visits.section')} className="zl-visit-list">
      {visits.map((v) => (
        <li key={v.id}>
          <VisitItem visit={v} showWho={showWho} />
        </li>
      ))}
    </ul>
  );
}
