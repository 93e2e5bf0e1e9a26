import { localDate, type TAssessmentView } from '@zhucun/core';
import { App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import {
  useAccept,
  useAssess,
  useEditAssessment,
  useProjectStandard,
  useSetCriteria,
  useUploadStandardEvidence,
} from '../../api/project-standards.ts';
import { LoadError } from '../../components/load-error.tsx';
import { ProjectStandardCriteriaModal } from '../../components/project-standard-criteria-modal.tsx';
import {
  ProjectStandardHistory,
  ProjectStandardQuarters,
} from '../../components/project-standard-history.tsx';
import { ProjectStandardScore } from '../../components/project-standard-score.tsx';
import {
  ProjectStandardScoreModal,
  type TScoreMode,
  type TScoreValues,
} from '../../components/project-standard-score-modal.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';

/**
 * 一项目一标准 on a project's page: its acceptance criteria, the score explained criterion by
 * criterion, the quarters assessed or missing, each assessment and the county's acceptance, with
 * the buttons the caller may use (set the criteria, assess a quarter, record the acceptance).
 */
export function ProjectStandardSection({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const standard = useProjectStandard(projectId);
  const setCriteria = useSetCriteria(projectId);
  const assess = useAssess(projectId);
  const edit = useEditAssessment(projectId);
  const accept = useAccept(projectId);
  const upload = useUploadStandardEvidence();
  const [editingCriteria, setEditingCriteria] = useState(false);
  const [scoring, setScoring] = useState<(TScoreMode & { assessmentId?: number }) | null>(null);
  const [banner, setBanner] = useState<string | null>(null);

  if (standard.isError) return <LoadError error={standard.error} onRetry={() => void standard.refetch()} />;
  const s = standard.data;
  if (!s) return <Card loading title={t('projectStandards.title')} />;

  const fail = (error: unknown) => setBanner(errorMessage(error));
  const done = (text: string) => () => {
    setBanner(null);
    setEditingCriteria(false);
    setScoring(null);
    void message.success(text);
  };
  const open = (quarters = s.quarters.filter((q) => q.status !== 'assessed').map((q) => q.quarter)) =>
    setScoring({ kind: 'assess', quarters });
  const save = (v: TScoreValues) => {
    if (!scoring) return;
    if (scoring.kind === 'accept')
      accept
        .mutateAsync({
          conclusion: v.conclusion!,
          acceptedOn: v.acceptedOn!,
          note: v.note ?? '',
          scores: v.scores,
        })
        .then(done(t('projectStandards.accept.saved')), fail);
    else if (scoring.kind === 'edit' && scoring.assessmentId)
      edit
        .mutateAsync({ id: scoring.assessmentId, body: { comment: v.comment ?? '', scores: v.scores } })
        .then(done(t('projectStandards.assess.saved')), fail);
    else
      assess
        .mutateAsync({ quarter: v.quarter!, comment: v.comment ?? '', scores: v.scores })
        .then(done(t('projectStandards.assess.saved')), fail);
  };
  const onEdit = s.mayAssess
    ? (a: TAssessmentView) =>
        setScoring({
          kind: 'edit',
          quarter: a.quarter,
          comment: a.comment,
          scores: a.scores,
          assessmentId: a.id,
        })
    : undefined;
  const openQuarters = s.quarters.filter((q) => q.status !== 'assessed');

  return (
    <Card
      title={t('projectStandards.title')}
      styles={{ body: { padding: isMobile ? 12 : 24 } }}
      extra={
        <Space wrap>
          {s.mayEditCriteria && (
            <Button onClick={() => setEditingCriteria(true)}>
              {t(
                s.criteria.length === 0
                  ? 'projectStandards.criteria.set'
                  : s.criteriaFrozen
                    ? 'projectStandards.criteria.amend'
                    : 'projectStandards.criteria.edit',
              )}
            </Button>
          )}
          {s.mayAssess && openQuarters.length > 0 && (
            <Button type="primary" onClick={() => open()}>
              {t('projectStandards.assess.button')}
            </Button>
          )}
          {s.mayAccept && (
            <Button
              type="primary"
              onClick={() => setScoring({ kind: 'accept', today: localDate(new Date()) })}
            >
              {t('projectStandards.accept.button')}
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {s.criteria.length === 0 ? (
          <Empty description={t('projectStandards.noCriteria')} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.criteria}
            columns={[
              { title: t('projectStandards.col.measure'), dataIndex: 'measure' },
              {
                title: t('projectStandards.col.target'),
                key: 'target',
                render: (_, c) => [c.targetValue ?? '', c.targetUnit].join(''),
              },
              { title: t('projectStandards.col.weight'), dataIndex: 'weight', align: 'right' },
              { title: t('projectStandards.col.evidenceRequired'), dataIndex: 'evidenceRequired' },
            ]}
          />
        )}
        {s.criteriaFrozen && s.criteria.length > 0 && (
          <Typography.Text type="secondary">{t('projectStandards.frozen')}</Typography.Text>
        )}
        {s.score && (
          <div data-testid="project-score">
            <Typography.Title level={5} style={{ marginTop: 8 }}>
              {t(
                s.score.basis === 'acceptance'
                  ? 'projectStandards.scoreByAcceptance'
                  : 'projectStandards.scoreByQuarter',
                { score: s.score.explained.score?.toFixed(1) ?? '—', quarter: s.score.quarter },
              )}
            </Typography.Title>
            <ProjectStandardScore
              criteria={s.criteria}
              explained={s.score.explained}
              scores={
                s.score.basis === 'acceptance'
                  ? s.acceptance?.scores
                  : s.assessments.find((a) => a.quarter === s.score?.quarter)?.scores
              }
            />
          </div>
        )}
        <ProjectStandardQuarters quarters={s.quarters} />
        <ProjectStandardHistory
          criteria={s.criteria}
          assessments={s.assessments}
          acceptance={s.acceptance}
          onEdit={onEdit}
        />
      </Space>
      <ProjectStandardCriteriaModal
        open={editingCriteria}
        criteria={s.criteria}
        frozen={s.criteriaFrozen}
        pending={setCriteria.isPending}
        banner={banner}
        onSave={(body) =>
          setCriteria.mutateAsync(body).then(done(t('projectStandards.criteria.saved')), fail)
        }
        onClose={() => {
          setBanner(null);
          setEditingCriteria(false);
        }}
      />
      {scoring && (
        <ProjectStandardScoreModal
          open
          mode={scoring}
          criteria={s.criteria}
          pending={assess.isPending || edit.isPending || accept.isPending}
          banner={banner}
          upload={upload}
          onSave={save}
          onClose={() => {
            setBanner(null);
            setScoring(null);
          }}
        />
      )}
    </Card>
  );
}
