import { Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRatingResult } from '../../api/rating.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { RatingExplanation } from './rating-explanation.tsx';
import { AppealDecisionForm, ReviewForm } from './rating-review-forms.tsx';
import { GradeTag, ResultMarks, Stars } from './rating-tags.tsx';

/**
 * `/rating/results/:id`: one cadre's result explained down to the records behind each number, the rules
 * it was rated by, what changed its grade, the review and the appeal; the reviewer's forms beside it.
 */
export function RatingResultPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const result = useRatingResult(id);
  if (result.isError) return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <PageSpinner />;
  const r = result.data;
  const forms = r.mayReview || r.mayDecideAppeal;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to={`/rating?year=${r.cycle.year}`}>{t('rating.result.back', { year: r.cycle.year })}</Link>
      <Row gutter={16}>
        <Col xs={24} lg={forms ? 16 : 24}>
          <Card>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t('rating.result.title', { name: r.personName, year: r.cycle.year })}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {`${r.townshipName} ${r.villageName} · ${t(`registry.categories.${r.category as 'first_secretary'}`)}`}
            </Typography.Paragraph>
            <Space wrap size={8}>
              <GradeTag grade={r.grade} />
              <ResultMarks r={r} />
              {r.stars !== null && <Stars stars={r.stars} />}
              <Typography.Text type="secondary">{t(`rating.stages.${r.cycle.stage}`)}</Typography.Text>
            </Space>
            <RatingExplanation r={r} />
          </Card>
        </Col>
        {forms && (
          <Col xs={24} lg={8}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              {r.mayReview && <ReviewForm key={`${r.id}-${r.reviewedAt}`} r={r} />}
              {r.mayDecideAppeal && <AppealDecisionForm r={r} />}
            </Space>
          </Col>
        )}
      </Row>
    </Space>
  );
}
