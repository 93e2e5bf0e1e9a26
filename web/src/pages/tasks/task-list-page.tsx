import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { TTaskListItem } from '@zhucun/core';
import { taskState } from '@zhucun/core';
import { Button, Card, Empty, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { TASK_LEDGER_URL, type TTaskFilter, useTaskCompletion, useTaskList } from '../../api/tasks.ts';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { TaskAssignModal } from './task-assign-modal.tsx';
import { TaskCompletionTable } from './task-completion-table.tsx';
import { TaskPriorityTag } from './task-tags.tsx';

const STATUSES = ['open', 'overdue', 'done'] as const;

function filterOf(params: URLSearchParams): TTaskFilter {
  const status = params.get('status');
  return {
    q: params.get('q') ?? undefined,
    status: (STATUSES as readonly string[]).includes(status ?? '')
      ? (status as TTaskFilter['status'])
      : undefined,
    held: params.get('held') === 'true' ? true : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
}

/** The deadline, and 已逾期 N 天 in red while any holder in reach is past it undone. */
function DeadlineCell({ item, today }: { item: TTaskListItem; today: string }) {
  const { t } = useTranslation();
  const late = taskState({ deadline: item.deadline, doneOn: null }, today).overdueDays;
  return (
    <Space size={4} wrap>
      <span>{item.deadline}</span>
      {item.completion.overdue > 0 && <Tag color="red">{t('tasks.overdueDays', { days: late })}</Tag>}
    </Space>
  );
}

/** `/tasks`: 任务清单 in scope with each task's completion, 下达任务, the ledger, and completion by place. */
export function TaskListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const canAssign = useSession().data?.user.permissions.includes('tasks:assign') ?? false;
  const [assigning, setAssigning] = useState(false);
  const tasks = useTaskList(filter);
  const completion = useTaskCompletion();
  const today = completion.data?.today ?? new Date().toISOString().slice(0, 10);
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));

  if (tasks.isError) return <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const list = (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('tasks.search')}
          defaultValue={filter.q}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: isMobile ? '100%' : 240 }}
        />
        <Select
          aria-label={t('tasks.allStatuses')}
          value={filter.status ?? ''}
          onChange={(v) => set({ status: v || undefined })}
          options={[
            { value: '', label: t('tasks.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`tasks.filter.${s}`) })),
          ]}
          style={{ width: 140 }}
        />
        {filter.held && (
          <Tag color="blue" closable onClose={() => set({ held: undefined })}>
            {t('tasks.held')}
          </Tag>
        )}
      </Space>
      <Table<TTaskListItem>
        rowKey="id"
        size="middle"
        loading={tasks.isFetching}
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('tasks.empty')} /> }}
        scroll={{ x: 900 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: tasks.data?.total ?? 0,
          onChange: (page, pageSize) => set({ page: String(page), pageSize: String(pageSize) }),
        }}
        columns={[
          {
            title: t('tasks.columns.title'),
            key: 'title',
            render: (_, r) => (
              <Space size={4} wrap>
                <Link to={`/tasks/${r.id}`}>{r.title}</Link>
                {r.source?.kind === 'meeting' && <Tag>{t('tasks.fromMeeting')}</Tag>}
              </Space>
            ),
          },
          { title: t('tasks.columns.assigner'), dataIndex: 'assignerName', width: 120 },
          {
            title: t('tasks.columns.deadline'),
            key: 'deadline',
            width: 200,
            render: (_, r) => <DeadlineCell item={r} today={today} />,
          },
          {
            title: t('tasks.columns.priority'),
            key: 'priority',
            width: 90,
            render: (_, r) => <TaskPriorityTag priority={r.priority} />,
          },
          {
            title: t('tasks.columns.completion'),
            key: 'completion',
            width: 170,
            render: (_, r) => (
              <span>
                {t('tasks.completionText', r.completion)}
                {r.completion.doneShare !== null && (
                  <Typography.Text type="secondary"> · {r.completion.doneShare}%</Typography.Text>
                )}
              </span>
            ),
          },
        ]}
      />
    </>
  );

  return (
    <Card>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          justifyContent: 'space-between',
          marginBottom: 8,
        }}
      >
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('tasks.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tasks.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={TASK_LEDGER_URL} download>
            {t('tasks.exportLedger')}
          </Button>
          {canAssign && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
              {t('tasks.assign')}
            </Button>
          )}
        </Space>
      </div>
      <Tabs
        items={[
          { key: 'list', label: t('tasks.title'), children: list },
          {
            key: 'completion',
            label: t('tasks.completion.title'),
            children: <TaskCompletionTable report={completion.data} loading={completion.isFetching} />,
          },
        ]}
      />
      <TaskAssignModal open={assigning} onClose={() => setAssigning(false)} />
    </Card>
  );
}
