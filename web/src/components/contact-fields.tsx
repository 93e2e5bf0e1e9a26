import { PHONE_PATTERN } from '@zhucun/core';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The name and (optional) mobile phone of an account, as form fields `displayName` and `phone`.
 * `maskedPhone`: when editing, the stored phone is only known masked; it is shown as a hint
 * and an empty field keeps it.
 */
export function ContactFields({ maskedPhone }: { maskedPhone?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, max: 50, message: t('users.displayNameRequired') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('users.phone')}
        extra={maskedPhone ? t('users.phoneKeep', { phone: maskedPhone }) : undefined}
        rules={[{ pattern: PHONE_PATTERN, message: t('users.phoneRule') }]}
      >
        <Input inputMode="tel" maxLength={11} autoComplete="off" placeholder={maskedPhone ?? undefined} />
      </Form.Item>
    </>
  );
}
