import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { localDate, SELECTION_STAGES } from '@zhucun/core';
import { Alert, App, Button, Card, Result, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useSelection, useWithdrawNomination } from '../../api/project-selections.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { nodesOfLevel } from '../../lib/division-options.ts';
import { SelectionCountyActions } from './selection-county-actions.tsx';
import { SelectionNominateModal } from './selection-nominate-modal.tsx';
import { SelectionNominationsCard } from './selection-nominations-card.tsx';
import { SelectionObjectionsCard } from './selection-objections-card.tsx';
import { SelectionPanelCard } from './selection-panel-card.tsx';
import { SelectionStageTag } from './selection-tags.tsx';

/** `/project-selections/:id`: a year's selection at its stage, with what the caller may do there. */
export function SelectionDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const selection = useSelection(valid ? id : null);
  const withdraw = useWithdrawNomination();
  const [nominating, setNominating] = useState(false);
  const mayManage = !!selection.data?.mayManage;
  const tree = useDivisionTree(mayManage);
  const today = localDate(new Date());

  if (!valid || (selection.error instanceof ApiError && selection.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (selection.isError)
    return <LoadError error={selection.error} onRetry={() => void selection.refetch()} />;
  if (!selection.data) return <PageSpinner />;
  const s = selection.data;
  const published = s.stage === 'notice' || s.stage === 'confirmed';
  const townships = tree.data ? nodesOfLevel(tree.data.roots, 'township') : [];

  return (
    <>
      <Link to="/project-selections">
        <ArrowLeftOutlined /> {t('projectSelections.back')}
      </Link>
      <div className="zc-page-head" style={{ marginTop: 8 }}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('projectSelections.yearTitle', { year: s.year })}
          </Typography.Title>
          <Space size={8} wrap>
            <SelectionStageTag stage={s.stage} />
            <Typography.Text type="secondary">
              {t('projectSelections.awardCountLine', { count: s.awardCount })}
            </Typography.Text>
          </Space>
        </div>
        <Space wrap>
          {s.onPanel && s.stage === 'scoring' && (
            <Link to={`/project-selections/${s.id}/score`}>
              <Button type="primary">{t('projectSelections.goScore')}</Button>
            </Link>
          )}
          {s.mayNominate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setNominating(true)}>
              {t('projectSelections.nominate.title')}
            </Button>
          )}
          {s.mayManage && <SelectionCountyActions selection={s} today={today} />}
        </Space>
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Steps
            size="small"
            current={SELECTION_STAGES.indexOf(s.stage)}
            items={SELECTION_STAGES.map((st) => ({ title: t(`projectSelections.stages.${st}`) }))}
          />
        </Card>
        {published && (
          <Alert
            type={s.stage === 'confirmed' ? 'success' : 'warning'}
            showIcon
            title={
              s.stage === 'confirmed'
                ? t('projectSelections.confirmedLine')
                : t('projectSelections.noticeLine', { from: s.noticeStart, to: s.noticeEnd })
            }
            description={
              s.stage === 'notice' ? t('projectSelections.noticeText', { count: s.awardCount }) : undefined
            }
          />
        )}
        <SelectionNominationsCard
          selection={s}
          withdrawing={withdraw.isPending}
          onWithdraw={(nid) =>
            withdraw.mutateAsync(nid).catch((e: unknown) => void message.error(errorMessage(e)))
          }
        />
        {s.quotas.length > 0 && !published && (
          <Card size="small" title={t('projectSelections.quotas')}>
            <Space wrap size={[8, 8]} data-testid="selection-quotas">
              {s.quotas.map((q) => (
                <Tag
                  key={q.townshipCode}
                  color={q.nominated > q.quota ? 'red' : q.nominated > 0 ? 'blue' : undefined}
                >
                  {t('projectSelections.quotaLine', {
                    name: q.townshipName,
                    nominated: q.nominated,
                    quota: q.quota,
                  })}
                </Tag>
              ))}
            </Space>
          </Card>
        )}
        {s.panel && <SelectionPanelCard selection={s} townships={townships} />}
        {s.objections && published && <SelectionObjectionsCard selection={s} today={today} />}
      </Space>
      {s.mayNominate && (
        <SelectionNominateModal
          selectionId={s.id}
          nominated={s.nominations.filter((n) => !n.withdrawn).map((n) => n.projectId)}
          open={nominating}
          onClose={() => setNominating(false)}
        />
      )}
    </>
  );
}
