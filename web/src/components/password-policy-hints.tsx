import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { checkPassword, DEFAULT_PASSWORD_POLICY, type TPasswordProblem } from '@zhucun/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const RULES: TPasswordProblem['code'][] = ['too_short', 'too_few_classes', 'equals_identity', 'common'];

/** The password policy as a checklist, ticked live as the user types. */
export function PasswordPolicyHints({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  const broken = new Set(checkPassword(password, { username }).map((p) => p.code));
  const { minLength, minClasses } = DEFAULT_PASSWORD_POLICY;
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t('changePassword.policyTitle')}</Typography.Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}>
        {RULES.map((code) => {
          const state = password === '' ? 'idle' : broken.has(code) ? 'bad' : 'good';
          const icon =
            state === 'idle' ? (
              <MinusCircleOutlined style={{ color: '#bfbfbf' }} />
            ) : state === 'good' ? (
              <CheckCircleFilled style={{ color: '#389e0d' }} />
            ) : (
              <CloseCircleFilled style={{ color: '#cf1322' }} />
            );
          return (
            <li key={code} style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '2px 0' }}>
              {icon}
              <Typography.Text type={state === 'bad' ? 'danger' : undefined}>
                {t(`changePassword.policy.${code}`, { minLength, minClasses })}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
