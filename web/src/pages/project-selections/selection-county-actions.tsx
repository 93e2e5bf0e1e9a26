import type { TSelection } from '@zhucun/core';
import { App, Button, Checkbox, Form, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useConfirmSelection, useCountyStep, usePublishNotice } from '../../api/project-selections.ts';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';

/**
 * The county's steps of a selection, each offered at its stage and explained when refused (core
 * `selectionRefusal`): open the scoring, publish the notice, reopen the scoring, confirm the awards.
 */
export function SelectionCountyActions({ selection: s, today }: { selection: TSelection; today: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useCountyStep(s.id);
  const publish = usePublishNotice(s.id);
  const confirm = useConfirmSelection(s.id);
  const [publishForm] = Form.useForm<{ publishedOn: string }>();
  const [confirmForm] = Form.useForm<{ nominationIds: number[] }>();
  const [dialog, setDialog] = useState<'publish' | 'confirm' | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const why = (action: string) => {
    const r = s.refusals[action];
    return r ? t(`projectSelections.refusals.${r}`, { defaultValue: r }) : null;
  };
  const close = () => {
    setBanner(null);
    setDialog(null);
  };
  const fail = (e: unknown) => setBanner(errorMessage(e));
  const button = (action: string, label: string, onClick: () => void, primary = true) => {
    const reason = why(action);
    return (
      <Tooltip title={reason}>
        <Button
          type={primary ? 'primary' : 'default'}
          disabled={!!reason}
          loading={step.isPending}
          onClick={onClick}
        >
          {label}
        </Button>
      </Tooltip>
    );
  };
  const run = (which: 'open-scoring' | 'reopen-scoring') =>
    step.mutateAsync(which).then(
      () => void message.success(t(`projectSelections.steps.${which}`)),
      (e: unknown) => void message.error(errorMessage(e)),
    );
  const awardable = s.nominations.filter((n) => !n.withdrawn && n.upheldObjections === 0 && n.rank !== null);

  return (
    <Space wrap>
      {s.stage === 'nominating' && (
        <Popconfirm
          title={t('projectSelections.steps.openConfirm')}
          onConfirm={() => run('open-scoring')}
          disabled={!!why('open_scoring')}
        >
          {button('open_scoring', t('projectSelections.actions.open_scoring'), () => {})}
        </Popconfirm>
      )}
      {s.stage === 'scoring' &&
        button('publish_notice', t('projectSelections.actions.publish_notice'), () => setDialog('publish'))}
      {s.stage === 'notice' && (
        <>
          {button('confirm', t('projectSelections.actions.confirm'), () => setDialog('confirm'))}
          <Popconfirm
            title={t('projectSelections.steps.reopenConfirm')}
            onConfirm={() => run('reopen-scoring')}
          >
            {button('reopen_scoring', t('projectSelections.actions.reopen_scoring'), () => {}, false)}
          </Popconfirm>
        </>
      )}
      <FormModal<{ publishedOn: string }>
        open={dialog === 'publish'}
        title={t('projectSelections.actions.publish_notice')}
        name="selection-publish"
        form={publishForm}
        pending={publish.isPending}
        banner={banner}
        okText={t('projectSelections.actions.publish_notice')}
        initialValues={{ publishedOn: today }}
        onFinish={(v) => publish.mutateAsync(v).then(close, fail)}
        onClose={close}
        onAfterClose={() => setBanner(null)}
      >
        <Typography.Paragraph type="secondary">{t('projectSelections.publishHint')}</Typography.Paragraph>
        <DateField
          name="publishedOn"
          label={t('projectSelections.publishedOn')}
          rules={[{ required: true }]}
        />
      </FormModal>
      <FormModal<{ nominationIds: number[] }>
        open={dialog === 'confirm'}
        title={t('projectSelections.actions.confirm')}
        name="selection-confirm"
        form={confirmForm}
        pending={confirm.isPending}
        banner={banner}
        okText={t('projectSelections.confirmOk')}
        initialValues={{ nominationIds: s.nominations.filter((n) => n.proposed).map((n) => n.id) }}
        onFinish={(v) => confirm.mutateAsync(v).then(close, fail)}
        onClose={close}
        onAfterClose={() => setBanner(null)}
      >
        <Typography.Paragraph type="secondary">
          {t('projectSelections.confirmHint', { count: s.awardCount })}
        </Typography.Paragraph>
        <Form.Item
          name="nominationIds"
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              max: s.awardCount,
              message: t('projectSelections.confirmRule', { count: s.awardCount }),
            },
          ]}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={awardable.map((n) => ({
              value: n.id,
              label: `${n.rank}. ${n.title}（${n.townshipName}，${n.combined?.score?.toFixed(1) ?? '—'}）`,
            }))}
          />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
