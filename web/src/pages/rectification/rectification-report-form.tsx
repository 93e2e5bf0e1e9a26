import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { RECTIFICATION_LIMITS, type TRectificationActionBody } from '@zhucun/core';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { rectificationPhotoUrl, useUploadRectificationPhoto } from '../../api/rectification.ts';
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
  const input = useRef<HTMLInputElement>(null);

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
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        {photoIds.map((id) => (
          <div key={id} style={{ position: 'relative', width: 64, height: 64 }}>
            <img
              src={rectificationPhotoUrl(id)}
              alt={t('rectification.detail.photoAlt')}
              style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 6 }}
            />
            <Button
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('rectification.act.photoRemove')}
              onClick={() => setPhotoIds(photoIds.filter((p) => p !== id))}
              style={{ position: 'absolute', top: -6, right: -6 }}
            />
          </div>
        ))}
        <Button
          icon={<CameraOutlined />}
          loading={upload.isPending}
          disabled={photoIds.length >= RECTIFICATION_LIMITS.photos}
          onClick={() => input.current?.click()}
          style={{ width: 64, height: 64 }}
          aria-label={t('rectification.act.photoAdd')}
        />
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          style={{ display: 'none' }}
          data-testid="rectification-photo-input"
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
