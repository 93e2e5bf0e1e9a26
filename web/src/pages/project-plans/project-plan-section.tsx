import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { TMilestoneInput, TPlanMilestone } from '@zhucun/core';
import { App, Button, Card, Pagination, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { errorMessage } from '../../api/client.ts';
import {
  type TPlanChange,
  useChangePlan,
  useCommentProgress,
  useProjectPlan,
  useProjectProgress,
  useReportProgress,
} from '../../api/project-plans.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { ProjectPlanChart } from '../../components/project-plan-chart.tsx';
import { MilestoneModal } from '../../components/project-plan-milestone-modal.tsx';
import { MilestoneList, type TMilestoneAction } from '../../components/project-plan-milestones.tsx';
import { ProgressList } from '../../components/project-plan-progress.tsx';
import { ProgressReportForm } from '../../components/project-plan-report-form.tsx';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { formatDateTime } from '../../lib/format.ts';
import { planPrintUrl } from '../../lib/project-plan-print.ts';

/** A project's battle map on its page (挂图作战): summary, chart, milestones, progress and the report form. */
export function ProjectPlanSection({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const isMobile = useIsMobile();
  const plan = useProjectPlan(projectId);
  const change = useChangePlan(projectId);
  const [page, setPage] = useState(1);
  const progress = useProjectProgress(projectId, page);
  const userId = useSession().data?.user.id ?? 0;
  const reportProgress = useReportProgress(projectId, userId, plan.data?.project.title ?? '');
  const comment = useCommentProgress(projectId);
  const mayComment = useSession().data?.user.permissions.includes('projects:comment') ?? false;
  const [editing, setEditing] = useState<TPlanMilestone | 'new' | null>(null);
  const [dropping, setDropping] = useState<TPlanMilestone | null>(null);

  if (plan.isError) return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <PageSpinner />;
  const p = plan.data;
  const frozen = p.project.baselineFrozenAt !== null;
  const run = (c: TPlanChange, done: string) => change.mutateAsync(c).then(() => void message.success(done));
  const onAction = (action: TMilestoneAction, m: TPlanMilestone) => {
    const fail = (error: unknown) => void message.error(errorMessage(error));
    if (action === 'edit') return setEditing(m);
    if (action === 'done')
      return void run({ kind: 'done', milestoneId: m.id }, t('plans.milestones.doneSaved')).catch(fail);
    if (action === 'reopen')
      return void run({ kind: 'reopen', milestoneId: m.id }, t('plans.milestones.reopened')).catch(fail);
    if (frozen) return setDropping(m);
    modal.confirm({
      title: t('plans.milestones.deleteConfirm', { title: m.title }),
      okButtonProps: { danger: true },
      okText: t('plans.milestones.drop'),
      cancelText: t('common.cancel'),
      onOk: () => run({ kind: 'drop', milestoneId: m.id }, t('plans.milestones.deleted')).catch(fail),
    });
  };
  const save = (input: TMilestoneInput) =>
    (editing === 'new' || editing === null
      ? run({ kind: 'add', input }, t('plans.milestones.addedSaved'))
      : run({ kind: 'update', milestoneId: editing.id, input }, t('plans.milestones.saved'))
    ).then(() => setEditing(null));
  const s = p.progress;
  const tools = (
    <Space wrap>
      {p.may.plan && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('plans.milestones.add')}
        </Button>
      )}
      {p.project.villages[0] && (
        <Link to={planPrintUrl(p.project.villages[0].code)}>
          <PrinterOutlined /> {t('plans.section.print')}
        </Link>
      )}
    </Space>
  );

  return (
    <>
      <Card title={t('plans.section.title')} extra={!isMobile && tools} styles={{ body: { padding: 12 } }}>
        {isMobile && <div style={{ marginBottom: 8 }}>{tools}</div>}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {frozen
            ? t('plans.section.frozen', { at: formatDateTime(p.project.baselineFrozenAt!) })
            : t('plans.section.notFrozen')}
        </Typography.Paragraph>
        <Typography.Paragraph data-testid="plan-summary">
          {s.total
            ? [
                t('plans.section.done', { done: s.done, total: s.total, share: s.share }),
                s.overdue ? t('plans.section.overdue', { count: s.overdue }) : null,
                s.slipped ? t('plans.section.slipped', { count: s.slipped, days: s.maxSlippageDays }) : null,
              ]
                .filter(Boolean)
                .join(t('plans.section.separator'))
            : t('plans.section.empty')}
        </Typography.Paragraph>
        <ProjectPlanChart plan={p} />
        <div style={{ marginTop: 12 }}>
          <MilestoneList
            milestones={p.milestones}
            may={p.may}
            frozen={frozen}
            busy={
              change.isPending ? ((change.variables as { milestoneId?: number })?.milestoneId ?? null) : null
            }
            onAction={onAction}
          />
        </div>
      </Card>
      <Card title={t('plans.progress.title')} styles={{ body: { padding: 12 } }}>
        {p.may.report && (
          <div style={{ marginBottom: 16 }}>
            <ProgressReportForm
              userId={userId}
              title={plan.data?.project.title ?? ''}
              today={p.today}
              milestones={p.milestones}
              pending={reportProgress.isPending}
              onReport={(body, photos) =>
                reportProgress.sendAsync(body, photos).then((done) => {
                  setPage(1);
                  // no signal: kept on the phone (the banner lists it) and sent once later
                  void message.success(
                    done.result === 'sent' ? t('plans.progress.saved') : t('outbox.queued'),
                  );
                })
              }
            />
          </div>
        )}
        {progress.isError ? (
          <LoadError error={progress.error} onRetry={() => void progress.refetch()} />
        ) : (
          <>
            <ProgressList
              items={progress.data?.items ?? []}
              onComment={
                mayComment
                  ? (progressId, text) =>
                      comment
                        .mutateAsync({ progressId, text })
                        .then(() => void message.success(t('plans.progress.commented')))
                  : undefined
              }
            />
            {(progress.data?.total ?? 0) > 10 && (
              <Pagination
                size="small"
                current={page}
                pageSize={10}
                total={progress.data?.total ?? 0}
                onChange={setPage}
                style={{ marginTop: 8 }}
              />
            )}
          </>
        )}
      </Card>
      <MilestoneModal
        open={editing !== null}
        milestone={editing === 'new' ? null : editing}
        people={p.people}
        frozen={frozen}
        pending={change.isPending}
        onClose={() => setEditing(null)}
        onSave={save}
      />
      <ReasonModal
        open={dropping !== null}
        name="milestone-drop"
        title={t('plans.milestones.dropTitle', { title: dropping?.title ?? '' })}
        okText={t('plans.milestones.drop')}
        hint={t('plans.milestones.dropHint')}
        reasonLabel={t('plans.milestones.dropReasonLabel')}
        pending={change.isPending}
        onClose={() => setDropping(null)}
        onReason={(reason) =>
          dropping
            ? run(
                { kind: 'drop', milestoneId: dropping.id, reason },
                t('plans.milestones.droppedSaved'),
              ).then(() => setDropping(null))
            : Promise.resolve()
        }
      />
    </>
  );
}
