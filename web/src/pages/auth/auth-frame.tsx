import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { BrandMark } from '../../components/brand-mark.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';

const backdrop = {
  minHeight: '100vh',
  display: 'flex',
  flexDirection: 'column',
  background: 'linear-gradient(160deg, #fff5f5 0%, #f5f5f5 45%, #eef2f7 100%)',
} as const;

/** The centred card used by the sign-in and password pages, with the language switch. */
export function AuthFrame({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div style={backdrop}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 12 }}>
        <LanguageSwitch />
      </div>
      <main
        style={{
          flex: 1,
          display: 'flex',
          justifyContent: 'center',
          alignItems: 'flex-start',
          padding: '4vh 16px 32px',
        }}
      >
        <Card style={{ width: '100%', maxWidth: 420, boxShadow: '0 8px 24px rgba(0,0,0,0.06)' }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <BrandMark size={48} />
            <Typography.Title level={2} style={{ margin: '12px 0 4px' }}>
              {title}
            </Typography.Title>
            {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
          </div>
          {children}
        </Card>
      </main>
      {footer && (
        <footer style={{ textAlign: 'center', padding: '0 16px 24px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {footer}
          </Typography.Text>
        </footer>
      )}
    </div>
  );
}
