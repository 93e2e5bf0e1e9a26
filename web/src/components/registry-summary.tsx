import type { TRegistrySummary } from '@zhucun/core';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The registry counts above the division tree: three village-post categories and the work teams,
 * and (for those who read projects) the industry projects counted from the records, linking to them.
 */
export function RegistrySummary({
  summary,
  industryProjects,
}: {
  summary: TRegistrySummary | undefined;
  industryProjects?: number;
}) {
  const { t } = useTranslation();
  if (!summary) return <Skeleton active paragraph={{ rows: 1 }} />;
  const count = (key: 'party_secretary' | 'graduate_official' | 'selected_graduate') => ({
    key,
    label: t(`registry.summary.${key}`),
    value: <Statistic title={t(`registry.summary.${key}`)} value={summary.byCategory[key] ?? 0} />,
  });
  const cells = [
    count('party_secretary'),
    count('graduate_official'),
    count('selected_graduate'),
    {
      key: 'teams',
      label: t('registry.summary.teams'),
      value: (
        <Statistic
          title={t('registry.summary.teams')}
          value={t('registry.summary.teamsValue', { teams: summary.teams, people: summary.teamPeople })}
        />
      ),
    },
  ];
  if (industryProjects !== undefined)
    cells.push({
      key: 'industryProjects',
      label: t('registry.summary.industryProjects'),
      value: (
        <Link to="/projects?kind=industry" title={t('registry.summary.industryProjectsRule')}>
          <Statistic title={t('registry.summary.industryProjects')} value={industryProjects} />
        </Link>
      ),
    });
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} sm={12} md={cells.length > 4 ? { flex: '20%' } : 6}>
          <section aria-label={cell.label}>
            <Card size="small" variant="borderless" style={{ background: '#f6ffed' }}>
              {cell.value}
            </Card>
          </section>
        </Col>
      ))}
    </Row>
  );
}
