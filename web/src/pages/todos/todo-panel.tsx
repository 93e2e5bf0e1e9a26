import { RightOutlined } from '@ant-design/icons';
import type { TTodoItem } from '@zhucun/core';
import { Button, Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTodos } from '../../api/todos.ts';
import { LoadError } from '../../components/load-error.tsx';
import { formatDay } from '../../lib/day-span.ts';

/** Rows a phone shows before 还有 N 类, so the day's form stays on the first screen. */
const COMPACT_ROWS = 3;

/** The nearest due date in words: 今天, 12月9日前, or 已逾期（12月5日） in red. */
function DueText({ due, today }: { due: string; today: string }) {
  const { t, i18n } = useTranslation();
  const date = formatDay(due, i18n.language, Number(today.slice(0, 4)));
  if (due < today) return <Typography.Text type="danger">{t('todos.overdue', { date })}</Typography.Text>;
  return (
    <Typography.Text type="secondary">
      {due === today ? t('todos.dueToday') : t('todos.dueBy', { date })}
    </Typography.Text>
  );
}

/** One kind: its name, its count and (for a cadre) the nearest due date; the whole row opens the list. */
function TodoRow({ item, today, showDue }: { item: TTodoItem; today: string; showDue: boolean }) {
  const { t } = useTranslation();
  return (
    <Link
      to={item.href}
      data-testid={`todo-${item.kind}`}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        minHeight: 36,
        padding: '4px 10px',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        color: 'inherit',
      }}
    >
      <span className="zc-ellipsis" style={{ flex: 1, minWidth: 0 }}>
        {t(`todos.kinds.${item.kind}`)}
      </span>
      {showDue && item.due && (
        <span style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          <DueText due={item.due} today={today} />
        </span>
      )}
      {item.kind !== 'day_to_record' && (
        <Typography.Text strong style={{ color: '#1677ff', whiteSpace: 'nowrap' }}>
          {t('todos.count', { count: item.count })}
        </Typography.Text>
      )}
      <RightOutlined style={{ fontSize: 11, color: '#bfbfbf' }} />
    </Link>
  );
}

/**
 * 待办: what still waits for the signed-in person, by kind, each a link to the filtered list behind it;
 * "nothing waits" said plainly. `compact` (the cadre's 今天 on a phone): a few short rows, the rest
 * behind 还有 N 类, with the nearest due date; otherwise (the staff's home) a card of tiles.
 */
export function TodoPanel({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const todos = useTodos();
  const [expanded, setExpanded] = useState(false);
  if (todos.isError)
    return compact ? null : <LoadError error={todos.error} onRetry={() => void todos.refetch()} />;
  if (!todos.data) return compact ? null : <Skeleton active paragraph={{ rows: 2 }} />;
  const { items, today } = todos.data;
  const shown = compact && !expanded ? items.slice(0, COMPACT_ROWS) : items;
  const hidden = items.length - shown.length;
  const body = items.length ? (
    <div
      style={{
        display: 'grid',
        gap: compact ? 6 : 8,
        gridTemplateColumns: compact ? '1fr' : 'repeat(auto-fill, minmax(280px, 1fr))',
      }}
    >
      {shown.map((item) => (
        <TodoRow key={item.kind} item={item} today={today} showDue={compact} />
      ))}
      {hidden > 0 && (
        <Button type="link" size="small" onClick={() => setExpanded(true)} style={{ justifySelf: 'start' }}>
          {t('todos.more', { count: hidden })}
        </Button>
      )}
      {compact && expanded && items.length > COMPACT_ROWS && (
        <Button type="link" size="small" onClick={() => setExpanded(false)} style={{ justifySelf: 'start' }}>
          {t('todos.less')}
        </Button>
      )}
    </div>
  ) : (
    <Typography.Text type="secondary">{t('todos.none')}</Typography.Text>
  );
  return (
    <Card
      size="small"
      title={t('todos.title')}
      aria-label={t('todos.title')}
      role="region"
      style={{ marginBottom: compact ? 12 : 0 }}
      styles={{ body: { padding: compact ? 8 : 16 } }}
      extra={
        compact ? null : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('todos.hint')}
          </Typography.Text>
        )
      }
    >
      {body}
    </Card>
  );
}
