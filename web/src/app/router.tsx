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
const cadreListPage = () => import('../pages/cadres/cadre-list-page.tsx');
const cadreCreatePage = () => import('../pages/cadres/cadre-create-page.tsx');
const cadreImportPage = () => import('../pages/cadres/cadre-import-page.tsx');
const cadreProfilePage = () => import('../pages/cadres/cadre-profile-page.tsx');
const unitListPage = () => import('../pages/units/unit-list-page.tsx');
const myProfilePage = () => import('../pages/me/my-profile-page.tsx');
const villagePage = () => import('../pages/villages/village-page.tsx');
const notFoundPage = () => import('../pages/errors/not-found-page.tsx');

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
          { path: '*', element: page(notFoundPage, 'NotFoundPage') },
        ],
      },
    ],
  },
]);
