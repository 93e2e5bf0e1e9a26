import { Card, Pagination } from 'antd';
import type { Key, ReactNode } from 'react';
import type { TPaging } from './paging.ts';

type Props<T> = {
  items: readonly T[];
  /** The list's accessible name. */
  label: string;
  keyOf: (item: T) => Key;
  paging: TPaging;
  children: (item: T) => ReactNode;
};

/** A phone-sized list: one small card per item, and simple paging below. */
export function CardList<T>({ items, label, keyOf, paging, children }: Props<T>) {
  return (
    <>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }} aria-label={label}>
        {items.map((item) => (
          <li key={keyOf(item)}>
            <Card size="small">{children(item)}</Card>
          </li>
        ))}
      </ul>
      <Pagination
        simple
        style={{ marginTop: 12, justifyContent: 'center' }}
        current={paging.page}
        pageSize={paging.pageSize}
        total={paging.total}
        onChange={paging.onChange}
      />
    </>
  );
}
