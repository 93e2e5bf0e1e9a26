import { EditOutlined } from '@ant-design/icons';
import type { TDayView } from '@zhucun/core';
import { Alert, App, Button, Drawer, Input, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useCommentDay, useDutyDay } from '../../api/duty-review.ts';
import { DutyReviewEntry } from '../../components/duty-review-entry.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';

type Props = {
  id: number | null;
  canReview: boolean;
  onClose: () => void;
  onCorrect: (day: TDayView) => void;
  /** Extra actions on the entry (e.g. 导出日志册). */
  extra?: (day: TDayView) => React.ReactNode;
};

/** One day's log in a drawer: the entry, its comments, and for reviewers 批注 / 退回补充 / 更正考勤. */
export function LogEntryDrawer({ id, canReview, onClose, onCorrect, extra }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const day = useDutyDay(id);
  const comment = useCommentDay();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setText('');
    setProblem(null);
    onClose();
  };
  const send = (returnForCompletion: boolean) => {
    if (id === null) return;
    if (!text.trim()) {
      setProblem(t('dutyReview.entry.commentRequired'));
      return;
    }
    setProblem(null);
    comment.mutate(
      { id, text: text.trim(), returnForCompletion },
      {
        onSuccess: () => {
          setText('');
          void message.success(
            t(returnForCompletion ? 'dutyReview.entry.returnedDone' : 'dutyReview.entry.commented'),
          );
        },
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };
  const data = day.data;
  return (
    <Drawer
      open={id !== null}
      onClose={close}
      size={isMobile ? '100%' : 600}
      title={data ? t('dutyReview.entry.title', { name: data.personName, date: data.date }) : ''}
      extra={
        data && (
          <Space wrap>
            {extra?.(data)}
            {canReview && (
              <Button icon={<EditOutlined />} onClick={() => onCorrect(data)}>
                {t('dutyReview.entry.correct')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {day.isError ? (
        <LoadError error={day.error} onRetry={() => void day.refetch()} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <>
          <DutyReviewEntry day={data} />
          {canReview && (
            <div style={{ marginTop: 16 }}>
              {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
              <Input.TextArea
                aria-label={t('dutyReview.entry.comment')}
                placeholder={t('dutyReview.entry.commentPlaceholder')}
                rows={3}
                maxLength={500}
                showCount
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <Space wrap style={{ marginTop: 12 }}>
                <Button type="primary" loading={comment.isPending} onClick={() => send(false)}>
                  {t('dutyReview.entry.comment')}
                </Button>
                <Button danger loading={comment.isPending} onClick={() => send(true)}>
                  {t('dutyReview.entry.returnForCompletion')}
                </Button>
              </Space>
            </div>
          )}
        </>
      )}
    </Drawer>
  );
}
