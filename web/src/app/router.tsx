import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { PageSpinner } from '../components/page-spinner.tsx';
import { RouteError } from '../components/route-error.tsx';
import { RequirePermission, RequireSession } from './guards.tsx';

function page<T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<PageSpinner />}>
      <Page />
    </Suspense>
  );
}

const errorElement = <RouteError />;

const loginPage = () => import('../pages/auth/login-page.tsx');
const changePasswordPage = () => import('../pages/auth/change-password-page.tsx');
const shellPage = () => import('../pages/shell/app-shell-page.tsx');
const homePage = () => import('../pages/shell/home-page.tsx');
const usersPage = () => import('../pages/users/user-list-page.tsx');
const auditPage = () => import('../pages/audit/audit-log-page.tsx');
const rulesPage = () => import('../pages/rules/rules-page.tsx');
const cadreListPage = () => import('../pages/cadres/cadre-list-page.tsx');
const cadreCreatePage = () => import('../pages/cadres/cadre-create-page.tsx');
const cadreImportPage = () => import('../pages/cadres/cadre-import-page.tsx');
const cadreProfilePage = () => import('../pages/cadres/cadre-profile-page.tsx');
const unitListPage = () => import('../pages/units/unit-list-page.tsx');
const myProfilePage = () => import('../pages/me/my-profile-page.tsx');
const villagePage = () => import('../pages/villages/village-page.tsx');
const dutyLogsPage = () => import('../pages/duty-review/log-list-page.tsx');
const absenceQueuePage = () => import('../pages/duty-review/absence-queue-page.tsx');
const spotCheckPage = () => import('../pages/duty-review/spot-check-page.tsx');
const compliancePage = () => import('../pages/duty-review/compliance-page.tsx');
const notFoundPage = () => import('../pages/errors/not-found-page.tsx');
const todayPage = () => import('../pages/duty/today-page.tsx');
const leavePage = () => import('../pages/duty/leave-page.tsx');
const requestQueuePage = () => import('../pages/requests/request-queue-page.tsx');
const requestDetailPage = () => import('../pages/requests/request-detail-page.tsx');
const requestLedgerPage = () => import('../pages/requests/request-ledger-page.tsx');
const visitListPage = () => import('../pages/visits/visit-list-page.tsx');

export const router = createBrowserRouter([
  { path: '/login', element: page(loginPage, 'LoginPage'), errorElement },
  {
    path: '/change-password',
    element: (
      <RequireSession allowPasswordChange>{page(changePasswordPage, 'ChangePasswordPage')}</RequireSession>
    ),
    errorElement,
  },
  {
    path: '/',
    element: <RequireSession>{page(shellPage, 'AppShellPage')}</RequireSession>,
    errorElement,
    children: [
      {
        // a page that fails shows the error inside the layout, menu still usable
        errorElement,
        children: [
          { index: true, element: page(homePage, 'HomePage') },
          {
            path: 'me',
            element: (
              <RequirePermission permission="profile:self">
                {page(myProfilePage, 'MyProfilePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'cadres',
            element: (
              <RequirePermission permission="registry:read">
                {page(cadreListPage, 'CadreListPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'cadres/new',
            element: (
              <RequirePermission permission="registry:write">
                {page(cadreCreatePage, 'CadreCreatePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'cadres/import',
            element: (
              <RequirePermission permission="registry:write">
                {page(cadreImportPage, 'CadreImportPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'cadres/:id',
            element: (
              <RequirePermission permission="registry:read">
                {page(cadreProfilePage, 'CadreProfilePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'units',
            element: (
              <RequirePermission permission="registry:read">
                {page(unitListPage, 'UnitListPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'villages/:code',
            element: (
              <RequirePermission permission="registry:read">
                {page(villagePage, 'VillagePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'duty/logs',
            element: (
              <RequirePermission permission="duty:read">
                {page(dutyLogsPage, 'LogListPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'duty/absences',
            element: (
              <RequirePermission permission="duty:read">
                {page(absenceQueuePage, 'AbsenceQueuePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'duty/spot-checks',
            element: (
              <RequirePermission permission="duty:read">
                {page(spotCheckPage, 'SpotCheckPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'duty/compliance',
            element: (
              <RequirePermission permission="duty:read">
                {page(compliancePage, 'CompliancePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'users',
            element: (
              <RequirePermission permission="users:read">{page(usersPage, 'UserListPage')}</RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission="audit:read">{page(auditPage, 'AuditLogPage')}</RequirePermission>
            ),
          },
          {
            path: 'rules',
            element: (
              <RequirePermission permission="rules:write">{page(rulesPage, 'RulesPage')}</RequirePermission>
            ),
          },
          {
            path: 'today',
            element: (
              <RequirePermission permission="duty:self">{page(todayPage, 'TodayPage')}</RequirePermission>
            ),
          },
          {
            path: 'leave',
            element: (
              <RequirePermission permission="duty:self">{page(leavePage, 'LeavePage')}</RequirePermission>
            ),
          },
          {
            path: 'requests',
            element: (
              <RequirePermission permission="requests:read">
                {page(requestQueuePage, 'RequestQueuePage')}
              </RequirePermission>
            ),
          },
          {
            path: 'requests/ledger',
            element: (
              <RequirePermission permission="requests:read">
                {page(requestLedgerPage, 'RequestLedgerPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'requests/:id',
            element: (
              <RequirePermission permission="requests:read">
                {page(requestDetailPage, 'RequestDetailPage')}
              </RequirePermission>
            ),
          },
          {
            path: 'visits',
            element: (
              <RequirePermission permission="requests:read">
                {page(visitListPage, 'VisitListPage')}
              </RequirePermission>
            ),
          },
          { path: '*', element: page(notFoundPage, 'NotFoundPage') },
        ],
      },
    ],
  },
]);
