import { ABSENCE_KINDS, type TAbsenceKind } from '@zhucun/core';
import { Alert, App, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type TAbsenceFields,
  useApplyAbsence,
  useMyAbsences,
  useWithdrawAbsence,
} from '../../api/absences.ts';
import { useSession } from '../../api/auth.ts';
import { errorMessage } from '../../api/client.ts';
import { DateField } from '../../components/date-field.tsx';
import { DutyAbsenceList } from '../../components/duty-absence-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { LeaveLevelNote } from './leave-level-note.tsx';

const FIELDS = ['kind', 'startDate', 'endDate', 'reason'] as const;

/**
 * `/leave`: apply for leave or report official duty in four fields; my requests and their state below.
 * `/leave?date=YYYY-MM-DD` (from a day recorded as 请假 on 今天) starts a request for that day.
 */
export function LeavePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [date] = useState(() => {
    const asked = params.get('date') ?? '';
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(asked) && dayjs(asked).format('YYYY-MM-DD') === asked;
    return valid ? asked : undefined;
  });
  const { message } = App.useApp();
  const [form] = Form.useForm<TAbsenceFields>();
  const mine = useMyAbsences();
  const apply = useApplyAbsence(useSession().data?.user.id ?? 0);
  const withdraw = useWithdrawAbsence();
  const [banner, setBanner] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const startDate = Form.useWatch('startDate', form);
  const endDate = Form.useWatch('endDate', form);

  const submit = (values: TAbsenceFields) => {
    setBanner(null);
    apply.sendAsync({ ...values, reason: values.reason.trim() }).then(
      (done) => {
        // no signal: kept on the phone (the banner lists it) and sent once later
        void message.success(done.result === 'sent' ? t('duty.leave.submitted') : t('outbox.queued'));
        form.resetFields();
      },
      (error: unknown) => setBanner(applyApiError(form, error, FIELDS)),
    );
  };
  const onWithdraw = (id: number) =>
    withdraw.mutate(id, {
      onSuccess: () => void message.success(t('duty.leave.withdrawn')),
      onError: (error) => void message.error(errorMessage(error)),
    });

  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('duty.leave.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          name="absence"
          layout="vertical"
          requiredMark={false}
          initialValues={{ kind: 'leave', reason: '', startDate: date, endDate: date }}
          onFinish={submit}
        >
          <Form.Item name="kind" label={t('duty.leave.kind')} style={{ marginBottom: 12 }}>
            <Segmented<TAbsenceKind>
              block
              size="large"
              aria-label={t('duty.leave.kind')}
              options={ABSENCE_KINDS.map((k) => ({ value: k, label: t(`duty.leave.kinds.${k}`) }))}
            />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
            <DateField
              name="startDate"
              label={t('duty.leave.startDate')}
              style={{ marginBottom: 12 }}
              rules={[
                { required: true, message: t('duty.leave.pick', { field: t('duty.leave.startDate') }) },
              ]}
            />
            <DateField
              name="endDate"
              label={t('duty.leave.endDate')}
              style={{ marginBottom: 12 }}
              dependencies={['startDate']}
              rules={[
                { required: true, message: t('duty.leave.pick', { field: t('duty.leave.endDate') }) },
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: string | null) => {
                    const start = getFieldValue('startDate') as string | null;
                    if (value && start && value < start) throw new Error(t('duty.leave.endBeforeStart'));
                  },
                }),
              ]}
            />
          </div>
          <Form.Item
            name="reason"
            label={t('duty.leave.reason')}
            style={{ marginBottom: 12 }}
            rules={[{ required: true, whitespace: true, message: t('duty.leave.reasonRequired') }]}
          >
            <Input.TextArea
              placeholder={t('duty.leave.reasonPlaceholder')}
              autoSize={{ minRows: 2, maxRows: 5 }}
              maxLength={200}
              style={{ fontSize: 16 }}
            />
          </Form.Item>
          <LeaveLevelNote kind={kind} startDate={startDate} endDate={endDate} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('duty.leave.hint')}
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" size="large" block loading={apply.isPending}>
            {t('duty.leave.apply')}
          </Button>
        </Form>
      </Card>
      <Typography.Title level={5}>{t('duty.leave.mine')}</Typography.Title>
      {mine.isError ? (
        <LoadError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data ? (
        <DutyAbsenceList
          items={mine.data.items}
          withdrawingId={withdraw.isPending ? (withdraw.variables ?? null) : null}
          onWithdraw={onWithdraw}
        />
      ) : (
        <PageSpinner />
      )}
    </div>
  );
}
