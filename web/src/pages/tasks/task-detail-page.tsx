import type { TTaskAssignmentView } from '@zhucun/core';
import { Card, Descriptions, Empty, Image, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { taskEvidenceUrl, useTask, useTaskCompletion } from '../../api/tasks.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { TaskCompletionTable } from './task-completion-table.tsx';
import { TaskReportForm } from './task-report-form.tsx';
import { TaskPriorityTag, TaskStatusTag } from './task-tags.tsx';

const holderOf = (a: TTaskAssignmentView) =>
  [a.assigneeKind === 'township' ? a.divisionName : `${a.townshipName} ${a.divisionName}`, a.personName ?? '']
    .join(' ')
    .trim();

function Photos({ ids }: { ids: number[] }) {
  if (ids.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap size={4}>
        {ids.map((id) => (
          <Image key={id} src={taskEvidenceUrl(id)} width={56} height={56} style={{ objectFit: 'cover' }} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

/** `/tasks/:id`: the task, its holders in reach with their status, the reports, and 报告进展 for one's own. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const id = Number(useParams().id) || null;
  const task = useTask(id);
  const completion = useTaskCompletion(id ?? undefined);
  if (task.isError) return <LoadError error={task.error} onRetry={() => void task.refetch()} />;
  if (!task.data) return <PageSpinner />;
  const v = task.data;
  const mine = v.assignments.filter(
    (a) => v.reportable.includes(a.id) && a.status !== 'done' && a.status !== 'done_late',
  );
  const d = 'tasks.detail';
  const manyPlaces = v.assignments.length > 1;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: isMobile ? undefined : 1100 }}>
      <Link to="/tasks">← {t(`${d}.back`)}</Link>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {v.title}
        </Typography.Title>
        <Descriptions column={isMobile ? 1 : 2} size="small">
          <Descriptions.Item label={t('tasks.columns.assigner')}>
            {v.assignerName}
            {v.source?.kind === 'meeting' && (
              <Tag style={{ marginInlineStart: 8 }}>{t('tasks.fromMeeting')}</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.columns.deadline')}>{v.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.columns.priority')}>
            <TaskPriorityTag priority={v.priority} />
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.columns.completion')}>
            {t('tasks.completionText', v.completion)}
          </Descriptions.Item>
          {v.description && (
            <Descriptions.Item label={t(`${d}.description`)} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{v.description}</span>
            </Descriptions.Item>
          )}
          {v.evidenceRequired && (
            <Descriptions.Item label={t(`${d}.evidenceRequired`)} span={2}>
              {v.evidenceRequired}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {mine.map((a) => (
        <Card key={a.id} title={`${t('tasks.report.title')} · ${holderOf(a)}`} size="small">
          <TaskReportForm assignment={a} title={v.title} />
        </Card>
      ))}
      <Card title={t(`${d}.assignments`)} size="small">
        <Table<TTaskAssignmentView>
          rowKey="id"
          size="small"
          pagination={v.assignments.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 720 }}
          dataSource={v.assignments}
          columns={[
            { title: t(`${d}.assignee`), key: 'holder', render: (_, a) => holderOf(a) },
            {
              title: t('tasks.columns.completion'),
              key: 'status',
              render: (_, a) => <TaskStatusTag status={a.status} overdueDays={a.overdueDays} />,
            },
            {
              title: t(`${d}.progress`),
              key: 'percent',
              render: (_, a) => (a.percent === null ? '' : `${a.percent}%`),
            },
            {
              title: t(`${d}.evidence`),
              key: 'evidence',
              render: (_, a) => (
                <Space direction="vertical" size={4}>
                  {a.evidence || a.note}
                  <Photos ids={a.photoIds} />
                </Space>
              ),
            },
            { title: t(`${d}.doneOn`), dataIndex: 'doneOn' },
          ]}
        />
      </Card>
      {manyPlaces && (
        <Card title={t('tasks.completion.title')} size="small">
          <TaskCompletionTable report={completion.data} loading={completion.isFetching} />
        </Card>
      )}
      <Card title={t(`${d}.reports`)} size="small">
        {v.reports.length === 0 ? (
          <Empty description={t(`${d}.noReports`)} />
        ) : (
          <Timeline
            items={v.reports.map((r) => {
              const a = v.assignments.find((x) => x.id === r.assignmentId);
              return {
                color: r.done ? 'green' : 'blue',
                children: (
                  <div>
                    <Typography.Text strong>{r.date}</Typography.Text> {a ? holderOf(a) : ''} ·{' '}
                    {r.reportedByName}
                    {r.fromDay && <Tag style={{ marginInlineStart: 8 }}>{t(`${d}.fromDay`)}</Tag>}
                    {r.done && <Tag color="green">{t('tasks.report.done')}</Tag>}
                    {r.percent !== null && !r.done && <Tag>{r.percent}%</Tag>}
                    <div style={{ whiteSpace: 'pre-wrap' }}>
                      {[r.note, r.evidence].filter(Boolean).join('\n')}
                    </div>
                    <Photos ids={r.photoIds} />
                  </div>
                ),
              };
            })}
          />
        )}
      </Card>
    </Space>
  );
}
