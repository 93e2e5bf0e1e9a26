import {
  mayAssignMentorLevel,
  type TActivePair,
  type TMentoringFilter,
  type TMentoringGap,
  type TMentorLevel,
} from '@zhucun/core';
import { Alert, Card, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useActivePairs, useMentoringGaps } from '../../api/mentoring.ts';
import { DutyReviewFilters } from '../../components/duty-review-filters.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { GapList } from './gap-list.tsx';
import { PairList } from './pair-list.tsx';
import { AssignMentorModal, EndPairModal, type TAssignTarget } from './pair-modals.tsx';

/** `/mentoring`: 结对帮带 for the county and the townships — the gaps, the active pairs, pairing and ending. */
export function MentoringPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const user = useSession().data?.user;
  const roles = (user?.roles ?? []).map((r) => r.role);
  const canAssign = user?.permissions.includes('mentoring:assign') ?? false;
  const [params, setParams] = useSearchParams();
  const filter: TMentoringFilter = useMemo(
    () => ({ township: params.get('township') || undefined, village: params.get('village') || undefined }),
    [params],
  );
  const tab = params.get('tab') === 'pairs' ? 'pairs' : 'gaps';
  const show = (next: TMentoringFilter & { tab?: string }) => {
    const p = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, tab, ...next }))
      if (value && !(key === 'tab' && value === 'gaps')) p.set(key, value);
    setParams(p, { replace: true });
  };
  const { townships, villages } = useDivisionOptions(filter.township);
  const gaps = useMentoringGaps(filter);
  const pairs = useActivePairs(filter);
  const [assigning, setAssigning] = useState<TAssignTarget | null>(null);
  const [ending, setEnding] = useState<TActivePair | null>(null);

  const assignable = (gap: TMentoringGap) =>
    canAssign ? gap.missingLevels.filter((level) => mayAssignMentorLevel(roles, level)) : [];
  const onAssign = (gap: TMentoringGap, level: TMentorLevel) => {
    const levels = assignable(gap);
    setAssigning({
      personId: gap.personId,
      name: gap.name,
      levels: [level, ...levels.filter((l) => l !== level)],
    });
  };
  const mayEnd = (pair: TActivePair) => canAssign && mayAssignMentorLevel(roles, pair.level);

  const error = gaps.error ?? pairs.error;
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('mentoring.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('mentoring.intro')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <DutyReviewFilters
          filter={filter}
          townships={townships}
          villages={villages}
          onChange={(change) => show({ township: change.township, village: change.village })}
        />
        {error && (
          <LoadError error={error} onRetry={() => void Promise.all([gaps.refetch(), pairs.refetch()])} />
        )}
        {gaps.data && (
          <Alert
            type={gaps.data.items.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            title={t('mentoring.summary', {
              eligible: gaps.data.eligible,
              complete: gaps.data.complete,
              gaps: gaps.data.items.length,
            })}
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={(key) => show({ tab: key })}
          items={[
            {
              key: 'gaps',
              label: t('mentoring.tabs.gaps', { count: gaps.data?.items.length ?? 0 }),
              children: (
                <GapList
                  gaps={gaps.data?.items ?? []}
                  loading={gaps.isFetching}
                  assignable={assignable}
                  onAssign={onAssign}
                />
              ),
            },
            {
              key: 'pairs',
              label: t('mentoring.tabs.pairs', { count: pairs.data?.items.length ?? 0 }),
              children: (
                <PairList
                  pairs={pairs.data?.items ?? []}
                  loading={pairs.isFetching}
                  mayEnd={mayEnd}
                  onEnd={setEnding}
                />
              ),
            },
          ]}
        />
      </Card>
      <AssignMentorModal target={assigning} onClose={() => setAssigning(null)} />
      <EndPairModal pair={ending} onClose={() => setEnding(null)} />
    </>
  );
}
