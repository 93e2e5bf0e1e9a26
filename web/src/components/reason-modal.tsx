import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../lib/form-rules.ts';
import { FormModal } from './form-modal.tsx';

type Props = {
  open: boolean;
  name: string;
  title: string;
  pending: boolean;
  /** The button and the line above the field; by default those of viewing one person's numbers. */
  okText?: string;
  hint?: string;
  reasonLabel?: string;
  onClose: () => void;
  /** Runs the request with the stated reason; a rejection's message is shown in the dialog. */
  onReason: (reason: string) => Promise<unknown>;
};

/** Asks why personal data is needed in full (the server audits each view), then runs the request. */
export function ReasonModal({
  open,
  name,
  title,
  pending,
  okText,
  hint,
  reasonLabel,
  onClose,
  onReason,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  return (
    <FormModal
      open={open}
      title={title}
      okText={okText ?? t('cadre.unmaskSubmit')}
      name={name}
      form={form}
      pending={pending}
      banner={banner}
      onFinish={({ reason }) =>
        onReason(reason.trim()).catch((error: unknown) => setBanner(applyApiError(form, error, ['reason'])))
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Typography.Paragraph type="secondary">{hint ?? t('cadre.unmaskHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={reasonLabel ?? t('cadre.unmaskReason')}
        rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('cadre.unmaskReasonRule') }]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
