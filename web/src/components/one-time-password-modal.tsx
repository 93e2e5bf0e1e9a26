import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // plain HTTP on a LAN address has no Clipboard API: fall back to a selected textarea
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

type Props = { credentials: { username: string; password: string } | null; onClose: () => void };

/** Shows a one-time password exactly once, with a copy button and a warning. */
export function OneTimePasswordModal({ credentials, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    if (!credentials) return;
    const ok = await copyText(credentials.password);
    if (ok) void message.success(t('otp.copied'));
    else void message.warning(t('otp.copyFailed'));
  };
  return (
    <Modal
      open={credentials !== null}
      title={t('otp.title')}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('otp.copy')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          {t('otp.done')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={t('otp.warning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>
        {t('otp.forUser', { username: credentials?.username ?? '' })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('otp.phoneSignsIn')}</Typography.Paragraph>
      <code className="zc-otp" data-testid="one-time-password">
        {credentials?.password}
      </code>
    </Modal>
  );
}
