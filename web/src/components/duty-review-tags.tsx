import type { TAbsenceState, TDayView, TFourRole, TPlace } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const PLACE_COLOR: Record<TPlace, string> = {
  village: 'green',
  official_duty: 'blue',
  leave: 'gold',
  rest: 'default', // neither presence nor absence: neutral
  absent: 'red',
};

/** Where a cadre was by day or night, as a coloured word. */
export function PlaceTag({ place }: { place: TPlace }) {
  const { t } = useTranslation();
  return (
    <Tag color={PLACE_COLOR[place]} style={{ marginInlineEnd: 0 }}>
      {t(`dutyReview.places.${place}`)}
    </Tag>
  );
}

/** 白天 / 夜间 side by side. */
export function DayNightTags({ day, night }: Pick<TDayView, 'day' | 'night'>) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
      {t('dutyReview.logs.day')} <PlaceTag place={day} /> {t('dutyReview.logs.night')}{' '}
      <PlaceTag place={night} />
    </span>
  );
}

/** The four roles (四员) a log is tagged with. */
export function FourRoleTags({ roles }: { roles: readonly TFourRole[] }) {
  const { t } = useTranslation();
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color="geekblue">
          {t(`dutyReview.fourRoles.${r}`)}
        </Tag>
      ))}
    </>
  );
}

/** 补记 and 已退回 marks of a day's log. */
export function DayFlagTags({ day }: { day: Pick<TDayView, 'backfilled' | 'returned'> }) {
  const { t } = useTranslation();
  return (
    <>
      {day.backfilled && <Tag color="purple">{t('dutyReview.logs.backfilled')}</Tag>}
      {day.returned && <Tag color="volcano">{t('dutyReview.logs.returned')}</Tag>}
    </>
  );
}

const STATE_COLOR: Record<TAbsenceState, string> = {
  pending_township: 'processing',
  pending_county: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function AbsenceStateTag({ state }: { state: TAbsenceState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]}>{t(`dutyReview.absences.states.${state}`)}</Tag>;
}
