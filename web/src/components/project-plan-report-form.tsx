import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { PLAN_LIMITS, type TPlanMilestone, type TProgressReportRequest } from '@zhucun/core';
import { Alert, Button, Checkbox, Form, Input, Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { progressPhotoUrl, useUploadProgressPhoto } from '../api/project-plans.ts';
import { applyApiError } from '../lib/form-rules.ts';
import { DateField } from './date-field.tsx';

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
  const input = useRef<HTMLInputElement>(null);
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
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        {photoIds.map((id) => (
          <div key={id} style={{ position: 'relative', width: 64, height: 64 }}>
            <img
              src={progressPhotoUrl(id)}
              alt={t('plans.progress.photoAlt')}
              style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 6 }}
            />
            <Button
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('plans.progress.photoRemove')}
              onClick={() => setPhotoIds(photoIds.filter((p) => p !== id))}
              style={{ position: 'absolute', top: -6, right: -6 }}
            />
          </div>
        ))}
        <Button
          icon={<CameraOutlined />}
          loading={upload.isPending}
          disabled={photoIds.length >= PLAN_LIMITS.photos}
          onClick={() => input.current?.click()}
          style={{ width: 64, height: 64 }}
          aria-label={t('plans.progress.photoAdd')}
        />
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          style={{ display: 'none' }}
          data-testid="progress-photo-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            upload.mutate(file, {
              onSuccess: ({ id }) => setPhotoIds((ids) => [...ids, id]),
              onError: (error) => setBanner(errorMessage(error)),
            });
          }}
        />
      </div>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('plans.progress.submit')}
      </Button>
    </Form>
  );
}
