import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TUnmasked, useUnmaskCadre } from '../../api/cadres.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

type Props = { cadreId: number; open: boolean; onClose: () => void; onUnmasked: (values: TUnmasked) => void };

/** Asks why the full ID number and phone are needed (the server audits it), then hands them back. */
export function UnmaskModal({ cadreId, open, onClose, onUnmasked }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const unmask = useUnmaskCadre();
  const [banner, setBanner] = useState<string | null>(null);
  return (
    <FormModal
      open={open}
      title={t('cadre.unmaskTitle')}
      okText={t('cadre.unmaskSubmit')}
      name="unmask-cadre"
      form={form}
      pending={unmask.isPending}
      banner={banner}
      onFinish={({ reason }) =>
        unmask.mutate(
          { id: cadreId, reason: reason.trim() },
          { onSuccess: onUnmasked, onError: (error) => setBanner(applyApiError(form, error, ['reason'])) },
        )
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Typography.Paragraph type="secondary">{t('cadre.unmaskHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('cadre.unmaskReason')}
        rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('cadre.unmaskReasonRule') }]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
