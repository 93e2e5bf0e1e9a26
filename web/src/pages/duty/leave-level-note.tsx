import type { TAbsenceKind } from '@zhucun/core';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAbsenceLevel } from '../../api/absences.ts';

type Props = { kind?: TAbsenceKind; startDate?: string | null; endDate?: string | null };

/**
 * Before the cadre applies: who will decide these dates, and why. Leave that joins the cadre's other leave
 * (touching, or apart by weekends and holidays only) is counted with it, so the county may decide even a
 * short request.
 */
export function LeaveLevelNote(props: Props) {
  const { t } = useTranslation();
  const preview = useAbsenceLevel(props);
  if (!preview.data || !props.startDate || !props.endDate) return null;
  const { level, span, townshipLeaveMaxDays: max } = preview.data;
  if (props.kind === 'official_duty')
    return <Alert type="info" showIcon title={t('duty.leave.levelDuty')} style={{ marginBottom: 12 }} />;
  const params = { days: span.days, max, start: span.startDate, end: span.endDate };
  const text =
    level === 'township'
      ? t('duty.leave.levelTownship', params)
      : span.requests > 1
        ? t('duty.leave.levelCountySpan', params)
        : t('duty.leave.levelCounty', params);
  return (
    <Alert
      type={level === 'county' ? 'warning' : 'info'}
      showIcon
      title={text}
      role="status"
      style={{ marginBottom: 12 }}
    />
  );
}
