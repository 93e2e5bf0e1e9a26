import { PLAN_LIMITS, type TPlanMilestone, type TProgressReportRequest } from '@zhucun/core';
import { Alert, Button, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressPhotoUrl, useUploadProgressPhoto } from '../api/project-plans.ts';
import { applyApiError } from '../lib/form-rules.ts';
import { DateField } from './date-field.tsx';
import { PhotoPicker } from './photo-picker.tsx';

type TValues = { date: string; text: string; milestoneId?: number; milestoneDone?: boolean };

type Props = {
  today: string;
  milestones: TPlanMilestone[];
  pending: boolean;
  /** Sends the report; resolves when saved (the form then clears). */
  onReport: (body: TProgressReportRequest) => Promise<unknown>;
};

/** A progress report: what was done, on which day, about which milestone (met?), optional photos. */
export function ProgressReportForm({ today, milestones, pending, onReport }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [photoIds, setPhotoIds] = useState<number[]>([]);
  const [banner, setBanner] = useState<string | null>(null);
  const upload = useUploadProgressPhoto();
  const milestoneId = Form.useWatch('milestoneId', form);
  const open = milestones.filter((m) => !m.dropped && !m.doneOn);

  const finish = (v: TValues) => {
    setBanner(null);
    onReport({
      date: v.date,
      text: v.text,
      milestoneId: v.milestoneId ?? null,
      milestoneDone: Boolean(v.milestoneId && v.milestoneDone),
      photoIds,
    })
      .then(() => {
        form.resetFields();
        setPhotoIds([]);
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
        ids={photoIds}
        onChange={setPhotoIds}
        urlOf={progressPhotoUrl}
        upload={upload}
        max={PLAN_LIMITS.photos}
        onError={setBanner}
        labels={{
          alt: t('plans.progress.photoAlt'),
          add: t('plans.progress.photoAdd'),
          remove: t('plans.progress.photoRemove'),
        }}
        testId="progress-photo-input"
      />
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('plans.progress.submit')}
      </Button>
    </Form>
  );
}
