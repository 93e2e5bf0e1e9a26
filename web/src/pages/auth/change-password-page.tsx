import { checkPassword } from '@zhucun/core';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useChangePassword, useLogout, useSession } from '../../api/auth.ts';
import { PasswordPolicyHints } from '../../components/password-policy-hints.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { AuthFrame } from './auth-frame.tsx';

type TValues = { currentPassword: string; newPassword: string; confirm: string };

/** `/change-password`: forced after a one-time password, available to everyone otherwise. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const session = useSession();
  const change = useChangePassword();
  const logout = useLogout();
  const navigate = useNavigate();
  const [banner, setBanner] = useState<string | null>(null);
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const username = session.data?.user.username ?? '';
  const forced = session.data?.user.mustChangePassword ?? false;

  const submit = ({ currentPassword, newPassword: next }: TValues) => {
    setBanner(null);
    change.mutate(
      { currentPassword, newPassword: next },
      {
        onSuccess: () => {
          void message.success(t('changePassword.success'));
          void navigate('/', { replace: true });
        },
        onError: (error) => setBanner(applyApiError(form, error, ['currentPassword', 'newPassword'])),
      },
    );
  };
  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <AuthFrame title={t('changePassword.title')} subtitle={session.data?.user.displayName}>
      {forced && (
        <Alert type="info" showIcon title={t('changePassword.forced')} style={{ marginBottom: 16 }} />
      )}
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={change.isPending}>
        <Form.Item
          name="currentPassword"
          label={t('changePassword.current')}
          rules={[{ required: true, message: t('changePassword.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('changePassword.next')}
          rules={[
            { required: true, message: t('changePassword.nextRequired') },
            {
              validator: async (_rule, value: string | undefined) => {
                if (value && checkPassword(value, { username }).length > 0)
                  throw new Error(t('changePassword.weak'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PasswordPolicyHints password={newPassword} username={username} />
        <Form.Item
          name="confirm"
          label={t('changePassword.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('changePassword.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword'))
                  throw new Error(t('changePassword.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={change.isPending}
          style={{ marginTop: 8 }}
        >
          {t('changePassword.submit')}
        </Button>
      </Form>
      <Space style={{ marginTop: 16, width: '100%', justifyContent: 'center' }}>
        {forced ? (
          <Button type="link" onClick={signOut} loading={logout.isPending}>
            {t('header.signOut')}
          </Button>
        ) : (
          <Link to="/">{t('errors.backHome')}</Link>
        )}
      </Space>
    </AuthFrame>
  );
}
