import type { TAbsenceKind } from '@zhucun/core';
import { useTranslation } from 'react-i18next';
import { useAbsenceLevel } from '../../api/absences.ts';
import { Alert } from '../ui/alert.tsx';

type Props = { kind: TAbsenceKind; startDate: string; endDate: string };

/**
 * Before the cadre applies: who will decide these dates, and why. Leave that joins the cadre's other leave
 * (touching, or apart by weekends and holidays only) is counted with it, so the county may decide even a
 * short request.
 */
export function LevelNote(props: Props) {
  const { t } = useTranslation();
  const preview = useAbsenceLevel(props);
  if (!preview.data || !props.startDate || !props.endDate) return null;
  const { level, span, townshipLeaveMaxDays: max } = preview.data;
  if (props.kind === 'official_duty')
    return <Alert type="info" role="status" title={t('duty.leave.levelDuty')} />;
  const params = { days: span.days, max, start: span.startDate, end: span.endDate };
  const text =
    level === 'township'
      ? t('duty.leave.levelTownship', params)
      : span.requests > 1
        ? t('duty.leave.levelCountySpan', params)
        : t('duty.leave.levelCounty', params);
  return <Alert type={level === 'county' ? 'warning' : 'info'} role="status" title={text} />;
}
