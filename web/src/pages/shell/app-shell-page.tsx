import {
  AccountBookOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  EditOutlined,
  ExceptionOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LikeOutlined,
  LockOutlined,
  MessageOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  ReadOutlined,
  ReconciliationOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  StarFilled,
  StarOutlined,
  StopOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  UserSwitchOutlined,
  VideoCameraOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { TRole } from '@zhucun/core';
import { App } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSession } from '../../api/auth.ts';
import { useOutboxSync } from '../../api/outbox.ts';
import { AppLayout } from '../../components/app-layout.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { allowedNavItems, navKeyOf, type TNavKey } from '../../lib/navigation.ts';
import { afterOutboxSent } from '../../lib/outbox/after-sent.ts';
import { outboxItems } from '../../lib/outbox/outbox.ts';
import type { TFlushOutcome } from '../../lib/outbox/sender.ts';
import { NotificationBell } from './notification-bell.tsx';
import { OutboxBanner } from './outbox-banner.tsx';

const ICONS: Record<TNavKey, ReactNode> = {
  today: <CarryOutOutlined />,
  leave: <FormOutlined />,
  mentees: <UserSwitchOutlined />,
  home: <ApartmentOutlined />,
  me: <SolutionOutlined />,
  cadres: <IdcardOutlined />,
  units: <BankOutlined />,
  awards: <StarOutlined />,
  dutyLogs: <FileTextOutlined />,
  absences: <CalendarOutlined />,
  spotChecks: <SafetyCertificateOutlined />,
  meetings: <VideoCameraOutlined />,
  compliance: <ScheduleOutlined />,
  mentoring: <UsergroupAddOutlined />,
  requests: <MessageOutlined />,
  requestLedger: <AccountBookOutlined />,
  visits: <HomeOutlined />,
  homes: <KeyOutlined />,
  projects: <FundProjectionScreenOutlined />,
  battleMap: <ProjectOutlined />,
  selections: <TrophyOutlined />,
  tasks: <CheckSquareOutlined />,
  rectification: <ReconciliationOutlined />,
  outcomes: <FundOutlined />,
  bulletins: <ReadOutlined />,
  reports: <CloudUploadOutlined />,
  violations: <ExceptionOutlined />,
  conduct: <StopOutlined />,
  myViolations: <ExceptionOutlined />,
  rating: <StarFilled />,
  ratingForms: <EditOutlined />,
  ratingSurvey: <LikeOutlined />,
  ratingNotice: <NotificationOutlined />,
  ratingPriority: <RiseOutlined />,
  ratingAdmonishments: <WarningOutlined />,
  myRating: <StarFilled />,
  users: <TeamOutlined />,
  audit: <AuditOutlined />,
  loginLocks: <LockOutlined />,
  rules: <SettingOutlined />,
  dutyLists: <OrderedListOutlined />,
};

/** The signed-in frame: menu filtered by the user's permissions, sign-out. */
export function AppShellPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const isMobile = useIsMobile();
  const { message, modal } = App.useApp();
  // what the outbox sent later (back online, a retry): the drafts it came from go, the cadre is told
  const onSent = useCallback(
    (outcomes: TFlushOutcome[]) =>
      afterOutboxSent(outcomes, t, {
        success: (text) => void message.success(text),
        error: (text) => void message.error(text),
      }),
    [message, t],
  );
  useOutboxSync(onSent);
  if (!session) return null;
  const { user } = session;
  const items = allowedNavItems(user.permissions).map((item) => ({
    key: item.key,
    path: item.path,
    label: t(`nav.${item.key}`),
    icon: ICONS[item.key],
  }));
  const roleSummary = user.roles
    .map((r) => [t(`roles.${r.role as TRole}`), r.unitName ?? r.divisionName].filter(Boolean).join(' · '))
    .join('；');
  const leave = () =>
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  // unsent items are named before they are deleted with the rest of what this phone keeps
  const signOut = async () => {
    const unsent = (await outboxItems().catch(() => [])).filter((i) => i.userId === user.id).length;
    if (unsent === 0) return leave();
    modal.confirm({
      title: t('outbox.signOut.title'),
      content: t('outbox.signOut.content', { count: unsent }),
      okText: t('outbox.signOut.ok'),
      okButtonProps: { danger: true },
      cancelText: t('outbox.signOut.cancel'),
      onOk: leave,
    });
  };

  return (
    <AppLayout
      displayName={user.displayName}
      roleSummary={roleSummary}
      items={items}
      selectedKey={navKeyOf(location.pathname)}
      headerExtra={<NotificationBell compact={isMobile} />}
      onSignOut={() => void signOut()}
      signingOut={logout.isPending}
    >
      <OutboxBanner />
      <Outlet />
    </AppLayout>
  );
}
