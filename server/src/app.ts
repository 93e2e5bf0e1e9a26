import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { TConfig } from './config.ts';
import type { TDatabase } from './db/client.ts';
import { AppError } from './errors.ts';
import { scheduleJob } from './jobs/schedule.ts';
import { absencesRoutes } from './modules/absences/absences.routes.ts';
import { createAbsencesService } from './modules/absences/absences.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { loginLocksRoutes } from './modules/auth/login-locks.routes.ts';
import { createLoginLocks } from './modules/auth/login-locks.service.ts';
import { awardEvidenceRoutes, awardRegisterRoutes } from './modules/awards/awards.routes.ts';
import { createAwardRegisterService } from './modules/awards/awards.service.ts';
import { bulletinsRoutes } from './modules/bulletins/bulletins.routes.ts';
import { createBulletinsService } from './modules/bulletins/bulletins.service.ts';
import { cadrePhotoRoutes } from './modules/cadres/cadre-photo.routes.ts';
import { createCadrePhotoService } from './modules/cadres/cadre-photo.service.ts';
import { cadresExcelRoutes } from './modules/cadres/cadres.excel.routes.ts';
import { createCadresExportService } from './modules/cadres/cadres.export.service.ts';
import { createCadresImportService } from './modules/cadres/cadres.import.service.ts';
import { cadresRoutes } from './modules/cadres/cadres.routes.ts';
import { createCadresService } from './modules/cadres/cadres.service.ts';
import { ownProfileRoutes } from './modules/cadres/own-profile.routes.ts';
import { createOwnProfileService } from './modules/cadres/own-profile.service.ts';
import { complianceRoutes } from './modules/compliance/compliance.routes.ts';
import { createComplianceService } from './modules/compliance/compliance.service.ts';
import { conductCatalogueRoutes } from './modules/conduct-catalogue/conduct-catalogue.routes.ts';
import { createConductCatalogueService } from './modules/conduct-catalogue/conduct-catalogue.service.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { createDashboardService } from './modules/dashboard/dashboard.service.ts';
import { divisionsRoutes } from './modules/divisions/divisions.routes.ts';
import { createDivisionsService } from './modules/divisions/divisions.service.ts';
import { dutyRoutes } from './modules/duty/duty.routes.ts';
import { createDutyService } from './modules/duty/duty.service.ts';
import { unknownDutyPhotos } from './modules/duty/duty-photo.repository.ts';
import { dutyPhotoRoutes } from './modules/duty/duty-photo.routes.ts';
import { createDutyPhotoService } from './modules/duty/duty-photo.service.ts';
import { dutyExportsRoutes } from './modules/duty-exports/duty-exports.routes.ts';
import { createDutyExportsService } from './modules/duty-exports/duty-exports.service.ts';
import { createDutyListReadersService } from './modules/duty-lists/duty-list-readers.service.ts';
import { dutyListsRoutes } from './modules/duty-lists/duty-lists.routes.ts';
import { createDutyListsService } from './modules/duty-lists/duty-lists.service.ts';
import { createDocumentService } from './modules/files/documents.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { homeFundingRoutes } from './modules/home-funding/home-funding.routes.ts';
import { createHomeFundingService } from './modules/home-funding/home-funding.service.ts';
import { homeFilesRoutes } from './modules/homes/home-files.routes.ts';
import { createHomeFilesService } from './modules/homes/home-files.service.ts';
import { homeSignRoutes } from './modules/homes/home-sign.routes.ts';
import { createHomeSignService } from './modules/homes/home-sign.service.ts';
import { homesRoutes } from './modules/homes/homes.routes.ts';
import { createHomesService } from './modules/homes/homes.service.ts';
import { householdsRoutes } from './modules/households/households.routes.ts';
import { createHouseholdsService } from './modules/households/households.service.ts';
import { createIdempotencyPurgeJob } from './modules/idempotency/idempotency-purge.job.ts';
import { createMeetingDecisionsService } from './modules/meetings/meeting-decisions.service.ts';
import { createMeetingNoticeJob } from './modules/meetings/meeting-notices.job.ts';
import { createMeetingRecordsService } from './modules/meetings/meeting-records.service.ts';
import { meetingsRoutes } from './modules/meetings/meetings.routes.ts';
import { createMeetingsService } from './modules/meetings/meetings.service.ts';
import { createMentorViewService } from './modules/mentoring/mentor-view.service.ts';
import { mentoringRoutes } from './modules/mentoring/mentoring.routes.ts';
import { createMentoringService } from './modules/mentoring/mentoring.service.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { createDayReminderJob } from './modules/notifications/reminder.job.ts';
import { designationDocumentRoutes, outcomesRoutes } from './modules/outcomes/outcomes.routes.ts';
import { createOutcomesService } from './modules/outcomes/outcomes.service.ts';
import { createGanttService } from './modules/project-plans/gantt.service.ts';
import { createMilestoneOverdueJob } from './modules/project-plans/overdue.job.ts';
import { createPlanService } from './modules/project-plans/plan.service.ts';
import { createProgressService } from './modules/project-plans/progress.service.ts';
import { progressPhotoRoutes } from './modules/project-plans/progress-photo.routes.ts';
import { projectPlansRoutes } from './modules/project-plans/project-plans.routes.ts';
import { CASE_PHOTO } from './modules/project-selections/awards.repository.ts';
import { awardsRoutes, casePhotoRoutes } from './modules/project-selections/awards.routes.ts';
import { createAwardsService } from './modules/project-selections/awards.service.ts';
import { selectionsRoutes } from './modules/project-selections/selections.routes.ts';
import { createSelectionsService } from './modules/project-selections/selections.service.ts';
import { PROJECT_EVIDENCE } from './modules/project-standards/project-standards.repository.ts';
import {
  projectEvidenceRoutes,
  projectStandardsRoutes,
} from './modules/project-standards/project-standards.routes.ts';
import { createProjectStandardsService } from './modules/project-standards/project-standards.service.ts';
import { createProjectGapsService, projectGapsRoutes } from './modules/projects/project-gaps.routes.ts';
import { projectsRoutes } from './modules/projects/projects.routes.ts';
import { createProjectsService } from './modules/projects/projects.service.ts';
import { projectsExportRoutes } from './modules/projects/projects-export.routes.ts';
import { createProjectsExportService } from './modules/projects/projects-export.service.ts';
import { publicPageRoutes } from './modules/public-village/public-page.routes.ts';
import { publicVillageRoutes } from './modules/public-village/public-village.routes.ts';
import { createPublicVillageService } from './modules/public-village/public-village.service.ts';
import { createVillageSignService } from './modules/public-village/village-sign.service.ts';
import { createRatingResults } from './modules/rating/rating.results.ts';
import { createRatingReview } from './modules/rating/rating.review.ts';
import { ratingRoutes } from './modules/rating/rating.routes.ts';
import { createRatingService } from './modules/rating/rating.service.ts';
import { ratingResultsRoutes } from './modules/rating/rating-results.routes.ts';
import { computeQuantitative, computeTotals } from './modules/rating-compute/rating-compute.service.ts';
import { createAdmonishmentsService } from './modules/rating-follow/admonishments.service.ts';
import { afterConfirm } from './modules/rating-follow/after-confirm.ts';
import { createPriorityService } from './modules/rating-follow/priority.service.ts';
import { createRatingExportsService } from './modules/rating-follow/rating-exports.service.ts';
import { ratingFollowRoutes } from './modules/rating-follow/rating-follow.routes.ts';
import { createStarsService } from './modules/rating-follow/stars.service.ts';
import { ratingFormsRoutes } from './modules/rating-forms/rating-forms.routes.ts';
import { createRatingFormsService } from './modules/rating-forms/rating-forms.service.ts';
import { ratingSurveyRoutes } from './modules/rating-survey/rating-survey.routes.ts';
import { createRatingSurveyService } from './modules/rating-survey/rating-survey.service.ts';
import { createSurveyCountsService } from './modules/rating-survey/survey-counts.service.ts';
import { createRectificationEscalationJob } from './modules/rectification/escalation.job.ts';
import { rectificationRoutes } from './modules/rectification/rectification.routes.ts';
import { createRectificationService } from './modules/rectification/rectification.service.ts';
import { createRectificationExportService } from './modules/rectification/rectification-export.service.ts';
import { rectificationPhotoRoutes } from './modules/rectification/rectification-photo.routes.ts';
import { reportExportsRoutes } from './modules/report-exports/report-exports.routes.ts';
import { createReportExportsService } from './modules/report-exports/report-exports.service.ts';
import { createEscalationJob } from './modules/requests/escalation.job.ts';
import { createLedgerService } from './modules/requests/ledger.service.ts';
import { requestsRoutes } from './modules/requests/requests.routes.ts';
import { createRequestsService } from './modules/requests/requests.service.ts';
import { REQUEST_EVIDENCE, requestEvidenceRoutes } from './modules/requests/requests-evidence.routes.ts';
import { rulesRoutes } from './modules/rules/rules.routes.ts';
import { createRulesService } from './modules/rules/rules.service.ts';
import {
  SPOT_CHECK_EVIDENCE,
  spotCheckEvidenceRoutes,
} from './modules/spot-checks/spot-check-evidence.routes.ts';
import { spotChecksRoutes } from './modules/spot-checks/spot-checks.routes.ts';
import { createSpotChecksService } from './modules/spot-checks/spot-checks.service.ts';
import { tasksRoutes } from './modules/tasks/tasks.routes.ts';
import { createTasksService } from './modules/tasks/tasks.service.ts';
import { TASK_EVIDENCE, taskEvidenceRoutes } from './modules/tasks/tasks-evidence.routes.ts';
import { createTaskOverdueJob } from './modules/tasks/tasks-overdue.job.ts';
import { todosRoutes } from './modules/todos/todos.routes.ts';
import { createTodosService } from './modules/todos/todos.service.ts';
import { unitsRoutes } from './modules/units/units.routes.ts';
import { createUnitsService } from './modules/units/units.service.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';
import { villagesRoutes } from './modules/villages/villages.routes.ts';
import { createVillagesService } from './modules/villages/villages.service.ts';
import {
  VIOLATION_EVIDENCE,
  violationEvidenceRoutes,
} from './modules/violations/violation-evidence.routes.ts';
import { createViolationsReader } from './modules/violations/violations.read.ts';
import { violationsRoutes } from './modules/violations/violations.routes.ts';
import { createViolationsService } from './modules/violations/violations.service.ts';
import { visitsRoutes } from './modules/visits/visits.routes.ts';
import { createVisitsService } from './modules/visits/visits.service.ts';
import { registerAccessControl } from './plugins/auth.ts';
import { docsRoutes, registerOpenApi } from './plugins/docs.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerIdempotency } from './plugins/idempotency.ts';
import { registerInputGuard } from './plugins/input-guard.ts';
import { hasWebBuild, spaFallback, webRoutes } from './plugins/web.ts';
import { createLocalFileStorage } from './storage/local-file-storage.ts';

