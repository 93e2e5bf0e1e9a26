import type { TSpotCheckItem } from '@zhucun/core';
import { useTranslation } from 'react-i18next';
import { excusedByRest, excuseText, findingLabel } from '../../lib/spot-check-text.ts';

type Props = { year: string; bookUrl: string; checks: readonly TSpotCheckItem[] };

/** The finding's tag, coloured as on the township's list: orange when absent, green when present, gold when excused (plain for rest). */
const FINDING_TAG = {
  absent: 'zl-tag zl-tag-orange',
  present: 'zl-tag zl-tag-green',
  excused: 'zl-tag zl-tag-gold',
} as const;

/** Why a check is excused, under its tags. */
function ExcusedBy({ c }: { c: TSpotCheckItem }) {
  const { t } = useTranslation();
  const text = excuseText(c, t);
  return text ? <span className="zl-muted zl-small zl-check-line">{text}</span> : null;
}

/** A tray with an arrow into it, for the download. */
function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M8 2v8M4.5 6.5L8 10l3.5-3.5M2 12v2h12v-2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}

/** The cadre's own book to download, and the spot checks of them (a mismatch is shown to both sides). It does not fetch. */
export function MyRecords({ year, bookUrl, checks }: Props) {
  const { t } = useTranslation();
  return (
    <section className="zl-card" aria-label={t('duty.records.title')}>
      <div className="zl-card-head">
        <h3>{t('duty.records.title')}</h3>
      </div>
      <a className="zl-btn zl-btn-block zl-records-book" href={bookUrl}>
        <DownloadIcon />
        {t('duty.records.book', { year })}
      </a>
      <strong>{t('duty.records.checks')}</strong>
      {checks.length === 0 ? (
        <p className="zl-empty">{t('duty.records.noChecks')}</p>
      ) : (
        <ul className="zl-card-rows">
          {checks.map((c) => (
            <li key={c.id} className="zl-row">
              <span>{c.localTime}</span>
              <span className="zl-tag">{t(`dutyReview.spotChecks.methods.${c.method}`)}</span>
              <span className={excusedByRest(c) ? 'zl-tag' : FINDING_TAG[c.finding]}>
                {findingLabel(c, t)}
              </span>
              {c.discrepancy && (
                <span className="zl-tag zl-tag-red">{t('dutyReview.spotChecks.discrepancy')}</span>
              )}
              <ExcusedBy c={c} />
              {c.answer && (
                <span className="zl-muted zl-pre zl-check-line">
                  {t('duty.records.myAnswer', { text: c.answer.text })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
