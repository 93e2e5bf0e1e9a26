import type { TRatingResultDetail } from '@zhucun/core';
import { Descriptions, List, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { RecordLinks } from './rating-records.tsx';
import { GradeTag, Stars } from './rating-tags.tsx';

const n2 = (v: number | null) => (v === null ? '—' : v.toFixed(2));
type TProps = { r: TRatingResultDetail };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ marginBottom: 8 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The three parts, each with its score, its weight by the settings and the weight it counted for. */
function Parts({ r }: TProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('rating.explain.parts', { total: n2(r.total) })}>
      <List
        size="small"
        bordered
        dataSource={r.parts}
        renderItem={(p) => (
          <List.Item>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{t(`rating.parts.${p.part}`)}</Typography.Text>
              <span>
                {p.score === null
                  ? t('rating.explain.partMissing', { weight: p.weight })
                  : t('rating.explain.partLine', {
                      score: n2(p.score),
                      weight: p.weight,
                      used: p.usedWeight ?? 0,
                    })}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Section>
  );
}

/** Each indicator of the quantitative part: weight, score, the figures and the records behind them. */
function Quantitative({ r }: TProps) {
  const { t } = useTranslation();
  const q = r.quantitativeDetail;
  if (!q) return null;
  return (
    <Section title={t('rating.explain.quantitative', { score: n2(r.quantitative), asOf: q.asOf ?? '—' })}>
      {q.recordsFrom && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('rating.explain.recordsFrom', { date: q.recordsFrom })}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        bordered
        dataSource={q.indicators}
        renderItem={(i) => (
          <List.Item data-testid={`indicator-${i.indicator}`}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text strong>
                  {t(`rating.indicators.${i.indicator as 'presence'}`)}
                </Typography.Text>
                <span>
                  {t('rating.explain.indicatorLine', {
                    weight: i.weight,
                    score: i.score === null ? t('rating.explain.nothingToCount') : n2(i.score),
                  })}
                </span>
              </Space>
              <Typography.Text type="secondary">
                {t(
                  `rating.explain.figures.${i.indicator as 'presence'}`,
                  i.figures as Record<string, number>,
                )}
              </Typography.Text>
              <RecordLinks records={i.records} more={i.more} />
            </Space>
          </List.Item>
        )}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        {t('rating.explain.deductions', { before: n2(q.beforeDeductions), deductions: q.deductions })}
      </Typography.Paragraph>
      {q.deductionRecords.length > 0 && <RecordLinks records={q.deductionRecords} />}
    </Section>
  );
}

/** The organisation forms (each signed by its account) and the survey's sample (counts only). */
function Evaluations({ r }: TProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('rating.explain.evaluations')}>
      <Descriptions size="small" column={1} bordered>
        {r.forms.map((f) => (
          <Descriptions.Item key={f.evaluator} label={t(`rating.evaluators.${f.evaluator}`)}>
            {t('rating.explain.form', {
              score: n2(f.score),
              by: f.submittedByName ?? '—',
              at: formatDateTime(f.submittedAt),
            })}
          </Descriptions.Item>
        ))}
        {r.forms.length === 0 && (
          <Descriptions.Item label={t('rating.parts.organisation')}>
            {t('rating.explain.noForms')}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('rating.parts.villagers')}>
          {r.survey.insufficient
            ? t('rating.explain.surveyInsufficient', {
                households: r.survey.households,
                min: r.survey.minSample,
              })
            : t('rating.explain.survey', { households: r.survey.households, score: n2(r.villagers) })}
        </Descriptions.Item>
      </Descriptions>
    </Section>
  );
}

