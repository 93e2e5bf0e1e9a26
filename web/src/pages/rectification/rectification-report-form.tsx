import { RECTIFICATION_LIMITS, type TRectificationActionBody } from '@zhucun/core';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rectificationPhotoUrl, useUploadRectificationPhoto } from '../../api/rectification.ts';
import { PhotoPicker } from '../../components/photo-picker.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

type Props = {
  /** Which of the two the viewer may send now. */
  canProgress: boolean;
  canReport: boolean;
  pending: boolean;
  onSend: (path: 'progress' | 'report', body: TRectificationActionBody) => Promise<unknown>;
};

/** 报告整改情况: words and optional photos, sent as progress (整改中) or as completion (报送, for review). */
export function RectificationReportForm({ canProgress, canReport, pending, onSend }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ statement: string }>();
  const [photoIds, setPhotoIds] = useState<number[]>([]);
  const [banner, setBanner] = useState<string | null>(null);
  const upload = useUploadRectificationPhoto();

  const send = (path: 'progress' | 'report') =>
    form
      .validateFields()
      .then(({ statement }) => {
        setBanner(null);
        return onSend(path, { statement, photoIds })
          .then(() => {
            form.resetFields();
            setPhotoIds([]);
          })
          .catch((error: unknown) => setBanner(applyApiError(form, error, ['statement', 'photoIds'])));
      })
      .catch(() => {});

  return (
    <Form form={form} layout="vertical" name="rectification-report">
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="statement"
        label={t('rectification.act.statement')}
        rules={[{ required: true, whitespace: true, message: t('rectification.act.statementRule') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={RECTIFICATION_LIMITS.text}
          placeholder={t('rectification.act.statementPlaceholder')}
          style={{ fontSize: 16 }}
        />
      </Form.Item>
      <PhotoPicker
        ids={photoIds}
        onChange={setPhotoIds}
        urlOf={rectificationPhotoUrl}
        upload={upload}
        max={RECTIFICATION_LIMITS.photos}
        onError={setBanner}
        labels={{
          alt: t('rectification.detail.photoAlt'),
          add: t('rectification.act.photoAdd'),
          remove: t('rectification.act.photoRemove'),
        }}
        testId="rectification-photo-input"
      />
      <Space wrap>
        {canReport && (
          <Button type="primary" loading={pending} onClick={() => void send('report')}>
            {t('rectification.act.report')}
          </Button>
        )}
        {canProgress && (
          <Button loading={pending} onClick={() => void send('progress')}>
            {t('rectification.act.progress')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
