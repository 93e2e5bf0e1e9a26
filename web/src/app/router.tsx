import type { TPermission } from '@zhucun/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { PageSpinner } from '../components/page-spinner.tsx';
import { RouteError } from '../components/route-error.tsx';
import { RequirePermission, RequireSession } from './guards.tsx';
import { LightPage } from './light-page.tsx';

function page<T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<PageSpinner />}>
      <Page />
    </Suspense>
  );
}

const errorElement = <RouteError />;

/** A page behind a permission (the server still decides every request). */
function guarded<T extends Record<string, ComponentType>>(
  path: string,
  permission: TPermission,
  load: () => Promise<T>,
  name: keyof T,
) {
  return { path, element: <RequirePermission permission={permission}>{page(load, name)}</RequirePermission> };
}

const loginPage = () => import('../pages/auth/login-page.tsx');
const changePasswordPage = () => import('../pages/auth/change-password-page.tsx');
const shellPage = () => import('../pages/shell/app-shell-page.tsx');
const homePage = () => import('../pages/shell/home-page.tsx');
const usersPage = () => import('../pages/users/user-list-page.tsx');
const auditPage = () => import('../pages/audit/audit-log-page.tsx');
const loginLocksPage = () => import('../pages/login-locks/login-lock-list-page.tsx');
const rulesPage = () => import('../pages/rules/rules-page.tsx');
const dutyListPage = () => import('../pages/duty-lists/duty-list-page.tsx');
const dutyListEditPage = () => import('../pages/duty-lists/duty-list-edit-page.tsx');
const cadreListPage = () => import('../pages/cadres/cadre-list-page.tsx');
const cadreCreatePage = () => import('../pages/cadres/cadre-create-page.tsx');
const cadreImportPage = () => import('../pages/cadres/cadre-import-page.tsx');
const cadreProfilePage = () => import('../pages/cadres/cadre-profile-page.tsx');
const unitListPage = () => import('../pages/units/unit-list-page.tsx');
const awardListPage = () => import('../pages/awards/award-list-page.tsx');
const outcomesPage = () => import('../pages/outcomes/outcomes-page.tsx');
const bulletinListPage = () => import('../pages/bulletins/bulletin-list-page.tsx');
const bulletinComposePage = () => import('../pages/bulletins/bulletin-compose-page.tsx');
const reportExportsPage = () => import('../pages/reports/report-exports-page.tsx');
const myProfilePage = () => import('../pages/me/my-profile-page.tsx');
const villagePage = () => import('../pages/villages/village-page.tsx');
const dutyLogsPage = () => import('../pages/duty-review/log-list-page.tsx');
const absenceQueuePage = () => import('../pages/duty-review/absence-queue-page.tsx');
const spotCheckPage = () => import('../pages/duty-review/spot-check-page.tsx');
const compliancePage = () => import('../pages/duty-review/compliance-page.tsx');
const notFoundPage = () => import('../pages/errors/not-found-page.tsx');
const meetingListPage = () => import('../pages/meetings/meeting-list-page.tsx');
const meetingFormPage = () => import('../pages/meetings/meeting-form-page.tsx');
const meetingPage = () => import('../pages/meetings/meeting-page.tsx');
const requestQueuePage = () => import('../pages/requests/request-queue-page.tsx');
const requestDetailPage = () => import('../pages/requests/request-detail-page.tsx');
const requestLedgerPage = () => import('../pages/requests/request-ledger-page.tsx');
const visitListPage = () => import('../pages/visits/visit-list-page.tsx');
const homeSignPage = () => import('../pages/homes/sign/home-sign-page.tsx');
const villageSignPage = () => import('../pages/villages/sign/village-sign-page.tsx');
const homeFundingSummaryPage = () => import('../pages/homes/home-funding-summary-page.tsx');
const homeListPage = () => import('../pages/homes/home-list-page.tsx');
const homeFormPage = () => import('../pages/homes/home-form-page.tsx');
const homeDetailPage = () => import('../pages/homes/home-detail-page.tsx');
const mentoringPage = () => import('../pages/mentoring/mentoring-page.tsx');
const myMenteesPage = () => import('../pages/mentoring/my-mentees-page.tsx');
const menteePage = () => import('../pages/mentoring/mentee-page.tsx');
const projectListPage = () => import('../pages/projects/project-list-page.tsx');
const taskListPage = () => import('../pages/tasks/task-list-page.tsx');
const taskDetailPage = () => import('../pages/tasks/task-detail-page.tsx');
const rectificationListPage = () => import('../pages/rectification/rectification-list-page.tsx');
const rectificationFormPage = () => import('../pages/rectification/rectification-form-page.tsx');
const rectificationDetailPage = () => import('../pages/rectification/rectification-detail-page.tsx');
const projectFormPage = () => import('../pages/projects/project-form-page.tsx');
const projectDetailPage = () => import('../pages/projects/project-detail-page.tsx');
const battleMapPage = () => import('../pages/project-plans/battle-map-page.tsx');
const selectionListPage = () => import('../pages/project-selections/selection-list-page.tsx');
const selectionDetailPage = () => import('../pages/project-selections/selection-detail-page.tsx');
const selectionScoringPage = () => import('../pages/project-selections/selection-scoring-page.tsx');
const awardCasePage = () => import('../pages/project-selections/award-case-page.tsx');
const planPrintPage = () => import('../pages/project-plans/plan-print-page.tsx');
const violationListPage = () => import('../pages/violations/violation-list-page.tsx');
const violationDetailPage = () => import('../pages/violations/violation-detail-page.tsx');
const conductCataloguePage = () => import('../pages/violations/conduct-catalogue-page.tsx');
const myViolationsPage = () => import('../pages/violations/my-violations-page.tsx');
const ratingPage = () => import('../pages/rating/rating-page.tsx');
const ratingResultPage = () => import('../pages/rating/rating-result-page.tsx');
const ratingNoticePage = () => import('../pages/rating/rating-notice-page.tsx');
const myRatingPage = () => import('../pages/rating/my-rating-page.tsx');
const priorityListsPage = () => import('../pages/rating-follow/priority-lists-page.tsx');
const admonishmentsPage = () => import('../pages/rating-follow/admonishments-page.tsx');
const orgFormListPage = () => import('../pages/rating-forms/org-form-list-page.tsx');
const surveyCountsPage = () => import('../pages/rating-survey/survey-counts-page.tsx');

