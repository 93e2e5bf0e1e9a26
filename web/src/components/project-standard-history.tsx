import type { TAcceptanceView, TAssessmentView, TCriterion, TQuarterView } from '@zhucun/core';
import { Button, Collapse, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.ts';
import { ProjectStandardScore } from './project-standard-score.tsx';

const QUARTER_COLOR: Record<TQuarterView['status'], string> = {
  assessed: 'success',
  running: 'processing',
  due: 'warning',
  missing: 'error',
};

/** 动态考核: each quarter of the project (assessed, running, due, missing) as a tag. */
export function ProjectStandardQuarters({ quarters }: { quarters: readonly TQuarterView[] }) {
  const { t } = useTranslation();
  if (quarters.length === 0) return null;
  return (
    <Space wrap size={4} data-testid="standard-quarters">
      <Typography.Text type="secondary">{t('projectStandards.quarters')}</Typography.Text>
      {quarters.map((q) => (
        <Tag key={q.quarter} color={QUARTER_COLOR[q.status]}>
          {q.quarter} {t(`projectStandards.quarterStatus.${q.status}`)}
        </Tag>
      ))}
    </Space>
  );
}

type Props = {
  criteria: readonly TCriterion[];
  assessments: readonly TAssessmentView[];
  acceptance: TAcceptanceView | null;
  onEdit?: (assessment: TAssessmentView) => void;
};

/** The county's acceptance and the township's assessments, newest first, each explained. */
export function ProjectStandardHistory({ criteria, assessments, acceptance, onEdit }: Props) {
  const { t } = useTranslation();
  const items = [
    ...(acceptance
      ? [
          {
            key: 'acceptance',
            label: (
              <Space wrap size={6}>
                <Typography.Text strong>{t('projectStandards.accept.title')}</Typography.Text>
                <Tag color={acceptance.conclusion === 'passed' ? 'success' : 'error'}>
                  {t(`projectStandards.conclusions.${acceptance.conclusion}`)}
                </Tag>
                <span>{acceptance.acceptedOn}</span>
                {acceptance.explained?.score != null && (
                  <span>
                    {t('projectStandards.points', { score: acceptance.explained.score.toFixed(1) })}
                  </span>
                )}
              </Space>
            ),
            children: (
              <>
                {acceptance.note && <Typography.Paragraph>{acceptance.note}</Typography.Paragraph>}
                {acceptance.explained && (
                  <ProjectStandardScore
                    criteria={criteria}
                    explained={acceptance.explained}
                    scores={acceptance.scores}
                  />
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {acceptance.acceptedByName}
                </Typography.Text>
              </>
            ),
          },
        ]
      : []),
    ...assessments.map((a) => ({
      key: String(a.id),
      label: (
        <Space wrap size={6}>
          <Typography.Text strong>
            {t('projectStandards.assessmentOf', { quarter: a.quarter })}
          </Typography.Text>
          {a.explained?.score != null && (
            <span>{t('projectStandards.points', { score: a.explained.score.toFixed(1) })}</span>
          )}
          {a.explained && !a.explained.complete && (
            <Tag color="warning">{t('projectStandards.incompleteTag')}</Tag>
          )}
        </Space>
      ),
      extra: onEdit && (
        <Button
          size="small"
          onClick={(e) => {
            e.stopPropagation();
            onEdit(a);
          }}
        >
          {t('projectStandards.assess.edit')}
        </Button>
      ),
      children: (
        <>
          {a.comment && <Typography.Paragraph>{a.comment}</Typography.Paragraph>}
          {a.explained && (
            <ProjectStandardScore criteria={criteria} explained={a.explained} scores={a.scores} />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[a.assessedByName, formatDateTime(a.assessedAt)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </>
      ),
    })),
  ];
  if (items.length === 0) return null;
  return <Collapse size="small" items={items} />;
}
