import type { TDayTaskReportInput, TMyTask, TTaskStatus } from '@zhucun/core';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The cadre's open tasks, due soonest first (their own, their village's). */
  tasks: TMyTask[];
  value: TDayTaskReportInput[] | undefined;
  onChange: (value: TDayTaskReportInput[]) => void;
};

const STATUS_TONE: Record<TTaskStatus, string> = {
  open: 'blue',
  overdue: 'red',
  done: 'green',
  done_late: 'orange',
};

/** An assignment's status as a tag: overdue red with 已逾期 N 天, done green, done late orange. */
function TaskStatusTag({ status, overdueDays }: { status: TTaskStatus; overdueDays: number }) {
  const { t } = useTranslation();
  const text =
    status === 'overdue' ? t('tasks.overdueDays', { days: overdueDays }) : t(`tasks.statuses.${status}`);
  return <span className={`zl-tag zl-tag-${STATUS_TONE[status]}`}>{text}</span>;
}

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
    <section className="zl-today-tasks" aria-label={t('tasks.today.title')}>
      <div>
        <strong>{t('tasks.today.title')}</strong>
        <span className="zl-muted zl-small zl-today-tasks-sent">{t('tasks.today.sent')}</span>
      </div>
      {open.map((task) => {
        const r = reports.find((x) => x.assignmentId === task.assignmentId);
        const done = Boolean(r?.done);
        const missing = done && !textOf(r).trim();
        return (
          <div key={task.assignmentId} className="zl-today-task" data-testid={`today-task-${task.taskId}`}>
            <div className="zl-row zl-today-task-head">
              <a href={`/tasks/${task.taskId}`}>{task.title}</a>
              <TaskStatusTag status={task.status} overdueDays={task.overdueDays} />
              {task.status === 'open' && (
                <span className="zl-tag">{t('tasks.dueBy', { date: task.deadline.slice(5) })}</span>
              )}
            </div>
            {task.evidenceRequired && (
              <p className="zl-muted zl-small zl-today-task-need">
                {t('tasks.detail.evidenceRequired')}：{task.evidenceRequired}
              </p>
            )}
            <label className="zl-check">
              <input
                type="checkbox"
                checked={done}
                onChange={(e) => set(task.assignmentId, e.currentTarget.checked, textOf(r))}
              />
              {t('tasks.today.done')}
            </label>
            <textarea
              className={
                missing ? 'zl-input zl-grow zl-grow-1 zl-input-warning' : 'zl-input zl-grow zl-grow-1'
              }
              rows={1}
              aria-label={`${task.title} ${done ? t('tasks.today.evidence') : t('tasks.today.note')}`}
              placeholder={done ? t('tasks.today.evidence') : t('tasks.today.note')}
              maxLength={500}
              value={textOf(r)}
              onChange={(e) => set(task.assignmentId, done, e.currentTarget.value)}
            />
          </div>
        );
      })}
    </section>
  );
}
