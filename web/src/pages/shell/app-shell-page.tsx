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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSession } from '../../api/auth.ts';
import { AppLayout } from '../../components/app-layout.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { allowedNavItems, navKeyOf, type TNavKey } from '../../lib/navigation.ts';
import { NotificationBell } from './notification-bell.tsx';

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
  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <AppLayout
      displayName={user.displayName}
      roleSummary={roleSummary}
      items={items}
      selectedKey={navKeyOf(location.pathname)}
      headerExtra={<NotificationBell compact={isMobile} />}
      onSignOut={signOut}
      signingOut={logout.isPending}
    >
      <Outlet />
    </AppLayout>
  );
}
