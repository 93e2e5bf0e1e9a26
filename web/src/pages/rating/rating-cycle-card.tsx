import { RATING_CYCLE_STAGES, type TRatingCycle, type TRatingCycleStep } from '@zhucun/core';
import { Alert, App, Button, Card, Descriptions, Form, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useRatingCycleActions } from '../../api/rating.ts';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { formatDateTime } from '../../lib/format.ts';

const PATHS: Record<TRatingCycleStep, string> = {
  compute: 'compute',
  open_evaluation: 'open-evaluation',
  open_survey: 'open-survey',
  total: 'total',
  publish_notice: 'publish-notice',
  close_notice: 'close-notice',
  confirm: 'confirm',
};
type TDialog = 'open_survey' | 'survey_window' | 'publish_notice' | null;
type TDates = { surveyFrom?: string; surveyUntil?: string; publishedOn?: string };
const span = (from: string | null, until: string | null) => (from ? `${from} — ${until ?? ''}` : '—');

/**
 * A cycle's procedure: the stages as steps with the current one marked, each stage's dates, and for
 * the county the steps it may take now (a refused step shows the server's reason instead).
 */
export function RatingCycleCard({ cycle }: { cycle: TRatingCycle }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const actions = useRatingCycleActions();
  const [dialog, setDialog] = useState<TDialog>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [form] = Form.useForm<TDates>();
  const current = RATING_CYCLE_STAGES.indexOf(cycle.stage);
  const next = cycle.steps.filter((s) =>
    s.step === 'compute'
      ? cycle.stage === 'open' || cycle.stage === 'computed'
      : RATING_CYCLE_STAGES.indexOf(s.to) === current + 1,
  );
  const reviewLeft = cycle.counts.results - cycle.counts.reviewed;

  const take = (step: TRatingCycleStep, body?: object) =>
    actions.step
      .mutateAsync({ id: cycle.id, path: PATHS[step], body })
      .then(() => void message.success(t('rating.cycle.stepDone', { step: t(`rating.steps.${step}`) })));
  const run = (step: TRatingCycleStep) => {
    if (step === 'open_survey' || step === 'publish_notice') return setDialog(step);
    modal.confirm({
      title: t('rating.cycle.confirmStep', { step: t(`rating.steps.${step}`), year: cycle.year }),
      content: t(`rating.cycle.stepHints.${step}`),
      okText: t(`rating.steps.${step}`),
      cancelText: t('common.cancel'),
      onOk: () => take(step).catch((e: unknown) => void message.error(errorMessage(e))),
    });
  };
  const finishDialog = (values: TDates) => {
    const request =
      dialog === 'survey_window'
        ? actions.surveyWindow.mutateAsync({
            id: cycle.id,
            body: { surveyFrom: values.surveyFrom ?? '', surveyUntil: values.surveyUntil ?? '' },
          })
        : take(dialog as TRatingCycleStep, values);
    request
      .then(() => setDialog(null))
      .catch((e: unknown) => setBanner(applyApiError(form, e, ['surveyFrom', 'surveyUntil', 'publishedOn'])));
  };
  const remaining = () =>
    modal.confirm({
      title: t('rating.cycle.reviewRemainingTitle', { count: reviewLeft }),
      content: t('rating.cycle.reviewRemainingHint'),
      okText: t('rating.cycle.reviewRemaining', { count: reviewLeft }),
      cancelText: t('common.cancel'),
      onOk: () =>
        actions.reviewRemaining
          .mutateAsync({ id: cycle.id, expected: reviewLeft })
          .catch((e: unknown) => void message.error(errorMessage(e))),
    });

  return (
    <Card title={t('rating.cycle.title', { year: cycle.year })} data-testid="rating-cycle">
      <Steps
        size="small"
        current={current}
        items={RATING_CYCLE_STAGES.map((s) => ({ title: t(`rating.stages.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('rating.cycle.stage')}>
          <Typography.Text strong>{t(`rating.stages.${cycle.stage}`)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.computedAt')}>
          {formatDateTime(cycle.computedAt) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.survey')}>
          {span(cycle.surveyFrom, cycle.surveyUntil)}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.totalledAt')}>
          {formatDateTime(cycle.totalledAt) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.notice')}>
          {span(cycle.noticeFrom, cycle.noticeUntil)}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.confirmedAt')}>
          {formatDateTime(cycle.confirmedAt) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.results')}>{cycle.counts.results}</Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.reviewed')}>
          {t('rating.cycle.reviewedValue', {
            reviewed: cycle.counts.reviewed,
            amended: cycle.counts.amended,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.cycle.appeals')}>
          {t('rating.cycle.appealsValue', {
            appeals: cycle.counts.appeals,
            open: cycle.counts.undecidedAppeals,
          })}
        </Descriptions.Item>
      </Descriptions>
      {cycle.mayManage && cycle.stage !== 'confirmed' && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          {next.map((s) =>
            s.allowed ? null : (
              <Alert key={s.step} type="info" showIcon title={s.refusal} data-testid={`refusal-${s.step}`} />
            ),
          )}
          <Space wrap>
            {next.map((s) => (
              <Button
                key={s.step}
                type={s.step === 'compute' && cycle.stage !== 'open' ? 'default' : 'primary'}
                disabled={!s.allowed}
                loading={actions.step.isPending}
                onClick={() => run(s.step)}
              >
                {s.step === 'compute' && cycle.computedAt
                  ? t('rating.cycle.recompute')
                  : t(`rating.steps.${s.step}`)}
              </Button>
            ))}
            {cycle.stage === 'surveying' && (
              <Button onClick={() => setDialog('survey_window')}>{t('rating.cycle.surveyWindow')}</Button>
            )}
            {cycle.stage === 'review' && cycle.mayReview && reviewLeft > 0 && (
              <Button onClick={remaining}>{t('rating.cycle.reviewRemaining', { count: reviewLeft })}</Button>
            )}
          </Space>
        </Space>
      )}
      <FormModal<TDates>
        open={dialog !== null}
        name="rating-dates"
        title={dialog ? t(`rating.cycle.dialogs.${dialog}`) : ''}
        okText={dialog ? t(`rating.cycle.dialogs.${dialog}`) : undefined}
        form={form}
        pending={actions.step.isPending || actions.surveyWindow.isPending}
        banner={banner}
        initialValues={
          dialog === 'publish_notice'
            ? { publishedOn: cycle.today }
            : { surveyFrom: cycle.surveyFrom ?? cycle.today, surveyUntil: cycle.surveyUntil ?? undefined }
        }
        onFinish={finishDialog}
        onClose={() => setDialog(null)}
        onAfterClose={() => setBanner(null)}
      >
        {dialog === 'publish_notice' ? (
          <DateField
            name="publishedOn"
            label={t('rating.cycle.publishedOn')}
            extra={t('rating.cycle.publishedOnHint')}
            rules={[{ required: true }]}
          />
        ) : (
          <>
            <DateField name="surveyFrom" label={t('rating.cycle.surveyFrom')} rules={[{ required: true }]} />
            <DateField
              name="surveyUntil"
              label={t('rating.cycle.surveyUntil')}
              extra={t('rating.cycle.surveyUntilHint')}
              rules={[{ required: true }]}
            />
          </>
        )}
      </FormModal>
    </Card>
  );
}
