import { HOME_LIMITS, MASKED_OR_PHONE, parseYuan } from '@zhucun/core';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field.tsx';

const half = { style: { flex: '1 1 200px', marginBottom: 12 } };

/** A farmhouse's rent contract (租房合同) as form fields under `contract`; the rent typed in yuan. */
export function HomeContractFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('homes.form.dateRequired') };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
      <Form.Item
        name={['contract', 'landlord']}
        label={t('homes.form.landlord')}
        rules={[{ required: true, whitespace: true, message: t('homes.form.landlordRequired') }]}
        {...half}
      >
        <Input maxLength={HOME_LIMITS.landlord} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={['contract', 'landlordPhone']}
        label={t('homes.form.landlordPhone')}
        // the stored number comes back masked (138****5678) and is kept when left as it is
        rules={[{ pattern: MASKED_OR_PHONE, message: t('homes.form.phoneRule') }]}
        extra={t('homes.form.landlordPhoneMasked')}
        {...half}
      >
        <Input inputMode="tel" maxLength={11} autoComplete="off" />
      </Form.Item>
      <DateField
        name={['contract', 'startDate']}
        label={t('homes.form.startDate')}
        rules={[required]}
        {...half}
      />
      <DateField
        name={['contract', 'endDate']}
        label={t('homes.form.endDate')}
        dependencies={[['contract', 'startDate']]}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: async (_r, end: string | null) => {
              const start = getFieldValue(['contract', 'startDate']) as string | null;
              if (start && end && end < start) throw new Error(t('homes.form.endBeforeStart'));
            },
          }),
        ]}
        {...half}
      />
      <Form.Item
        name={['contract', 'annualRentFen']}
        label={t('homes.form.annualRent')}
        rules={[
          { required: true, whitespace: true, message: t('homes.form.rentRequired') },
          {
            validator: async (_r, value: string | undefined) => {
              if (!value?.trim()) return;
              const fen = parseYuan(value);
              if (fen === null || fen < 0) throw new Error(t('homes.form.rentInvalid'));
            },
          },
        ]}
        {...half}
      >
        <Input inputMode="decimal" prefix="¥" autoComplete="off" />
      </Form.Item>
    </div>
  );
}
