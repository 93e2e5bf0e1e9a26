import { PaperClipOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { FileButton } from './file-button.tsx';

type Props = {
  /** Set by Form.Item: the uploaded file's id. */
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** The page's upload mutation (this component does not fetch by itself). */
  upload: UseMutationResult<{ id: number }, Error, Blob>;
  addLabel: string;
  testId: string;
  /** What the file picker offers: photos by default; a voucher may also be a PDF. */
  accept?: string;
};

/**
 * An optional photo or screenshot as evidence, or a voucher (a form control whose value is the
 * uploaded file's id).
 */
export function EvidenceField({
  value,
  onChange,
  upload,
  addLabel,
  testId,
  accept = 'image/jpeg,image/png,image/webp',
}: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div>
      <Space wrap>
        <FileButton
          accept={accept}
          loading={upload.isPending}
          testId={testId}
          icon={<PaperClipOutlined />}
          onFile={(file) => {
            setProblem(null);
            upload.mutate(file, {
              onSuccess: ({ id }) => {
                setName(file.name);
                onChange?.(id);
              },
              onError: (error) => setProblem(errorMessage(error)),
            });
          }}
        >
          {addLabel}
        </FileButton>
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
      {problem && <Typography.Paragraph type="danger">{problem}</Typography.Paragraph>}
    </div>
  );
}
