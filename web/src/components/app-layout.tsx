import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu, type MenuProps, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useIsMobile } from './use-is-mobile.ts';

export type TLayoutNavItem = { key: string; path: string; label: string; icon: ReactNode };

type Props = {
  displayName: string;
  roleSummary: string;
  items: readonly TLayoutNavItem[];
  selectedKey: string | null;
  /** Shown in the header before the language switch (the notification bell). */
  headerExtra?: ReactNode;
  onSignOut: () => void;
  signingOut: boolean;
  children: ReactNode;
};

const headerStyle = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  borderBottom: '1px solid #f0f0f0',
  position: 'sticky',
  top: 0,
  zIndex: 10,
} as const;

/** Header, side menu (a drawer on phones) and content; it shows, it does not fetch. */
export function AppLayout({
  displayName,
  roleSummary,
  items,
  selectedKey,
  headerExtra,
  onSignOut,
  signingOut,
  children,
}: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuItems: MenuProps['items'] = items.map((item) => ({
    key: item.key,
    icon: item.icon,
    label: <Link to={item.path}>{item.label}</Link>,
  }));
  const menu = (
    <Menu
      mode="inline"
      items={menuItems}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout className="zc-fill">
      <Layout.Header style={headerStyle}>
        {isMobile && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link
          to="/"
          style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0, flex: 1, color: 'inherit' }}
        >
          <BrandMark />
          <Typography.Text strong className="zc-ellipsis" style={{ fontSize: isMobile ? 15 : 17 }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        {!isMobile && (
          <Typography.Text className="zc-ellipsis" style={{ maxWidth: 240 }} title={roleSummary}>
            <UserOutlined /> {displayName}
          </Typography.Text>
        )}
        {headerExtra}
        <LanguageSwitch compact={isMobile} />
        <Button
          type="text"
          size={isMobile ? 'small' : 'middle'}
          icon={<LogoutOutlined />}
          aria-label={isMobile ? t('header.signOut') : undefined}
          title={t('header.signOut')}
          loading={signingOut}
          onClick={onSignOut}
        >
          {isMobile ? null : t('header.signOut')}
        </Button>
      </Layout.Header>
      <Layout>
        {!isMobile && (
          <Layout.Sider width={216} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            <nav aria-label={t('nav.main')}>{menu}</nav>
          </Layout.Sider>
        )}
        {isMobile && (
          <Drawer
            placement="left"
            size={264}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={
              <div className="zc-ellipsis">
                <UserOutlined /> {displayName}
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', fontSize: 12 }}
                  className="zc-ellipsis"
                >
                  {roleSummary}
                </Typography.Text>
              </div>
            }
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.main')}>{menu}</nav>
          </Drawer>
        )}
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