/** From the score to the grade in force: thresholds, caps, the quota (with the tie rule), review, appeal. */
function GradePath({ r }: TProps) {
  const { t } = useTranslation();
  const s = r.cycle.settings;
  const lines: { key: string; text: React.ReactNode }[] = [
    {
      key: 'score',
      text: t('rating.explain.byThresholds', {
        total: n2(r.total),
        grade: r.scoreGrade ? t(`rating.grades.${r.scoreGrade}`) : '—',
        ...s.thresholds,
      }),
    },
  ];
  if (r.caps.length)
    lines.push({
      key: 'caps',
      text: (
        <Space direction="vertical" size={4}>
          {t('rating.explain.caps', {
            caps: r.caps.map((c) => t(`rating.caps.${c as 'veto'}`, { defaultValue: c })).join('、'),
            absences: r.capFacts.absences,
          })}
          {r.capFacts.vetoItems.length > 0 &&
            t('rating.explain.vetoItems', { items: r.capFacts.vetoItems.join('；') })}
          <RecordLinks records={[...r.capFacts.checks, ...r.capFacts.vetoRecords]} />
        </Space>
      ),
    });
  lines.push({
    key: 'quota',
    text: r.quotaAdjusted
      ? t('rating.explain.quotaAdjusted', { ...r.quota, percent: Math.round(r.quota.share * 1000) / 10 })
      : t('rating.explain.quota', { ...r.quota, percent: Math.round(r.quota.share * 1000) / 10 }),
  });
  lines.push({
    key: 'tie',
    text: <Typography.Text type="secondary">{t('rating.explain.tieRule')}</Typography.Text>,
  });
  lines.push({
    key: 'computed',
    text: t('rating.explain.computed', {
      grade: r.computedGrade ? t(`rating.grades.${r.computedGrade}`) : '—',
    }),
  });
  if (r.reviewedAt)
    lines.push({
      key: 'review',
      text:
        r.amended && !r.appealDetail?.decision
          ? t('rating.explain.reviewAmended', { by: r.reviewedByName ?? '—', reason: r.reviewReason ?? '' })
          : t('rating.explain.reviewConfirmed', {
              by: r.reviewedByName ?? '—',
              at: formatDateTime(r.reviewedAt),
            }),
    });
  const a = r.appealDetail;
  if (a)
    lines.push({
      key: 'appeal',
      text: a.decision
        ? t('rating.explain.appealDecided', {
            decision: t(`rating.appealDecisions.${a.decision}`),
            by: a.decidedByName ?? '—',
            reason: a.reason ?? '',
          })
        : t('rating.explain.appealPending', { at: formatDateTime(a.submittedAt) }),
    });
  return (
    <Section title={t('rating.explain.gradePath')}>
      <Timeline items={lines.map((l) => ({ key: l.key, children: l.text }))} />
      <Space>
        {t('rating.explain.inForce')}
        <GradeTag grade={r.grade} />
      </Space>
    </Section>
  );
}

/** Stars: the grade's and the commendations' (of the person or the village collective). */
function StarsPart({ r }: TProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('rating.explain.stars')}>
      <Typography.Paragraph>
        {r.stars === null
          ? t('rating.explain.starsLater')
          : t('rating.explain.starsLine', { award: r.awardStars ?? 0 })}{' '}
        <Stars stars={r.stars} />
      </Typography.Paragraph>
      {r.awards.map((a) => (
        <div key={a.id}>
          {t('rating.explain.award', {
            title: a.title,
            level: t(`rating.awardLevels.${a.level as 'national'}`),
            date: a.awardedOn,
            holder: a.collective ? t('rating.explain.collective') : t('rating.explain.person'),
          })}
        </div>
      ))}
    </Section>
  );
}

/** The review and appeal steps in order, from the audit log. */
function History({ r }: TProps) {
  const { t } = useTranslation();
  if (!r.history.length) return null;
  return (
    <Section title={t('rating.explain.history')}>
      <Timeline
        items={r.history.map((h, i) => ({
          key: i,
          children: [
            formatDateTime(h.at),
            h.actorName ?? '',
            t(`audit.actions.${h.action as 'rating.appeal'}`),
            h.grade ? `（${t(`rating.grades.${h.grade}`)}）` : '',
            h.reason ? ` ${h.reason}` : '',
          ].join(' '),
        }))}
      />
    </Section>
  );
}

/**
 * A result explained (DESIGN §0.3: every number explains itself): the rules it was rated by, each part
 * and indicator with the records behind it, what changed the grade, stars, and the review's history.
 */
export function RatingExplanation({ r }: TProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="rating-explanation">
      <Typography.Text type="secondary">
        {t('rating.explain.rules', { year: r.cycle.year, at: formatDateTime(r.cycle.totalledAt) || '—' })}
      </Typography.Text>
      <Parts r={r} />
      <Quantitative r={r} />
      <Evaluations r={r} />
      <GradePath r={r} />
      <StarsPart r={r} />
      <History r={r} />
    </div>
  );
}
