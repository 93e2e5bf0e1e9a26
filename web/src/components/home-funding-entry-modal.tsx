import type { UseMutationResult } from '@tanstack/react-query';
import { FUNDING_DIRECTIONS, FUNDING_SOURCES, HOME_LIMITS, type TFundingCreate } from '@zhucun/core';
import { Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../lib/form-rules.ts';
import { readAmount } from '../lib/home-funding.ts';
import { DateField } from './date-field.tsx';
import { FormModal } from './form-modal.tsx';
import { HomeFundingVoucher } from './home-funding-voucher.tsx';

/** What the form holds: the amount as typed, in yuan (read into fen on submit). */
type TValues = Omit<TFundingCreate, 'amountFen'> & { amountFen: string };

type Props = {
  open: boolean;
  pending: boolean;
  upload: UseMutationResult<{ id: number }, Error, Blob>;
  onClose: () => void;
  /** Saves the entry; a rejection's field errors are shown beside the fields. */
  onSave: (body: TFundingCreate) => Promise<unknown>;
};

const FIELDS = ['direction', 'source', 'amountFen', 'date', 'purpose', 'voucherFileId'];

/** 登记收支: money in or out of a home, by source, with an optional voucher. */
export function HomeFundingEntryModal({ open, pending, upload, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <FormModal<TValues>
      open={open}
      title={t('homeFunding.addTitle')}
      okText={t('homeFunding.addSubmit')}
      name="home-funding-entry"
      form={form}
      pending={pending}
      banner={banner}
      initialValues={{ direction: 'in', date: today }}
      onFinish={(values) => {
        const amount = readAmount(values.amountFen, 1);
        if (!('fen' in amount)) return;
        setBanner(null);
        onSave({ ...values, amountFen: amount.fen, purpose: values.purpose.trim() }).catch((error: unknown) =>
          setBanner(applyApiError(form, error, FIELDS)),
        );
      }}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="direction"
        label={t('homeFunding.direction')}
        rules={[{ required: true, message: t('homeFunding.directionRule') }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid">
          {FUNDING_DIRECTIONS.map((d) => (
            <Radio.Button key={d} value={d}>
              {t(`homeFunding.directions.${d}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="source"
        label={t('homeFunding.source')}
        rules={[{ required: true, message: t('homeFunding.sourceRule') }]}
      >
        <Select
          options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`homeFunding.sources.${s}`) }))}
          placeholder={t('homeFunding.sourceRule')}
        />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('homeFunding.amount')}
        rules={[
          {
            validator: async (_r, value: string | undefined) => {
              const amount = readAmount(value, 1);
              if ('problem' in amount) throw new Error(t(`homeFunding.${amount.problem}`));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" suffix="元" autoComplete="off" />
      </Form.Item>
      <DateField
        name="date"
        label={t('homeFunding.date')}
        rules={[
          { required: true, message: t('homeFunding.dateRule') },
          {
            validator: async (_r, value: string | null) => {
              if (value && value > dayjs().format('YYYY-MM-DD')) throw new Error(t('homeFunding.dateFuture'));
            },
          },
        ]}
      />
      <Form.Item
        name="purpose"
        label={t('homeFunding.purpose')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: HOME_LIMITS.purpose,
            message: t('homeFunding.purposeRule'),
          },
        ]}
      >
        <Input.TextArea rows={2} maxLength={HOME_LIMITS.purpose} showCount />
      </Form.Item>
      <HomeFundingVoucher upload={upload} testId="funding-voucher-input" />
    </FormModal>
  );
}
