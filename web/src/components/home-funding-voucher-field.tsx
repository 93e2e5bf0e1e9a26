import { PaperClipOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';

type Props = {
  /** Set by Form.Item: the uploaded voucher's file id. */
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** The page's upload mutation (POST /api/homes/funding/vouchers, raw body). */
  upload: UseMutationResult<{ id: number }, Error, Blob>;
  testId: string;
};

/** An optional voucher (凭证): a PDF or a photo of the receipt, uploaded first; the value is its file id. */
export function HomeFundingVoucherField({ value, onChange, upload, testId }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
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
          {t('homeFunding.voucherAdd')}
        </Button>
        {value !== undefined && (
          <>
            <Typography.Text type="success">{t('homeFunding.voucherAttached', { name })}</Typography.Text>
            <Button type="link" onClick={() => onChange?.(undefined)}>
              {t('homeFunding.voucherRemove')}
            </Button>
          </>
        )}
      </Space>
      <input
        ref={input}
        type="file"
        accept="application/pdf,image/jpeg,image/png,image/webp"
        style={{ display: 'none' }}
        data-testid={testId}
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
