import type { TTodoItem } from '@zhucun/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTodos } from '../../api/todos.ts';
import { formatDay } from '../../lib/day-span.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import './cards.css';

/** Rows a phone shows before 还有 N 类, so the day's form stays on the first screen. */
const COMPACT_ROWS = 3;

/** The nearest due date in words: 今天, 12月9日前, or 已逾期（12月5日） in red. */
function DueText({ due, today }: { due: string; today: string }) {
  const { t, i18n } = useTranslation();
  const date = formatDay(due, i18n.language, Number(today.slice(0, 4)));
  if (due < today) return <span className="zl-danger">{t('todos.overdue', { date })}</span>;
  return <span className="zl-muted">{due === today ? t('todos.dueToday') : t('todos.dueBy', { date })}</span>;
}

/** A small › after a row that opens a list. */
function Chevron() {
  return (
    <svg
      className="zl-chevron"
      viewBox="0 0 16 16"
      width="11"
      height="11"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** One kind: its name, its count and (for a cadre) the nearest due date; the whole row opens the list. */
function TodoRow({ item, today, showDue }: { item: TTodoItem; today: string; showDue: boolean }) {
  const { t } = useTranslation();
  return (
    <a href={item.href} className="zl-todo" data-testid={`todo-${item.kind}`}>
      <span className="zl-ellipsis zl-todo-name">{t(`todos.kinds.${item.kind}`)}</span>
      {showDue && item.due && (
        <span className="zl-todo-due">
          <DueText due={item.due} today={today} />
        </span>
      )}
      {item.kind !== 'day_to_record' && (
        <strong className="zl-todo-count">{t('todos.count', { count: item.count })}</strong>
      )}
      <Chevron />
    </a>
  );
}

/**
 * 待办: what still waits for the signed-in person, by kind, each a link to the filtered list behind it;
 * "nothing waits" said plainly. `compact` (the cadre's 今天 on a phone): a few short rows, the rest
 * behind 还有 N 类, with the nearest due date; otherwise (the staff's home) a card of tiles.
 * It brings cards.css, the stylesheet of all of 今天's cards.
 */
export function TodoPanel({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const todos = useTodos();
  const [expanded, setExpanded] = useState(false);
  if (todos.isError)
    return compact ? null : <LoadError error={todos.error} onRetry={() => void todos.refetch()} />;
  if (!todos.data) return compact ? null : <Loading />;
  const { items, today } = todos.data;
  const shown = compact && !expanded ? items.slice(0, COMPACT_ROWS) : items;
  const hidden = items.length - shown.length;
  return (
    <section className={compact ? 'zl-card zl-card-compact' : 'zl-card'} aria-label={t('todos.title')}>
      <div className="zl-card-head">
        <h3>{t('todos.title')}</h3>
        {!compact && <span className="zl-muted zl-small">{t('todos.hint')}</span>}
      </div>
      {items.length ? (
        <div className={compact ? 'zl-todos' : 'zl-todos zl-todos-tiles'}>
          {shown.map((item) => (
            <TodoRow key={item.kind} item={item} today={today} showDue={compact} />
          ))}
          {hidden > 0 && (
            <button type="button" className="zl-link-btn zl-todos-toggle" onClick={() => setExpanded(true)}>
              {t('todos.more', { count: hidden })}
            </button>
          )}
          {compact && expanded && items.length > COMPACT_ROWS && (
            <button type="button" className="zl-link-btn zl-todos-toggle" onClick={() => setExpanded(false)}>
              {t('todos.less')}
            </button>
          )}
        </div>
      ) : (
        <span className="zl-muted">{t('todos.none')}</span>
      )}
    </section>
  );
}
