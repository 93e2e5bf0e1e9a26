import { Card } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyViolations, useViolationYear } from '../../api/violations.ts';
import { ViolationYearCap } from './violation-parts.tsx';

/**
 * The year's grade cap from the negative list on a person's page (docs/rules.md §4.10): the registry's cadre
 * page for staff who may read violation records, or the cadre's own page. Nothing when it cannot be read.
 */
export function ViolationYearCard({ personId }: { personId: number | 'mine' }) {
  const { t } = useTranslation();
  const year = dayjs().year();
  const staff = useViolationYear(personId === 'mine' ? null : personId, year);
  const mine = useMyViolations(personId === 'mine' ? year : undefined);
  const view = personId === 'mine' ? mine.data?.year : staff.data;
  if (!view) return null;
  const link = personId === 'mine' ? '/my-violations' : `/violations?year=${year}&personId=${personId}`;
  return (
    <Card
      size="small"
      data-testid="violation-year-card"
      title={t('violations.cap.title')}
      extra={<Link to={link}>{t('violations.title')}</Link>}
      style={{ marginBottom: 16 }}
    >
      <ViolationYearCap year={view} />
    </Card>
  );
}
