import type { TTaskPriority, TTaskStatus } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** An assignment's status as a tag: overdue red with 已逾期 N 天, done green, done late orange. */
export function TaskStatusTag({ status, overdueDays }: { status: TTaskStatus; overdueDays: number }) {
  const { t } = useTranslation();
  if (status === 'overdue') return <Tag color="red">{t('tasks.overdueDays', { days: overdueDays })}</Tag>;
  const color = status === 'done' ? 'green' : status === 'done_late' ? 'orange' : 'blue';
  return <Tag color={color}>{t(`tasks.statuses.${status}`)}</Tag>;
}

/** 紧急 in red; 一般 and 较低 plain. */
export function TaskPriorityTag({ priority }: { priority: TTaskPriority }) {
  const { t } = useTranslation();
  return <Tag color={priority === 'high' ? 'volcano' : undefined}>{t(`tasks.priorities.${priority}`)}</Tag>;
}
