import { PLAN_LIMITS, type TPlanMilestone, type TProgressReportRequest } from '@zhucun/core';
import { Alert, Button, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportPhotos } from '../api/outbox-photos.ts';
import { progressPhotoUrl } from '../api/project-plans.ts';
import { applyApiError } from '../lib/form-rules.ts';
import { DateField } from './date-field.tsx';
import { PhotoPicker } from './photo-picker.tsx';

type TValues = { date: string; text: string; milestoneId?: number; milestoneDone?: boolean };

type Props = {
  /** Whose report it is, and the project's title (what the outbox banner names a photo by). */
  userId: number;
  title: string;
  today: string;
  milestones: TPlanMilestone[];
  pending: boolean;
  /**
   * Sends the report, with the photos still on the phone it waits for (taken without signal);
   * resolves when saved or kept for later (the form then clears).
   */
  onReport: (body: TProgressReportRequest, photos: string[] | undefined) => Promise<unknown>;
};

/** A progress report: what was done, on which day, about which milestone (met?), optional photos. */
export function ProgressReportForm({ userId, title, today, milestones, pending, onReport }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const photos = useReportPhotos((file) => ({
    userId,
    kind: 'photo',
    method: 'POST',
    path: '/api/project-plans/photos',
    body: file,
    subject: { title },
  }));
  const milestoneId = Form.useWatch('milestoneId', form);
  const open = milestones.filter((m) => !m.dropped && !m.doneOn);

  const finish = (v: TValues) => {
    setBanner(null);
    const sent = photos.toSend();
    onReport(
      {
        date: v.date,
        text: v.text,
        milestoneId: v.milestoneId ?? null,
        milestoneDone: Boolean(v.milestoneId && v.milestoneDone),
        photoIds: sent.photoIds,
      },
      sent.photos,
    )
      .then(() => {
        form.resetFields();
        photos.clear();
      })
      .catch((error: unknown) =>
        setBanner(applyApiError(form, error, ['date', 'text', 'milestoneId', 'milestoneDone'])),
      );
  };
  return (
    <Form
      form={form}
      layout="vertical"
      name="progress-report"
      initialValues={{ date: today }}
      onFinish={finish}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="text"
        label={t('plans.progress.text')}
        rules={[{ required: true, whitespace: true, message: t('plans.progress.textRule') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={PLAN_LIMITS.text}
          placeholder={t('plans.progress.textPlaceholder')}
          style={{ fontSize: 16 }}
        />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 12 }}>
        <DateField name="date" label={t('plans.progress.date')} rules={[{ required: true }]} />
        <Form.Item name="milestoneId" label={t('plans.progress.milestone')}>
          <Select
            allowClear
            placeholder={t('plans.progress.milestoneNone')}
            options={open.map((m) => ({ value: m.id, label: `${m.title}（${m.dueDate}）` }))}
          />
        </Form.Item>
      </div>
      {milestoneId && (
        <Form.Item name="milestoneDone" valuePropName="checked" style={{ marginTop: -8 }}>
          <Checkbox>{t('plans.progress.markDone')}</Checkbox>
        </Form.Item>
      )}
      <PhotoPicker
        {...photos.picker}
        urlOf={progressPhotoUrl}
        max={PLAN_LIMITS.photos}
        onError={setBanner}
        labels={{
          alt: t('plans.progress.photoAlt'),
          add: t('plans.progress.photoAdd'),
          remove: t('plans.progress.photoRemove'),
        }}
        localLabel={t('outbox.photoLocal')}
        testId="progress-photo-input"
      />
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('plans.progress.submit')}
      </Button>
    </Form>
  );
}
