import { Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardList } from './card-list.tsx';
import type { TRequestListProps } from './request-table.tsx';
import { currentDeadline, RequestTags } from './request-tags.tsx';

/** The queue on a phone: one card per request; a tap opens it; overdue ones with a red edge. */
export function RequestCards({ requests, today, loading, paging, empty, onOpen }: TRequestListProps) {
  const { t } = useTranslation();
  if (!loading && requests.length === 0) return <>{empty ?? <Empty />}</>;
  return (
    <Spin spinning={loading}>
      <CardList items={requests} label={t('requests.queue.list')} keyOf={(r) => r.id} paging={paging}>
        {(r) => (
          <button
            type="button"
            onClick={() => onOpen(r.id)}
            aria-label={`#${r.id} ${t(`requests.categories.${r.category}`)}`}
            style={{
              all: 'unset',
              cursor: 'pointer',
              display: 'block',
              width: '100%',
              borderInlineStart: r.overdue ? '3px solid #ff4d4f' : undefined,
              paddingInlineStart: r.overdue ? 8 : 0,
            }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <Typography.Text strong className="zc-ellipsis">
                #{r.id} {r.villageName}
              </Typography.Text>
              <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
                {currentDeadline(r)}
              </Typography.Text>
            </div>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
              {r.description}
            </Typography.Paragraph>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
              <RequestTags request={r} today={today} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`requests.levels.${r.ownerLevel}`)}
              </Typography.Text>
            </div>
          </button>
        )}
      </CardList>
    </Spin>
  );
}
