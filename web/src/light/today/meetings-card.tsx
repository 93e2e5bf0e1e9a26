import { useTranslation } from 'react-i18next';
import { useMyMeetings } from '../../api/meetings.ts';

/** A video camera, for the link into the video system. */
function CameraIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M3 6h12a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zm14 5l5-3v8l-5-3z"
        fill="currentColor"
      />
    </svg>
  );
}

/** 我的会议 on 今天 (360 px): upcoming meetings and roll calls with a one-tap link into the video system. */
export function MeetingsCard() {
  const { t } = useTranslation();
  const mine = useMyMeetings();
  const upcoming = (mine.data?.items ?? []).filter((m) => new Date(m.endsAt).getTime() >= Date.now());
  if (upcoming.length === 0) return null;
  return (
    <section className="zl-card" aria-label={t('meetings.mine.title')}>
      <div className="zl-card-head">
        <h3>{t('meetings.mine.title')}</h3>
      </div>
      <ul className="zl-card-rows">
        {upcoming.map((m) => (
          <li key={m.id} className="zl-meeting">
            <div className="zl-meeting-body">
              <div className="zl-row">
                <span className={`zl-tag zl-tag-${m.kind === 'roll_call' ? 'purple' : 'blue'}`}>
                  {t(`meetings.kinds.${m.kind}`)}
                </span>
                <strong className="zl-meeting-title">{m.title}</strong>
              </div>
              <div className="zl-muted">
                {m.localStart.slice(5)} – {m.localEnd.slice(11)} · {m.divisionName}
              </div>
            </div>
            <a
              className="zl-btn zl-btn-primary zl-join"
              href={m.videoUrl}
              target="_blank"
              rel="noopener"
              aria-label={`${t('meetings.join')} ${m.title}`}
            >
              <CameraIcon />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
