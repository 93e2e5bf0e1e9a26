import type { TDayTaskReportInput, TMyTask } from '@zhucun/core';
import { Checkbox, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TaskStatusTag } from './task-tags.tsx';

type Props = {
  /** The cadre's open tasks, due soonest first (their own, their village's). */
  tasks: TMyTask[];
  value: TDayTaskReportInput[] | undefined;
  onChange: (value: TDayTaskReportInput[]) => void;
};

const textOf = (r: TDayTaskReportInput | undefined) => (r?.done ? (r.evidence ?? '') : (r?.note ?? ''));

/**
 * 我的任务 on 今天 (enter once): each open task with 今天完成 and one line of text (the progress note,
 * or the evidence when ticked done); what is entered goes with the day's save, in the same request.
 * It does not fetch.
 */
export function TodayTasks({ tasks, value, onChange }: Props) {
  const { t } = useTranslation();
  const open = tasks.filter((x) => x.status === 'open' || x.status === 'overdue');
  if (open.length === 0) return null;
  const reports = value ?? [];
  const set = (assignmentId: number, done: boolean, text: string) => {
    const rest = reports.filter((r) => r.assignmentId !== assignmentId);
    const next: TDayTaskReportInput | null =
      done || text.trim()
        ? done
          ? { assignmentId, done: true, evidence: text, note: '' }
          : { assignmentId, done: false, note: text, evidence: '' }
        : null;
    onChange(next ? [...rest, next] : rest);
  };
  return (
    <section aria-label={t('tasks.today.title')} style={{ marginBottom: 12 }}>
      <Typography.Text strong>{t('tasks.today.title')}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
        {t('tasks.today.sent')}
      </Typography.Text>
      {open.map((task) => {
        const r = reports.find((x) => x.assignmentId === task.assignmentId);
        const done = Boolean(r?.done);
        return (
          <div
            key={task.assignmentId}
            data-testid={`today-task-${task.taskId}`}
            style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 8, marginTop: 8 }}
          >
            <Space size={4} wrap style={{ marginBottom: 4 }}>
              <Link to={`/tasks/${task.taskId}`}>{task.title}</Link>
              <TaskStatusTag status={task.status} overdueDays={task.overdueDays} />
              {task.status === 'open' && <Tag>{t('tasks.dueBy', { date: task.deadline.slice(5) })}</Tag>}
            </Space>
            {task.evidenceRequired && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '0 0 4px' }}>
                {t('tasks.detail.evidenceRequired')}：{task.evidenceRequired}
              </Typography.Paragraph>
            )}
            <Checkbox checked={done} onChange={(e) => set(task.assignmentId, e.target.checked, textOf(r))}>
              {t('tasks.today.done')}
            </Checkbox>
            <Input.TextArea
              aria-label={`${task.title} ${done ? t('tasks.today.evidence') : t('tasks.today.note')}`}
              placeholder={done ? t('tasks.today.evidence') : t('tasks.today.note')}
              status={done && !textOf(r).trim() ? 'warning' : undefined}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={500}
              value={textOf(r)}
              onChange={(e) => set(task.assignmentId, done, e.target.value)}
              style={{ marginTop: 4 }}
            />
          </div>
        );
      })}
    </section>
  );
}
