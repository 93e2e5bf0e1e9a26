import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { TLoginRequest } from '@zhucun/core';
import { Alert, Button, Form, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useLogin, useSession } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useHealth } from '../../api/health.ts';
import { setSignInNotice, signInNotice } from '../../app/sign-in-notice.ts';
import { applyApiError } from '../../lib/form-rules.ts';
import { safeReturnPath } from '../../lib/navigation.ts';
import { unsentOfOthers } from '../../lib/outbox/forget.ts';
import { AuthFrame } from './auth-frame.tsx';

/** `/login`: username and password; the server's message (wrong password, locked, too many tries) in a banner. */
export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<TLoginRequest>();
  const session = useSession();
  const login = useLogin();
  const health = useHealth();
  const navigate = useNavigate();
  const location = useLocation();
  const [banner, setBanner] = useState<{ text: string; locked: boolean } | null>(null);
  // back where the sign-in was asked: the router's state, or `?next=` from a light page (a page of its own)
  const from =
    safeReturnPath((location.state as { from?: unknown } | null)?.from) ??
    safeReturnPath(new URLSearchParams(location.search).get('next')) ??
    '/';
  const notice = signInNotice();
  // unsent items of whoever used this phone last: named before another account's sign-in deletes them
  const [unsent, setUnsent] = useState({ count: 0, name: '' });
  useEffect(() => {
    void unsentOfOthers(null).then(setUnsent);
  }, []);

  if (session.data && !login.isPending) {
    return <Navigate to={session.data.user.mustChangePassword ? '/change-password' : from} replace />;
  }

  const submit = (values: TLoginRequest) => {
    setBanner(null);
    setSignInNotice(null);
    login.mutate(values, {
      onSuccess: (s) =>
        void navigate(s.user.mustChangePassword ? '/change-password' : from, { replace: true }),
      onError: (error) => {
        const text = applyApiError(form, error, ['username', 'password']);
        const locked = error instanceof ApiError && error.code === 'account_locked';
        if (text) setBanner({ text, locked });
      },
    });
  };

  return (
    <AuthFrame
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      footer={
        <>
          {health.data?.demo && (
            <Tag color="gold" style={{ display: 'table', margin: '0 auto 6px' }}>
              {t('login.demo')}
            </Tag>
          )}
          {t('login.footer')}
          {health.data && ` ${t('login.version', { version: health.data.version })}`}
        </>
      }
    >
      {notice && !banner && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />}
      {unsent.count > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('outbox.otherAccount', unsent)}
          style={{ marginBottom: 16 }}
        />
      )}
      {banner && (
        <Alert
          type={banner.locked ? 'warning' : 'error'}
          showIcon
          title={banner.text}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={login.isPending}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, max: 64, message: t('login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="off" size="large" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, max: 256, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
