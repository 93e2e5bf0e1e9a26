import type { TCriterion, TCriterionScoreView, TProjectScoreResult } from '@zhucun/core';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { standardEvidenceUrl } from '../api/project-standards.ts';

type Props = {
  criteria: readonly TCriterion[];
  explained: TProjectScoreResult;
  /** The scores' comments and evidence, when shown beside the parts. */
  scores?: readonly TCriterionScoreView[];
};

/**
 * 得分说明: the project's score criterion by criterion (core `projectScore`): weight, share of 100,
 * score and what it adds, and the total; an incomplete score says which criteria are missing.
 */
export function ProjectStandardScore({ criteria, explained, scores = [] }: Props) {
  const { t } = useTranslation();
  const byId = new Map(scores.map((s) => [s.criterionId, s]));
  const target = (id: number) => {
    const c = criteria.find((x) => x.id === id);
    return c ? [c.targetValue ?? '', c.targetUnit].join('') : '';
  };
  const rows = explained.parts.map((p) => ({ ...p, detail: byId.get(p.criterionId) }));
  return (
    <div>
      <Table
        size="small"
        rowKey="criterionId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: t('projectStandards.col.measure'), dataIndex: 'measure' },
          { title: t('projectStandards.col.target'), key: 'target', render: (_, r) => target(r.criterionId) },
          {
            title: t('projectStandards.col.share'),
            key: 'share',
            align: 'right',
            render: (_, r) => (explained.normalised ? `${r.weight} → ${r.share}%` : `${r.share}%`),
          },
          {
            title: t('projectStandards.col.score'),
            dataIndex: 'score',
            align: 'right',
            render: (v: number | null) => v ?? t('projectStandards.unscored'),
          },
          {
            title: t('projectStandards.col.contribution'),
            dataIndex: 'contribution',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
          },
          {
            title: t('projectStandards.col.comment'),
            key: 'comment',
            render: (_, r) => (
              <span>
                {[
                  r.detail?.actualValue !== null && r.detail?.actualValue !== undefined
                    ? t('projectStandards.reached', { value: r.detail.actualValue })
                    : '',
                  r.detail?.comment,
                  r.detail?.evidence,
                ]
                  .filter(Boolean)
                  .join('；')}
                {r.detail?.evidencePhotoId ? (
                  <>
                    {' '}
                    <a href={standardEvidenceUrl(r.detail.evidencePhotoId)} target="_blank" rel="noreferrer">
                      {t('projectStandards.photo')}
                    </a>
                  </>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        {explained.complete ? (
          <Typography.Text strong>
            {t('projectStandards.total', { score: explained.score?.toFixed(1) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning">
            {t('projectStandards.incomplete', {
              partial: explained.partialScore?.toFixed(1) ?? '—',
              share: explained.scoredShare,
              missing: explained.parts
                .filter((p) => explained.missing.includes(p.criterionId))
                .map((p) => p.measure)
                .join('、'),
            })}
          </Typography.Text>
        )}
        {explained.normalised && (
          <Typography.Text type="secondary">
            {' '}
            {t('projectStandards.normalised', { total: explained.weightTotal })}
          </Typography.Text>
        )}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('projectStandards.rule')}
      </Typography.Text>
    </div>
  );
}
