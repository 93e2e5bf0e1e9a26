import type { UseMutationResult } from '@tanstack/react-query';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { VOUCHER_TYPES } from '../lib/home-funding.ts';
import { EvidenceField } from './evidence-field.tsx';

/** The optional voucher (凭证) of an entry or a correction: a PDF or a photo, uploaded first. */
export function HomeFundingVoucher({
  upload,
  testId,
}: {
  upload: UseMutationResult<{ id: number }, Error, Blob>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item name="voucherFileId" label={t('homeFunding.voucher')}>
      <EvidenceField
        upload={upload}
        addLabel={t('homeFunding.voucherAdd')}
        accept={VOUCHER_TYPES}
        testId={testId}
      />
    </Form.Item>
  );
}