export const router = createBrowserRouter([
  { path: '/login', element: page(loginPage, 'LoginPage'), errorElement },
  {
    // the printable sign (统一标识): outside the app's frame, so nothing but the sign is printed
    path: '/homes/:id/sign',
    element: (
      <RequireSession>
        <RequirePermission permission="homes:read">{page(homeSignPage, 'HomeSignPage')}</RequirePermission>
      </RequireSession>
    ),
    errorElement,
  },
  {
    // the village's printable QR card (村民扫码牌), for a village with or without a home
    path: '/villages/:code/sign',
    element: (
      <RequireSession>
        <RequirePermission permission="requests:read">
          {page(villageSignPage, 'VillageSignPage')}
        </RequirePermission>
      </RequireSession>
    ),
    errorElement,
  },
  {
    // a village's battle map on one A3 landscape sheet (挂图), outside the app's frame
    path: '/projects/plan-print',
    element: (
      <RequireSession>
        <RequirePermission permission="projects:read">
          {page(planPrintPage, 'PlanPrintPage')}
        </RequirePermission>
      </RequireSession>
    ),
    errorElement,
  },
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
          guarded('me', 'profile:self', myProfilePage, 'MyProfilePage'),
          guarded('cadres', 'registry:read', cadreListPage, 'CadreListPage'),
          guarded('cadres/new', 'registry:write', cadreCreatePage, 'CadreCreatePage'),
          guarded('cadres/import', 'registry:write', cadreImportPage, 'CadreImportPage'),
          guarded('cadres/:id', 'registry:read', cadreProfilePage, 'CadreProfilePage'),
          guarded('units', 'registry:read', unitListPage, 'UnitListPage'),
          guarded('awards', 'registry:read', awardListPage, 'AwardListPage'),
          guarded('outcomes', 'outcomes:read', outcomesPage, 'OutcomesPage'),
          guarded('bulletins', 'bulletins:read', bulletinListPage, 'BulletinListPage'),
          guarded('bulletins/:id', 'bulletins:read', bulletinComposePage, 'BulletinComposePage'),
          guarded('reports', 'duty:read', reportExportsPage, 'ReportExportsPage'),
          guarded('villages/:code', 'registry:read', villagePage, 'VillagePage'),
          guarded('duty/logs', 'duty:read', dutyLogsPage, 'LogListPage'),
          guarded('duty/absences', 'duty:read', absenceQueuePage, 'AbsenceQueuePage'),
          guarded('duty/spot-checks', 'duty:read', spotCheckPage, 'SpotCheckPage'),
          guarded('duty/compliance', 'duty:read', compliancePage, 'CompliancePage'),
          guarded('meetings', 'duty:read', meetingListPage, 'MeetingListPage'),
          guarded('meetings/new', 'duty:review', meetingFormPage, 'MeetingFormPage'),
          guarded('meetings/:id', 'duty:read', meetingPage, 'MeetingPage'),
          guarded('users', 'users:read', usersPage, 'UserListPage'),
          guarded('audit', 'audit:read', auditPage, 'AuditLogPage'),
          guarded('login-locks', 'logins:unlock', loginLocksPage, 'LoginLockListPage'),
          guarded('rules', 'rules:write', rulesPage, 'RulesPage'),
          guarded('duty-lists', 'rules:read', dutyListPage, 'DutyListPage'),
          guarded('duty-lists/:category/edit', 'duty_lists:write', dutyListEditPage, 'DutyListEditPage'),
          { path: 'today', element: <LightPage /> },
          { path: 'leave', element: <LightPage /> },
          guarded('requests', 'requests:read', requestQueuePage, 'RequestQueuePage'),
          guarded('requests/ledger', 'requests:read', requestLedgerPage, 'RequestLedgerPage'),
          guarded('requests/:id', 'requests:read', requestDetailPage, 'RequestDetailPage'),
          guarded('visits', 'requests:read', visitListPage, 'VisitListPage'),
          guarded('homes', 'homes:read', homeListPage, 'HomeListPage'),
          guarded('homes/new', 'homes:write', homeFormPage, 'HomeFormPage'),
          guarded('homes/funding', 'homes:read', homeFundingSummaryPage, 'HomeFundingSummaryPage'),
          guarded('homes/:id', 'homes:read', homeDetailPage, 'HomeDetailPage'),
          guarded('homes/:id/edit', 'homes:write', homeFormPage, 'HomeFormPage'),
          guarded('mentoring', 'mentoring:read', mentoringPage, 'MentoringPage'),
          guarded('mentoring/mine', 'mentoring:own', myMenteesPage, 'MyMenteesPage'),
          guarded('mentoring/mine/:personId', 'mentoring:own', menteePage, 'MenteePage'),
          guarded('projects', 'projects:read', projectListPage, 'ProjectListPage'),
          guarded('projects/new', 'projects:write', projectFormPage, 'ProjectFormPage'),
          guarded('projects/battle-map', 'projects:read', battleMapPage, 'BattleMapPage'),
          guarded('projects/:id', 'projects:read', projectDetailPage, 'ProjectDetailPage'),
          guarded('projects/:id/edit', 'projects:write', projectFormPage, 'ProjectFormPage'),
          guarded('project-selections', 'projects:read', selectionListPage, 'SelectionListPage'),
          guarded('tasks', 'tasks:read', taskListPage, 'TaskListPage'),
          guarded('tasks/:id', 'tasks:read', taskDetailPage, 'TaskDetailPage'),
          guarded('rectification', 'rectification:read', rectificationListPage, 'RectificationListPage'),
          guarded(
            'rectification/new',
            'rectification:manage',
            rectificationFormPage,
            'RectificationFormPage',
          ),
          guarded(
            'rectification/:id',
            'rectification:read',
            rectificationDetailPage,
            'RectificationDetailPage',
          ),
          guarded('project-selections/cases/:id', 'projects:read', awardCasePage, 'AwardCasePage'),
          guarded('project-selections/:id', 'projects:read', selectionDetailPage, 'SelectionDetailPage'),
          // a panel member scores through their seat on the panel, whatever their role
          {
            path: 'project-selections/:id/score',
            element: page(selectionScoringPage, 'SelectionScoringPage'),
          },
          guarded('violations', 'violations:read', violationListPage, 'ViolationListPage'),
          guarded('violations/catalogue', 'rules:read', conductCataloguePage, 'ConductCataloguePage'),
          guarded('violations/:id', 'violations:read', violationDetailPage, 'ViolationDetailPage'),
          guarded('my-violations', 'duty:self', myViolationsPage, 'MyViolationsPage'),
          guarded('rating', 'rating:read', ratingPage, 'RatingPage'),
          guarded('rating/notice', 'rules:read', ratingNoticePage, 'RatingNoticePage'),
          guarded('rating/forms', 'rating:evaluate', orgFormListPage, 'OrgFormListPage'),
          guarded('rating/survey', 'rating:read', surveyCountsPage, 'SurveyCountsPage'),
          guarded('rating/results/:id', 'rating:read', ratingResultPage, 'RatingResultPage'),
          guarded('rating/priority', 'rating:read', priorityListsPage, 'PriorityListsPage'),
          guarded('rating/admonishments', 'rating:read', admonishmentsPage, 'AdmonishmentsPage'),
          guarded('my-rating', 'duty:self', myRatingPage, 'MyRatingPage'),
          { path: '*', element: page(notFoundPage, 'NotFoundPage') },
        ],
      },
    ],
  },
]);
