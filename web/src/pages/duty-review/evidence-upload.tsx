import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useUploadSpotCheckEvidence } from '../../api/spot-checks.ts';

type Props = { value?: number; onChange?: (id: number | undefined) => void };

/** An optional photo or screenshot for a spot check (a form control: its value is the uploaded file's id). */
export function EvidenceUpload({ value, onChange }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadSpotCheckEvidence();
  const [name, setName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div>
      <Space wrap>
        <Button
          icon={<PaperClipOutlined />}
          loading={upload.isPending}
          onClick={() => input.current?.click()}
        >
          {t('dutyReview.spotChecks.evidenceAdd')}
        </Button>
        {value !== undefined && (
          <>
            <Typography.Text type="success">
              {t('dutyReview.spotChecks.evidenceAttached', { name })}
            </Typography.Text>
            <Button type="link" onClick={() => onChange?.(undefined)}>
              {t('dutyReview.spotChecks.evidenceRemove')}
            </Button>
          </>
        )}
      </Space>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        style={{ display: 'none' }}
        data-testid="spot-check-evidence-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setProblem(null);
          upload.mutate(file, {
            onSuccess: ({ id }) => {
              setName(file.name);
              onChange?.(id);
            },
            onError: (error) => setProblem(errorMessage(error)),
          });
        }}
      />
      {problem && <Typography.Paragraph type="danger">{problem}</Typography.Paragraph>}
    </div>
  );
}
