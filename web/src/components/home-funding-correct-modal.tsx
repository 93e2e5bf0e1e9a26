import type { UseMutationResult } from '@tanstack/react-query';
import { formatYuan, HOME_LIMITS, type TFundingCorrect } from '@zhucun/core';
import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../lib/form-rules.ts';
import { readAmount, type TLedgerRow, yuanText } from '../lib/home-funding.ts';
import { FormModal } from './form-modal.tsx';
import { HomeFundingVoucher } from './home-funding-voucher.tsx';

type TValues = { amountFen: string; reason: string; voucherFileId?: number };

type Props = {
  /** The original being corrected; null when the dialog is closed. */
  entry: TLedgerRow | null;
  pending: boolean;
  upload: UseMutationResult<{ id: number }, Error, Blob>;
  onClose: () => void;
  onSave: (entryId: number, body: TFundingCorrect) => Promise<unknown>;
};

/** 更正: the right amount and why; the original stays and a correction entry is added. */
export function HomeFundingCorrectModal({ entry, pending, upload, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const current = entry ? Math.abs(entry.effectiveFen ?? entry.amountFen) : 0;
  return (
    <FormModal<TValues>
      open={entry !== null}
      title={t('homeFunding.correctTitle', { id: entry?.id ?? '' })}
      okText={t('homeFunding.correctSubmit')}
      name="home-funding-correct"
      form={form}
      pending={pending}
      banner={banner}
      initialValues={{ amountFen: yuanText(current) }}
      onFinish={(values) => {
        const amount = readAmount(values.amountFen, 0);
        if (!entry || !('fen' in amount)) return;
        setBanner(null);
        const body = {
          amountFen: amount.fen,
          reason: values.reason.trim(),
          voucherFileId: values.voucherFileId,
        };
        onSave(entry.id, body).catch((error: unknown) =>
          setBanner(applyApiError(form, error, ['amountFen', 'reason', 'voucherFileId'])),
        );
      }}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Alert type="info" showIcon title={t('homeFunding.correctHint')} style={{ marginBottom: 12 }} />
      {entry && (
        <p data-testid="funding-correct-original">
          {t('homeFunding.correctOriginal', {
            date: entry.date,
            direction: t(`homeFunding.directions.${entry.direction}`),
            amount: formatYuan(Math.abs(entry.effectiveFen ?? entry.amountFen)),
            purpose: entry.purpose,
          })}
        </p>
      )}
      <Form.Item
        name="amountFen"
        label={t('homeFunding.correctAmount')}
        rules={[
          {
            validator: async (_r, value: string | undefined) => {
              const amount = readAmount(value, 0);
              if ('problem' in amount) throw new Error(t(`homeFunding.${amount.problem}`));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" suffix="元" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('homeFunding.correctReason')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: HOME_LIMITS.reason,
            message: t('homeFunding.correctReasonRule'),
          },
        ]}
      >
        <Input.TextArea rows={2} maxLength={HOME_LIMITS.reason} showCount />
      </Form.Item>
      <HomeFundingVoucher upload={upload} testId="funding-correct-voucher-input" />
    </FormModal>
  );
}