export const VERSION = '0.1.0';

export type TAppDeps = {
  config: TConfig;
  database: TDatabase;
  demo: boolean;
  now?: () => Date;
  logger?: boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the route-policy test. */
    routeList: RouteOptions[];
  }
}

/** The composition root: wires repositories → services → routes by hand. Tests call it too. */
export async function buildApp(deps: TAppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  const db = database.db;
  const app = Fastify({
    logger: deps.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
  });
  app.decorate('routeList', [] as RouteOptions[]);
  // every answer names its request, so a person can quote it and the audit row can be found
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // while the database is away every API request answers 503 at once (the web app's files still load)
    if (!database.availability.available() && request.url.startsWith('/api/'))
      throw new AppError('unavailable', 'db_unavailable');
  });
  // an answer of the API is never kept by a browser's or proxy's cache (personal data, sign-out)
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });
  app.addHook('onRoute', (route) => {
    app.routeList.push(route);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    hsts: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app, VERSION);
  const withWeb = hasWebBuild(config.webDist);
  registerErrorHandler(app, withWeb ? spaFallback : undefined);
  registerInputGuard(app);

  const audit = createAuditService({ db });
  const rules = createRulesService({ db, now });
  const notifications = createNotificationsService({ db, now });
  const loginLocks = createLoginLocks({ db, now, rules: config.login, notify: notifications.notify });
  const auth = createAuthService({
    db,
    now,
    session: config.session,
    locks: loginLocks,
    passwordPolicy: config.passwordPolicy,
    access: async () => ({ unitAdminMayEdit: (await rules.get()).unitAdminMayEdit }),
    demo: deps.demo,
  });
  const users = createUsersService({ db, now, passwordPolicy: config.passwordPolicy });
  const divisions = createDivisionsService({ db });
  const cadres = createCadresService({ db, now, rules });
  const cadreExports = createCadresExportService({ db, now });
  const cadreImports = createCadresImportService({ db, rules });
  const ownProfile = createOwnProfileService({ db, now });
  const fileStorage = createLocalFileStorage(config.filesDir, {
    warn: (details, message) => app.log.warn(details, message),
  });
  const cadrePhotos = createCadrePhotoService({
    db,
    storage: fileStorage,
    warn: (details, message) => app.log.warn(details, message),
  });
  const units = createUnitsService({ db });
  const villages = createVillagesService({ db });
  const absences = createAbsencesService({ db, now, rules, notify: notifications.notify });
  // 任务清单: other modules assign through `tasks.assign` (a meeting's decision); 今天 reports in the day's save
  const tasks = createTasksService({
    db,
    now,
    unknownEvidence: (userId, ids) => unknownDutyPhotos(db, userId, ids, TASK_EVIDENCE),
  });
  const duty = createDutyService({
    db,
    now,
    rules,
    unknownPhotos: (userId, ids) => unknownDutyPhotos(db, userId, ids),
    notify: (userId, kind, payload) => notifications.notify(userId, kind, payload),
    tasks: tasks.dayReports,
  });
  registerAccessControl(app, { auth, db });
  scheduleJob(app, 'session purge', 3_600_000, () => auth.purgeExpiredSessions());
  // the phone's outbox resends a write until it hears the answer: Idempotency-Key stores it once
  registerIdempotency(app, { db, now });
  const purgeIdempotencyKeys = createIdempotencyPurgeJob({ db });
  scheduleJob(app, 'idempotency key purge', 86_400_000, () => purgeIdempotencyKeys(now()), { atStart: true });
  const dutyPhotos = createDutyPhotoService({ db, storage: fileStorage });
  const spotChecks = createSpotChecksService({
    db,
    now,
    unknownEvidence: (userId, ids) => unknownDutyPhotos(db, userId, ids, SPOT_CHECK_EVIDENCE),
    notify: notifications.notify,
    rules,
  });
  const compliance = createComplianceService({ db, now, rules });
  const dutyExports = createDutyExportsService({ db, now, rules });
  const sendDayReminders = createDayReminderJob({ db, rules });
  scheduleJob(app, 'day reminders', 300_000, () => sendDayReminders(now()));
  const households = createHouseholdsService({ db, now });
  const homes = createHomesService({
    db,
    now,
    rules,
    storage: fileStorage,
    warn: (details, message) => app.log.warn(details, message),
  });
  const visits = createVisitsService({ db, now, rules });
  const requestsService = createRequestsService({
    db,
    now,
    rules,
    notify: notifications.notify,
    unknownEvidence: (userId, ids) => unknownDutyPhotos(db, userId, ids, REQUEST_EVIDENCE),
  });
  const ledger = createLedgerService({ db });
  const escalateOverdue = createEscalationJob({ db, rules, notify: notifications.notify });
  // once at start too: requests that fell due while the server was down move up at once
  scheduleJob(app, 'request escalation', 600_000, () => escalateOverdue(now()), { atStart: true });
  // 挂图作战: overdue milestones told to their owner and the township, once per due date
  const notifyOverdueMilestones = createMilestoneOverdueJob({ db });
  scheduleJob(app, 'milestone notices', 600_000, () => notifyOverdueMilestones(now()), { atStart: true });
  // 任务清单: an assignment past its deadline told once to its holder and the assigning level
  const notifyOverdueTasks = createTaskOverdueJob({ db });
  scheduleJob(app, 'task overdue notices', 600_000, () => notifyOverdueTasks(now()), { atStart: true });
  // 会议 / 视频点名: invitees told the day before and an hour before, each once
  const notifyMeetingInvitees = createMeetingNoticeJob({ db });
  scheduleJob(app, 'meeting notices', 300_000, () => notifyMeetingInvitees(now()), { atStart: true });
  // 整改台账: overdue problems move their supervision one level up (village → township → county)
  const escalateRectifications = createRectificationEscalationJob({ db, notify: notifications.notify });
  scheduleJob(app, 'rectification escalation', 600_000, () => escalateRectifications(now()), {
    atStart: true,
  });
  const rectification = createRectificationService({ db, now, notify: notifications.notify });

  const cookieSecure = (protocol: string) =>
    config.cookieSecure === 'auto' ? protocol === 'https' : config.cookieSecure === 'true';
  await app.register(healthRoutes, { database, demo: () => deps.demo, version: VERSION });
  await app.register(authRoutes, {
    auth,
    cookieSecure,
    loginRateLimitPerMinute: config.login.rateLimitPerMinute,
  });
  await app.register(loginLocksRoutes, { locks: loginLocks });
  await app.register(divisionsRoutes, { divisions });
  await app.register(usersRoutes, { users });
  await app.register(auditRoutes, { audit });
  await app.register(cadresRoutes, { cadres });
  await app.register(cadresExcelRoutes, { exports: cadreExports, imports: cadreImports });
  await app.register(ownProfileRoutes, { ownProfile });
  await app.register(cadrePhotoRoutes, { photos: cadrePhotos });
  await app.register(unitsRoutes, { units });
  await app.register(villagesRoutes, { villages });
  await app.register(rulesRoutes, { rules });
  await app.register(dutyRoutes, { duty });
  await app.register(tasksRoutes, { tasks });
  await app.register(taskEvidenceRoutes(tasks), { photos: dutyPhotos });
  await app.register(dutyPhotoRoutes, { photos: dutyPhotos });
  await app.register(absencesRoutes, { absences });
  await app.register(notificationsRoutes, { notifications });
  await app.register(spotChecksRoutes, { spotChecks });
  await app.register(spotCheckEvidenceRoutes(spotChecks), { photos: dutyPhotos });
  const meetings = createMeetingsService({ db, now });
  await app.register(meetingsRoutes, {
    meetings,
    records: createMeetingRecordsService({ db, now, meetings, spotChecks }),
    decisions: createMeetingDecisionsService({ db, now, meetings, tasks }),
  });
  // 履职行为负面清单: the catalogue by year, and violation records through due process
  await app.register(conductCatalogueRoutes, { catalogue: createConductCatalogueService({ db, now }) });
  const violationsReader = createViolationsReader({ db, now });
  await app.register(violationsRoutes, {
    reader: violationsReader,
    violations: createViolationsService({
      db,
      now,
      notify: notifications.notify,
      unknownEvidence: (userId, ids) => unknownDutyPhotos(db, userId, ids, VIOLATION_EVIDENCE),
    }),
  });
  await app.register(violationEvidenceRoutes(violationsReader), { photos: dutyPhotos });
  await app.register(complianceRoutes, { compliance });
  await app.register(dashboardRoutes, {
    dashboard: createDashboardService({ db, now, rules, absences, homes }),
  });
  await app.register(dutyExportsRoutes, { exports: dutyExports });
  await app.register(householdsRoutes, { households });
  await app.register(homesRoutes, { homes });
  await app.register(projectsExportRoutes, { exports: createProjectsExportService({ db, now }) });
  // 上报数据: the registry, 五天四夜 by month, requests and projects in their documented column sets
  await app.register(reportExportsRoutes, { reports: createReportExportsService({ db, now, rules }) });
  await app.register(projectsRoutes, { projects: createProjectsService({ db, now }) });
  await app.register(projectGapsRoutes, { gaps: createProjectGapsService({ db }) });
  const projectProgress = createProgressService({ db, now });
  await app.register(projectPlansRoutes, {
    plans: createPlanService({ db, now }),
    progress: projectProgress,
    gantt: createGanttService({ db, now }),
  });
  await app.register(progressPhotoRoutes(projectProgress), { photos: dutyPhotos });
  const projectStandards = createProjectStandardsService({
    db,
    now,
    unknownEvidence: (userId, ids) => unknownDutyPhotos(db, userId, ids, PROJECT_EVIDENCE),
  });
  await app.register(projectStandardsRoutes, { standards: projectStandards });
  await app.register(projectEvidenceRoutes(projectStandards), { photos: dutyPhotos });
  await app.register(visitsRoutes, { visits });
  const awardRegister = createAwardRegisterService({ db, now });
  await app.register(awardRegisterRoutes, { awards: awardRegister });
  await app.register(awardEvidenceRoutes(awardRegister), { photos: dutyPhotos });
  // 帮扶成效: villages' months of transfer employment and designations, reviewed by the county
  const outcomes = createOutcomesService({ db, now });
  await app.register(outcomesRoutes, { outcomes });
  await app.register(designationDocumentRoutes(outcomes), { photos: dutyPhotos });
  // 简报: the county's bulletins, their figures read from the registry, the homes and the outcome indicators
  await app.register(bulletinsRoutes, {
    bulletins: createBulletinsService({
      db,
      now,
      registry: (scope) => villages.summary(scope),
      homes: (scope) => homes.summary(scope),
    }),
  });
  // 星级评定: the county's yearly cycle, its results explained, review, notice (公示) and appeals
  const ratingDeps = {
    db,
    now,
    rules,
    notify: notifications.notify,
    compute: { computeQuantitative, computeTotals },
    afterConfirm,
  };
  await app.register(ratingRoutes, { rating: createRatingService(ratingDeps) });
  await app.register(ratingResultsRoutes, {
    db,
    results: createRatingResults(ratingDeps),
    review: createRatingReview(ratingDeps),
  });
  // 结果运用: star histories, priority lists, admonishments, the rating's Excel and Word files
  await app.register(ratingFollowRoutes, {
    stars: createStarsService({ db, now }),
    priority: createPriorityService({ db, now }),
    admonishments: createAdmonishmentsService({ db, now }),
    exports: createRatingExportsService({ db, now }),
  });
  await app.register(requestsRoutes, { requests: requestsService, ledger });
  await app.register(requestEvidenceRoutes(requestsService), { photos: dutyPhotos });
  await app.register(rectificationRoutes, {
    rectification,
    exports: createRectificationExportService({ db, now }),
  });
  await app.register(rectificationPhotoRoutes(rectification), { photos: dutyPhotos });
  await app.register(selectionsRoutes, { selections: createSelectionsService({ db, now, rules }) });
  const awards = createAwardsService({
    db,
    now,
    storage: fileStorage,
    unknownPhotos: (userId, ids) => unknownDutyPhotos(db, userId, ids, CASE_PHOTO),
  });
  await app.register(awardsRoutes, { awards });
  await app.register(casePhotoRoutes(awards), { photos: dutyPhotos });
  const publicVillage = createPublicVillageService({
    db,
    now,
    rules,
    submitPerVillagePerDay: config.publicPage.submitPerVillagePerDay,
    notify: notifications.notify,
  });
  await app.register(publicVillageRoutes, {
    publicVillage,
    villageSigns: createVillageSignService({ db, publicVillage }),
    baseUrl: config.publicPage.baseUrl,
  });
  await app.register(publicPageRoutes, { publicVillage, limits: config.publicPage });
  // 组织评价: the township, the dispatching unit and the county score the cadres they reach
  await app.register(ratingFormsRoutes, { forms: createRatingFormsService({ db, now }) });
  await app.register(todosRoutes, {
    todos: createTodosService({ db, now, ownSpotChecks: (userId) => spotChecks.own(userId) }),
  });
  // 群众评议: the survey on the village's public page, and its response counts for staff
  await app.register(ratingSurveyRoutes, {
    survey: createRatingSurveyService({ db, now, limits: config.survey }),
    counts: createSurveyCountsService({ db }),
    limits: {
      lookupsPerMinute: config.publicPage.trackPerIpPerMinute,
      answersPerIpPerHour: config.survey.perIpPerHour,
    },
  });
  await app.register(dutyListsRoutes, {
    dutyLists: createDutyListsService({ db, now }),
    readers: createDutyListReadersService({ db, now }),
    lookupsPerMinute: config.publicPage.trackPerIpPerMinute,
  });
  const homeFiles = createHomeFilesService({
    db,
    storage: fileStorage,
    documents: createDocumentService({ db, storage: fileStorage }),
    warn: (details, message) => app.log.warn(details, message),
  });
  await app.register(homeFilesRoutes, { files: homeFiles });
  const homeSigns = createHomeSignService({ db, storage: fileStorage, publicVillage });
  await app.register(homeSignRoutes, { signs: homeSigns, baseUrl: config.publicPage.baseUrl });
  const funding = createHomeFundingService({
    db,
    now,
    documents: createDocumentService({ db, storage: fileStorage }),
  });
  await app.register(homeFundingRoutes, { funding });
  await app.register(mentoringRoutes, {
    mentoring: createMentoringService({ db, now }),
    mentorView: createMentorViewService({ db, now }),
    photos: dutyPhotos,
  });
  await app.register(docsRoutes);
  if (withWeb) await app.register(webRoutes, { webDist: config.webDist });
  return app;
}
