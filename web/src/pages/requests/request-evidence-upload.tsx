import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useUploadEvidence } from '../../api/requests.ts';

type Props = { value?: number; onChange?: (id: number | undefined) => void };

/** An optional photo as evidence of a resolved request (a form control: its value is the uploaded file's id). */
export function RequestEvidenceUpload({ value, onChange }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadEvidence();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div>
      <Space wrap>
        <Button
          icon={<PaperClipOutlined />}
          loading={upload.isPending}
          onClick={() => input.current?.click()}
        >
          {t('requests.form.evidenceAdd')}
        </Button>
        {value !== undefined && (
          <Typography.Text type="success">{t('requests.form.evidenceUploaded')}</Typography.Text>
        )}
      </Space>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        style={{ display: 'none' }}
        data-testid="request-evidence-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setProblem(null);
          upload.mutate(file, {
            onSuccess: ({ id }) => onChange?.(id),
            onError: (error) => setProblem(errorMessage(error)),
          });
        }}
      />
      {problem && <Typography.Paragraph type="danger">{problem}</Typography.Paragraph>}
    </div>
  );
}
