import { PLAN_LIMITS, type TProgressItem } from '@zhucun/core';
import { Button, Empty, Image, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { progressPhotoUrl } from '../api/project-plans.ts';
import { formatDateTime } from '../lib/format.ts';

/**
 * A project's progress, newest first: reports typed for it, and days' logs tied to it on 今天 (shown
 * with the log's words, marked 工作日志). It does not fetch.
 */
/** A comment box under one entry: opened by 点评, sent, closed. */
function CommentBox({ onSend }: { onSend: (text: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!open)
    return (
      <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setOpen(true)}>
        {t('plans.progress.comment')}
      </Button>
    );
  const send = () => {
    setSending(true);
    setProblem(null);
    onSend(text.trim())
      .then(() => {
        setText('');
        setOpen(false);
      })
      .catch((error: unknown) => setProblem(errorMessage(error)))
      .finally(() => setSending(false));
  };
  return (
    <div style={{ marginTop: 6 }}>
      <Input.TextArea
        aria-label={t('plans.progress.comment')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={PLAN_LIMITS.comment}
        placeholder={t('plans.progress.commentPlaceholder')}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      <Space style={{ marginTop: 6 }}>
        <Button size="small" type="primary" loading={sending} disabled={!text.trim()} onClick={send}>
          {t('plans.progress.commentSend')}
        </Button>
        <Button size="small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </Space>
    </div>
  );
}

type Props = {
  items: TProgressItem[];
  /** Given when the reader may comment (the township, colleagues, a mentor on a mentee's project). */
  onComment?: (progressId: number, text: string) => Promise<unknown>;
};

export function ProgressList({ items, onComment }: Props) {
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
          {onComment && <CommentBox onSend={(text) => onComment(p.id, text)} />}
        </List.Item>
      )}
    />
  );
}
