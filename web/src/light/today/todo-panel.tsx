import type { TTodoItem } from '@zhucun/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTodos } from '../../api/todos.ts';
import { formatDay } from '../../lib/day-span.ts';
import './cards.css';

/** Rows shown before 还有 N 类. */
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

/** One kind: its name, its count and the nearest due date; the whole row opens the list. */
function TodoRow({ item, today }: { item: TTodoItem; today: string }) {
  const { t } = useTranslation();
  return (
    <a href={item.href} className="zl-todo" data-testid={`todo-${item.kind}`}>
      <span className="zl-ellipsis zl-todo-name">{t(`todos.kinds.${item.kind}`)}</span>
      {item.due && (
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
 * 待办 on 今天: what still waits for the cadre, by kind, each a short row linking to the filtered list behind
 * it with the nearest due date; a few rows, the rest behind 还有 N 类, so the day's form stays on the first
 * screen. Said plainly when nothing waits; nothing at all while it loads or when it cannot be read.
 * It brings cards.css, the stylesheet of all of 今天's cards.
 */
export function TodoPanel() {
  const { t } = useTranslation();
  const todos = useTodos();
  const [expanded, setExpanded] = useState(false);
  if (!todos.data) return null;
  const { items, today } = todos.data;
  const shown = expanded ? items : items.slice(0, COMPACT_ROWS);
  const hidden = items.length - shown.length;
  return (
    <section className="zl-card zl-card-compact" aria-label={t('todos.title')}>
      <div className="zl-card-head">
        <h3>{t('todos.title')}</h3>
      </div>
      {items.length ? (
        <div className="zl-todos">
          {shown.map((item) => (
            <TodoRow key={item.kind} item={item} today={today} />
          ))}
          {hidden > 0 && (
            <button type="button" className="zl-link-btn zl-todos-toggle" onClick={() => setExpanded(true)}>
              {t('todos.more', { count: hidden })}
            </button>
          )}
          {expanded && items.length > COMPACT_ROWS && (
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
