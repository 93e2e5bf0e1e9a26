import { PlusOutlined } from '@ant-design/icons';
import {
  addDays,
  DESIGNATION_KINDS,
  localDate,
  monthOf,
  OUTCOME_STATES,
  PROJECT_KINDS,
  type TDesignation,
  ZDesignationKind,
  ZMonth,
  ZOutcomeState,
} from '@zhucun/core';
import { App, Button, Card, DatePicker, Select, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useDecideOutcome, useLabourReport, useOutcomeFigures } from '../../api/outcomes.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { DesignationList } from './designation-list.tsx';
import { DesignationModal } from './designation-modal.tsx';
import { LabourReportDetailModal } from './labour-report-detail-modal.tsx';
import { LabourReportList } from './labour-report-list.tsx';
import { LabourReportModal } from './labour-report-modal.tsx';
import { OutcomeFiguresTable } from './outcome-figures-table.tsx';
import { ReturnModal } from './return-modal.tsx';

const TABS = ['figures', 'reports', 'designations'] as const;
type TTab = (typeof TABS)[number];

/** The figures as of the chosen month's last day (or today, in the month under way). */
const asOfOf = (month: string, today: string) => {
  const end = addDays(`${monthOf(addDays(`${month}-01`, 32))}-01`, -1);
  return end < today ? end : today;
};

type TDialog =
  | { kind: 'report'; id: number | null }
  | { kind: 'view'; id: number }
  | { kind: 'designation'; designation: TDesignation | null }
  | { kind: 'return'; path: 'reports' | 'designations'; id: number };

/** `/outcomes`: 帮扶成效 — the figures by township and village for a month, the months and designations behind them, and their review. */
export function OutcomesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const today = localDate(new Date());
  const month = ZMonth.safeParse(params.get('month')).data ?? monthOf(today);
  const tab: TTab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TTab)
    : 'figures';
  const division = params.get('division') ?? undefined;
  const state = ZOutcomeState.safeParse(params.get('state')).data;
  const kind = ZDesignationKind.safeParse(params.get('kind')).data;
  const permissions = useSession().data?.user.permissions ?? [];
  const canReport = permissions.includes('outcomes:report');
  const canReview = permissions.includes('outcomes:review');
  const asOf = asOfOf(month, today);
  const figures = useOutcomeFigures(asOf);
  const [dialog, setDialog] = useState<TDialog | null>(null);
  const editing = useLabourReport(dialog?.kind === 'report' ? dialog.id : null);
  const decide = useDecideOutcome();
  const township = division?.slice(0, 9);
  const { townships, villages } = useDivisionOptions(township);
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  const approve = (path: 'reports' | 'designations', id: number) =>
    decide.mutate(
      { path, id, reason: null },
      { onSuccess: () => void message.success(t('outcomes.review.approved')) },
    );
  const filters = (
    <Space wrap style={{ marginBottom: 16 }}>
      <DivisionSelects
        townships={townships}
        villages={villages}
        township={township}
        village={division?.length === 12 ? division : undefined}
        placeholders={{ township: t('outcomes.pickTownship'), village: t('outcomes.pickVillage') }}
        onChange={(c) => set({ division: c.village ?? c.township })}
      />
      <Select
        allowClear
        value={state}
        placeholder={t('outcomes.allStates')}
        aria-label={t('outcomes.review.state')}
        options={OUTCOME_STATES.map((s) => ({ value: s, label: t(`outcomes.states.${s}`) }))}
        onChange={(s) => set({ state: s })}
        style={{ width: 130 }}
      />
      {tab === 'designations' && (
        <Select
          allowClear
          value={kind}
          placeholder={t('outcomes.allKinds')}
          aria-label={t('outcomes.designation.kind')}
          options={DESIGNATION_KINDS.map((k) => ({ value: k, label: t(`outcomes.kinds.${k}`) }))}
          onChange={(k) => set({ kind: k })}
          style={{ width: 170 }}
        />
      )}
    </Space>
  );
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('outcomes.title')}</Typography.Title>
        {canReport && (
          <Space wrap>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'report', id: null })}
            >
              {t('outcomes.report.create')}
            </Button>
            <Button
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'designation', designation: null })}
            >
              {t('outcomes.designation.create')}
            </Button>
          </Space>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('outcomes.rule')}</Typography.Paragraph>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t('outcomes.month')}
            value={dayjs(`${month}-01`)}
            onChange={(v) => set({ month: v?.format('YYYY-MM') })}
            style={{ width: 130 }}
          />
          <Typography.Text type="secondary">{t('outcomes.asOf', { date: asOf })}</Typography.Text>
          {canReview && (
            <Button
              type="link"
              onClick={() => set({ tab: 'reports', state: 'submitted', division: undefined })}
            >
              {t('outcomes.reviewQueue')}
            </Button>
          )}
        </Space>
        <Tabs
          activeKey={tab}
          onChange={(k) => set({ tab: k === 'figures' ? undefined : k })}
          items={TABS.map((k) => ({ key: k, label: t(`outcomes.tabs.${k}`) }))}
        />
        {tab === 'figures' &&
          (figures.isError ? (
            <LoadError error={figures.error} onRetry={() => void figures.refetch()} />
          ) : figures.data ? (
            <>
              <OutcomeFiguresTable figures={figures.data} month={month} />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                {`${t('outcomes.byKind')}：`}
                {PROJECT_KINDS.map(
                  (k) => `${t(`projects.kinds.${k}`)} ${figures.data.projectsByKind[k] ?? 0}`,
                ).join(' · ')}
              </Typography.Paragraph>
            </>
          ) : null)}
        {tab === 'reports' && (
          <>
            {filters}
            <LabourReportList
              filter={{ month, division, state }}
              canReport={canReport}
              canReview={canReview}
              isMobile={isMobile}
              onView={(id) => setDialog({ kind: 'view', id })}
              onCorrect={(id) => setDialog({ kind: 'report', id })}
              onApprove={(id) => approve('reports', id)}
              onReturn={(id) => setDialog({ kind: 'return', path: 'reports', id })}
            />
          </>
        )}
        {tab === 'designations' && (
          <>
            {filters}
            <DesignationList
              filter={{ division, state, kind }}
              canReport={canReport}
              canReview={canReview}
              isMobile={isMobile}
              onCorrect={(d) => setDialog({ kind: 'designation', designation: d })}
              onApprove={(id) => approve('designations', id)}
              onReturn={(id) => setDialog({ kind: 'return', path: 'designations', id })}
            />
          </>
        )}
      </Card>
      {dialog?.kind === 'report' && (dialog.id === null || editing.data) && (
        <LabourReportModal
          report={dialog.id === null ? null : (editing.data ?? null)}
          month={month}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'view' && <LabourReportDetailModal id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'designation' && (
        <DesignationModal designation={dialog.designation} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'return' && (
        <ReturnModal path={dialog.path} id={dialog.id} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
