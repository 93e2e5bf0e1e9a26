import type { TAbsenceView } from '@zhucun/core';
import { Card, Empty, Select, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useAbsences } from '../../api/duty-review.ts';
import { DutyReviewAbsenceList, type TDecision } from '../../components/duty-review-absence-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { DecisionModal } from './decision-modal.tsx';
import { RecallAlertsTab } from './recall-alerts-tab.tsx';
import { useDivisionOptions } from './use-division-options.ts';

const TABS = ['queue', 'all', 'recall'] as const;
type TTab = (typeof TABS)[number];

/** `/duty/absences`: 请假审批 — my queue, all requests in scope, and the recall alerts. */
export function AbsenceQueuePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const permissions = useSession().data?.user.permissions ?? [];
  const canDecide = permissions.includes('duty:review');
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab') as TTab | null;
  const tab: TTab = tabParam && TABS.includes(tabParam) ? tabParam : canDecide ? 'queue' : 'all';
  const thisYear = String(dayjs().year());
  const years = [0, 1, 2].map((n) => String(dayjs().year() - n));
  const year = params.get('year') ?? thisYear;
  const township = params.get('township') ?? undefined;
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  const { townships } = useDivisionOptions(township);
  const queue = useAbsences({ queue: true }, canDecide && tab === 'queue');
  const all = useAbsences({ year, township }, tab === 'all');
  const [target, setTarget] = useState<{ absence: TAbsenceView; decision: TDecision } | null>(null);
  const onDecide = (absence: TAbsenceView, decision: TDecision) => setTarget({ absence, decision });

  const list = (q: typeof queue, emptyKey: 'emptyQueue' | 'empty') =>
    q.isError ? (
      <LoadError error={q.error} onRetry={() => void q.refetch()} />
    ) : (
      <DutyReviewAbsenceList
        absences={q.data?.items ?? []}
        loading={q.isFetching}
        empty={<Empty description={t(`dutyReview.absences.${emptyKey}`)} />}
        canDecide={canDecide}
        onDecide={onDecide}
      />
    );

  const items = [
    ...(canDecide
      ? [{ key: 'queue', label: t('dutyReview.absences.queue'), children: list(queue, 'emptyQueue') }]
      : []),
    {
      key: 'all',
      label: t('dutyReview.absences.all'),
      children: (
        <>
          <div className="zc-toolbar">
            <Select<string>
              aria-label={t('dutyReview.absences.year')}
              value={year}
              options={years.map((y) => ({ value: y, label: y }))}
              onChange={(y) => set({ year: y })}
              style={{ width: 110, marginBottom: 16 }}
            />
            <Select<string>
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              placeholder={t('dutyReview.allTownships')}
              aria-label={t('dutyReview.township')}
              value={township}
              options={townships}
              onChange={(v) => set({ township: v })}
              style={{ width: 160, marginBottom: 16 }}
            />
          </div>
          {list(all, 'empty')}
        </>
      ),
    },
    {
      key: 'recall',
      label: t('dutyReview.absences.recall'),
      children: tab === 'recall' && (
        <RecallAlertsTab year={year} years={years} onYear={(y) => set({ year: y })} />
      ),
    },
  ];

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('dutyReview.absences.title')}</Typography.Title>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24, paddingTop: 4 } }}>
        <Tabs activeKey={tab} items={items} onChange={(key) => set({ tab: key })} />
      </Card>
      <DecisionModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
