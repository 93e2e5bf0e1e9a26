import { PLACES, type TDayView, type TPlace } from '@zhucun/core';
import { Alert, App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useCorrectAttendance } from '../../api/duty-review.ts';
import { FormModal } from '../../components/form-modal.tsx';

type TValues = { day: TPlace; night: TPlace; reason: string };
type Props = { day: TDayView | null; onClose: () => void };

/** 更正考勤: the attendance keeper sets where the cadre was by day and night, with a reason (audited). */
export function AttendanceModal({ day, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const correct = useCorrectAttendance();
  const [banner, setBanner] = useState<string | null>(null);
  const places = PLACES.map((p) => ({ value: p, label: t(`dutyReview.places.${p}`) }));
  const submit = (values: TValues) => {
    if (!day) return;
    setBanner(null);
    correct.mutate(
      { personId: day.personId, date: day.date, ...values },
      {
        onSuccess: () => {
          void message.success(t('dutyReview.attendance.saved'));
          onClose();
        },
        onError: (error) => setBanner(errorMessage(error)),
      },
    );
  };
  return (
    <FormModal<TValues>
      open={day !== null}
      title={day ? t('dutyReview.attendance.title', { name: day.personName, date: day.date }) : ''}
      name="attendance"
      form={form}
      pending={correct.isPending}
      banner={banner}
      initialValues={day ? { day: day.day, night: day.night } : undefined}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Alert type="info" title={t('dutyReview.attendance.hint')} style={{ marginBottom: 16 }} />
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="day"
          label={t('dutyReview.logs.day')}
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <Select options={places} />
        </Form.Item>
        <Form.Item
          name="night"
          label={t('dutyReview.logs.night')}
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <Select options={places} />
        </Form.Item>
      </div>
      <Form.Item
        name="reason"
        label={t('dutyReview.attendance.reason')}
        rules={[{ required: true, whitespace: true, message: t('dutyReview.attendance.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
