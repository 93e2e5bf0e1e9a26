import type { TProgressItem } from '@zhucun/core';
import { Empty, Image, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressPhotoUrl } from '../api/project-plans.ts';
import { formatDateTime } from '../lib/format.ts';

/**
 * A project's progress, newest first: reports typed for it, and days' logs tied to it on 今天 (shown
 * with the log's words, marked 工作日志). It does not fetch.
 */
export function ProgressList({ items }: { items: TProgressItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t('plans.progress.none')} />;
  return (
    <List
      itemLayout="vertical"
      dataSource={items}
      renderItem={(p) => (
        <List.Item key={p.id} style={{ paddingInline: 0 }} data-testid="progress-item">
          <Space wrap size={6} style={{ marginBottom: 4 }}>
            <Typography.Text strong>{p.date}</Typography.Text>
            <Tag color={p.source === 'day_log' ? 'cyan' : 'blue'}>
              {t(`plans.progress.sources.${p.source}`)}
            </Tag>
            <Typography.Text type="secondary">{p.reporter.name}</Typography.Text>
            {p.milestone && <Tag>{t('plans.progress.aboutMilestone', { title: p.milestone.title })}</Tag>}
          </Space>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
            {p.text}
          </Typography.Paragraph>
          {p.day?.activities && (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
              {p.day.activities}
            </Typography.Paragraph>
          )}
          {p.photoIds.length > 0 && (
            <Image.PreviewGroup>
              <Space wrap size={6}>
                {p.photoIds.map((id) => (
                  <Image
                    key={id}
                    src={progressPhotoUrl(id)}
                    width={72}
                    height={72}
                    style={{ objectFit: 'cover', borderRadius: 6 }}
                    alt={t('plans.progress.photoAlt')}
                  />
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
          {p.comments.map((c) => (
            <div
              key={c.id}
              style={{ marginTop: 6, paddingLeft: 8, borderLeft: '3px solid #f0f0f0', fontSize: 13 }}
            >
              <Typography.Text strong>{c.author}</Typography.Text>
              <Typography.Text type="secondary"> · {formatDateTime(c.createdAt)}</Typography.Text>
              <div style={{ whiteSpace: 'pre-wrap' }}>{c.text}</div>
            </div>
          ))}
        </List.Item>
      )}
    />
  );
}
