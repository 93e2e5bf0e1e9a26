import type { TViolationEvent, TViolationItem, TViolationState, TViolationYearView } from '@zhucun/core';
import { Alert, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';

const STATE_COLOR: Record<TViolationState, string> = {
  notified: 'orange',
  answered: 'blue',
  decided: 'purple',
  appealed: 'gold',
  final: 'default',
};

/** Where a record stands in its due process. */
export function ViolationStateTag({ state }: { state: TViolationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 0 }}>
      {t(`violations.states.${state}`)}
    </Tag>
  );
}

/** The deduction as it stands: recorded, reduced (from → to), or none when dismissed; and the veto mark. */
export function ViolationPoints({
  v,
}: {
  v: Pick<TViolationItem, 'deduction' | 'finalDeduction' | 'outcome' | 'veto'>;
}) {
  const { t } = useTranslation();
  const points =
    v.outcome === 'dismissed'
      ? t('violations.dismissedPoints')
      : v.outcome === 'reduced'
        ? t('violations.reducedPoints', { from: v.deduction, to: v.finalDeduction ?? 0 })
        : // a veto item that deducts nothing on top reads as the veto alone, not "0 分"
          v.veto && v.deduction === 0
          ? null
          : t('violations.points', { points: v.deduction });
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
      {points && <span>{points}</span>}
      {v.veto && v.outcome !== 'dismissed' && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('violations.veto')}
        </Tag>
      )}
    </span>
  );
}

/** What happened to a record, oldest first: who, which step, the decision and its words (申辩, 理由 …). */
export function ViolationTimeline({ events }: { events: readonly TViolationEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        content: (
          <div data-testid={`violation-event-${e.action}`}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
              <Typography.Text strong>{t(`violations.events.${e.action}`)}</Typography.Text>
              <ViolationStateTag state={e.toState} />
              {e.outcome && <Tag style={{ marginInlineEnd: 0 }}>{t(`violations.outcomes.${e.outcome}`)}</Tag>}
              {e.deduction !== null && e.action !== 'answer' && e.action !== 'appeal' && (
                <Typography.Text type="secondary">
                  {t('violations.points', { points: e.deduction })}
                </Typography.Text>
              )}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)} · {e.actor}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}

/**
 * A person's year under the negative list (docs/rules.md §4.10): the veto's grade cap, shown as
 * "年度等次上限：不合格（一票否决：…）", and the deductions that count.
 */
export function ViolationYearCap({ year }: { year: TViolationYearView }) {
  const { t } = useTranslation();
  if (year.gradeCap)
    return (
      <Alert
        type="error"
        showIcon
        data-testid="violation-cap"
        title={t('violations.cap.vetoCap', { items: year.vetoes.join('；') })}
        description={t('violations.cap.deduction', {
          year: year.year,
          count: year.counted,
          points: year.totalDeduction,
        })}
      />
    );
  return (
    <Typography.Text type="secondary" data-testid="violation-cap">
      {year.counted
        ? t('violations.cap.deduction', { year: year.year, count: year.counted, points: year.totalDeduction })
        : t('violations.cap.none', { year: year.year })}
    </Typography.Text>
  );
}
