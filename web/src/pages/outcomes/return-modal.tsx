import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TOutcomeKindPath, useDecideOutcome } from '../../api/outcomes.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

/** The county returns a month or a designation with a reason the sender reads. */
export function ReturnModal({
  path,
  id,
  onClose,
}: {
  path: TOutcomeKindPath;
  id: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const decide = useDecideOutcome();
  return (
    <FormModal<{ reason: string }>
      open
      title={t('outcomes.review.returnTitle')}
      name="outcome-return"
      form={form}
      pending={decide.isPending}
      banner={banner}
      okText={t('outcomes.review.return')}
      onFinish={(v) =>
        decide.mutate(
          { path, id, reason: v.reason.trim() },
          { onSuccess: onClose, onError: (e: unknown) => setBanner(applyApiError(form, e, ['reason'])) },
        )
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item name="reason" label={t('outcomes.review.reason')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={3} maxLength={200} placeholder={t('outcomes.review.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
