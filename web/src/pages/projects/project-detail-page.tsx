import { ArrowLeftOutlined, DownloadOutlined, EditOutlined } from '@ant-design/icons';
import {
  formatYuan,
  PROJECT_ACTION_PATHS,
  PROJECT_REASON_ACTIONS,
  type TProject,
  type TProjectAction,
} from '@zhucun/core';
import { Alert, App, Button, Card, Descriptions, Result, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import { projectCardUrl, type TProjectActionPath, useProject, useProjectAction } from '../../api/projects.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ProjectPlanSection } from '../project-plans/project-plan-section.tsx';
import { ProjectStandardSection } from '../project-standards/project-standard-section.tsx';
import { ProjectKindTags, ProjectStateTag, useTargetLine } from './project-tags.tsx';

const PATH_OF = Object.fromEntries(
  Object.entries(PROJECT_ACTION_PATHS).map(([path, action]) => [action, path]),
) as Record<TProjectAction, TProjectActionPath>;
/** The step forward is the primary button; going back or stopping never is. */
const BACKWARD: readonly TProjectAction[] = ['return', 'fail_acceptance', 'stop'];

/** Why the project stands where it does, when someone gave a reason: returned, stopped, failed. */
function ReasonBanner({ project }: { project: TProject }) {
  const { t } = useTranslation();
  const last = project.events.at(-1);
  if (project.state === 'stopped')
    return (
      <Alert type="error" showIcon title={t('projects.detail.stopped', { reason: project.stopReason })} />
    );
  if (!last?.note) return null;
  if (project.state === 'draft' && last.action === 'return')
    return <Alert type="warning" showIcon title={t('projects.detail.returned', { reason: last.note })} />;
  if (project.state === 'in_progress' && last.action === 'fail_acceptance')
    return <Alert type="warning" showIcon title={t('projects.detail.failed', { reason: last.note })} />;
  return null;
}

/** `/projects/:id`: a project's facts, its history, and the steps the caller may take now. */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const project = useProject(valid ? id : null);
  const act = useProjectAction();
  const target = useTargetLine();
  const [asking, setAsking] = useState<TProjectAction | null>(null);

  if (!valid || (project.error instanceof ApiError && project.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  if (!project.data) return <PageSpinner />;
  const p = project.data;

  const run = (action: TProjectAction, reason?: string) =>
    act
      .mutateAsync({ id: p.id, path: PATH_OF[action], reason })
      .then(
        () => void message.success(t('projects.detail.done', { action: t(`projects.actions.${action}`) })),
      );
  const press = (action: TProjectAction) => {
    if (PROJECT_REASON_ACTIONS.includes(action)) setAsking(action);
    else run(action).catch((error: unknown) => void message.error(errorMessage(error)));
  };
  const fundingTotal = p.funding.reduce((sum, f) => sum + f.amountFen, 0);
  const eventLabel = (action: string) =>
    action === 'create' ? t('projects.detail.created') : t(`projects.actions.${action as TProjectAction}`);

  return (
    <>
      <Link to="/projects">
        <ArrowLeftOutlined /> {t('projects.detail.back')}
      </Link>
      <div className="zc-page-head" style={{ marginTop: 8 }}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {p.title}
          </Typography.Title>
          <Space wrap size={4}>
            <ProjectStateTag state={p.state} />
            <ProjectKindTags kind={p.kind} demonstration={p.isDemonstration} />
          </Space>
        </div>
        <Space wrap>
          {p.actions.map((action) => (
            <Button
              key={action}
              type={BACKWARD.includes(action) ? 'default' : 'primary'}
              danger={action === 'stop'}
              loading={act.isPending && act.variables?.path === PATH_OF[action]}
              onClick={() => press(action)}
            >
              {t(`projects.actions.${action}`)}
            </Button>
          ))}
          {p.editable && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/projects/${p.id}/edit`)}>
              {t('projects.detail.edit')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href={projectCardUrl(p.id)} download>
            {t('projects.detail.exportCard')}
          </Button>
        </Space>
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <ReasonBanner project={p} />
        <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
          <Descriptions column={isMobile ? 1 : 2} size="small">
            <Descriptions.Item label={t('projects.detail.villages')}>
              {p.townshipName} · {p.villages.map((v) => v.name).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.leader')}>{p.leader.name}</Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.claimants')} span={isMobile ? 1 : 2}>
              {p.claimants.length
                ? p.claimants
                    .map((c) => [c.name, c.postTitle, c.duty].filter(Boolean).join(' · '))
                    .join(t('projects.detail.separator'))
                : t('projects.detail.noClaimants')}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.target')} span={isMobile ? 1 : 2}>
              {target(p)}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.period')}>
              {t('projects.periodLine', { start: p.startDate, end: p.plannedEndDate })}
            </Descriptions.Item>
            {p.baselinePlannedEnd && (
              <Descriptions.Item label={t('projects.detail.baseline')}>
                {p.baselinePlannedEnd}
              </Descriptions.Item>
            )}
            {p.actualEndDate && (
              <Descriptions.Item label={t('projects.detail.actualEnd')}>{p.actualEndDate}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('projects.detail.budget')}>
              {formatYuan(p.budgetFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.beneficiaries')}>
              {t('projects.detail.beneficiaryLine', {
                households: p.beneficiaryHouseholds,
                people: p.beneficiaryPeople,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.funding')} span={isMobile ? 1 : 2}>
              {p.funding.length
                ? t('projects.detail.fundingTotal', {
                    list: p.funding
                      .map((f) => `${t(`projects.fundingSources.${f.source}`)} ${formatYuan(f.amountFen)}`)
                      .join(t('projects.detail.separator')),
                    total: formatYuan(fundingTotal),
                  })
                : t('projects.detail.noFunding')}
            </Descriptions.Item>
            {p.summary && (
              <Descriptions.Item label={t('projects.detail.summary')} span={isMobile ? 1 : 2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{p.summary}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('projects.detail.createdBy')}>
              {[p.createdByName, formatDateTime(p.createdAt)].filter(Boolean).join(' · ')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <ProjectPlanSection projectId={p.id} />
        <ProjectStandardSection projectId={p.id} />
        <Card title={t('projects.detail.history')} size="small">
          <Timeline
            items={p.events.map((e, i) => ({
              key: i,
              content: (
                <div>
                  <Space wrap size={6}>
                    <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
                    <ProjectStateTag state={e.toState} />
                  </Space>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[formatDateTime(e.at), e.actorName].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </div>
                  {e.note && (
                    <Typography.Paragraph style={{ margin: '2px 0 0' }}>{e.note}</Typography.Paragraph>
                  )}
                </div>
              ),
            }))}
          />
        </Card>
      </Space>
      <ReasonModal
        open={asking !== null}
        name="project-reason"
        title={asking ? t(`projects.actions.${asking}`) : ''}
        okText={asking ? t(`projects.actions.${asking}`) : undefined}
        hint={t('projects.detail.reasonHint')}
        reasonLabel={t('projects.detail.reasonLabel')}
        pending={act.isPending}
        onClose={() => setAsking(null)}
        onReason={(reason) => (asking ? run(asking, reason).then(() => setAsking(null)) : Promise.resolve())}
      />
    </>
  );
}
