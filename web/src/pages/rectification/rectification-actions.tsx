import {
  RECTIFICATION_ACTION_PATHS,
  type TRectificationActionPath,
  type TRectificationView,
} from '@zhucun/core';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useRectificationAction } from '../../api/rectification.ts';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { RectificationReportForm } from './rectification-report-form.tsx';

/** The actions the viewer may take now, as the server lists them: report, or review (approve, return, close). */
export function RectificationActions({ item }: { item: TRectificationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useRectificationAction(item.id);
  const [returning, setReturning] = useState<'township-return' | 'county-return' | null>(null);
  const allowed = item.allowedActions;
  const run = (
    path: TRectificationActionPath,
    body: { statement?: string; reason?: string; photoIds?: number[] } = {},
  ) =>
    act.mutateAsync({ path, body }).then((view) => {
      message.success(
        t('rectification.act.done', {
          action: t(`rectification.actions.${RECTIFICATION_ACTION_PATHS[path]}`),
        }),
      );
      return view;
    });
  const decide = (path: TRectificationActionPath) =>
    run(path).catch((error: unknown) => message.error(errorMessage(error)));

  if (allowed.length === 0)
    return <Typography.Text type="secondary">{t('rectification.detail.noActions')}</Typography.Text>;
  const canReport = allowed.includes('report');
  const canProgress = allowed.includes('progress');
  return (
    <>
      {(canReport || canProgress) && (
        <RectificationReportForm
          canReport={canReport}
          canProgress={canProgress}
          pending={act.isPending}
          onSend={(path, body) => run(path, body)}
        />
      )}
      <Space wrap>
        {allowed.includes('township_approve') && (
          <Button type="primary" loading={act.isPending} onClick={() => void decide('township-approve')}>
            {t('rectification.act.approve')}
          </Button>
        )}
        {allowed.includes('close') && (
          <Popconfirm title={t('rectification.act.close')} onConfirm={() => decide('close')}>
            <Button type="primary" loading={act.isPending}>
              {t('rectification.act.close')}
            </Button>
          </Popconfirm>
        )}
        {allowed.includes('township_return') && (
          <Button danger onClick={() => setReturning('township-return')}>
            {t('rectification.act.return')}
          </Button>
        )}
        {allowed.includes('county_return') && (
          <Button danger onClick={() => setReturning('county-return')}>
            {t('rectification.act.return')}
          </Button>
        )}
      </Space>
      <ReasonModal
        open={returning !== null}
        name="rectification-return"
        title={t('rectification.act.returnTitle')}
        okText={t('rectification.act.return')}
        hint={t('rectification.act.returnHint')}
        reasonLabel={t('rectification.act.reason')}
        pending={act.isPending}
        onClose={() => setReturning(null)}
        onReason={(reason) => run(returning ?? 'township-return', { reason }).then(() => setReturning(null))}
      />
    </>
  );
}
