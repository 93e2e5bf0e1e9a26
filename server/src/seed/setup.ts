import { readFileSync } from 'node:fs';
import { localDate, ZDivisionFile } from '@zhucun/core';
import type { TDatabase, TDb } from '../db/client.ts';
import type { TActorContext } from '../modules/audit/audit.service.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { generateOneTimePassword, hashPassword } from '../modules/auth/password.ts';
import { countDivisions, findCountyCodes } from '../modules/divisions/divisions.repository.ts';
import { createDivisionsService } from '../modules/divisions/divisions.service.ts';
import { findSetting, insertSettingOnce } from '../modules/settings/settings.repository.ts';
import {
  countDemoUsers,
  countUsers,
  findNeverSignedInAdmin,
  findUserById,
  insertUser,
  replaceGrants,
  updateUser,
} from '../modules/users/users.repository.ts';
import { DEMO_PASSWORD, demoAccounts, type TDemoAccount } from './demo-accounts.ts';
import { seedDemoBulletin } from './demo-bulletin.ts';
import { createDemoCadreAccounts } from './demo-cadre-accounts.ts';
import { seedDemoDuty } from './demo-duty.ts';
import { seedDemoDutyLists } from './demo-duty-lists.ts';
import { seedDemoHomes } from './demo-homes.ts';
import { seedDemoMeetings } from './demo-meetings.ts';
import { seedDemoMentoring } from './demo-mentoring.ts';
import { seedDemoOutcomes } from './demo-outcomes.ts';
import { seedDemoProjects } from './demo-projects.ts';
import { seedDemoRating } from './demo-rating.ts';
import { seedDemoRectification } from './demo-rectification.ts';
import { seedDemoRegistry } from './demo-registry/index.ts';
import { seedDemoRequests } from './demo-requests.ts';
import { seedDemoTasks } from './demo-tasks.ts';
import { seedDemoConductCatalogue, seedDemoViolations } from './demo-violations.ts';

export type TMode = 'demo' | 'production';
export type TSetupResult = {
  mode: TMode;
  countyCode: string;
  demoAccounts: TDemoAccount[];
  /**
   * The bootstrap administrator's one-time password (production), printed by the caller. Given on
   * every start until that account first signs in, each time a new one: a first start interrupted
   * before the password was shown, or a lost terminal, never leaves the county without a way in.
   */
  bootstrap: { username: string; password: string } | null;
};

/** The steps of a first start, in order; tests interrupt at each one. */
export const SETUP_STEPS = [
  'divisions',
  'mode',
  'demo_accounts',
  'demo_registry',
  'demo_cadre_accounts',
  'demo_mentoring',
  'demo_duty',
  'demo_requests',
  'demo_homes',
  'demo_projects',
  'demo_rectification',
  'demo_duty_lists',
  'demo_violations',
  'demo_tasks',
  'demo_meetings',
  'demo_rating',
  'demo_outcomes',
  'demo_bulletin',
  'bootstrap_admin',
] as const;
export type TSetupStep = (typeof SETUP_STEPS)[number];

export type TSetupOptions = {
  divisionsFile: string;
  demoRequested: boolean;
  productionRequested: boolean;
  /** The day the demo county's recent weeks of work end on; without it, only accounts and registry. */
  demoActivityUntil?: string;
  /** Called as each step begins (progress lines; tests throw here to interrupt a start). */
  onStep?: (step: TSetupStep) => void | Promise<void>;
};

const SYSTEM: TActorContext = { userId: null, username: 'system', roles: [], ip: null, requestId: null };

export class DemoRefusedError extends Error {
  constructor() {
    super(
      '此数据库为生产模式，拒绝以演示模式启动（--demo）。This database is in production mode; refusing --demo.',
    );
  }
}

export class ProductionRefusedError extends Error {
  constructor() {
    super(
      '此数据库装的是演示县的数据，拒绝以生产模式启动（--production）；请换一个空的 DATA_DIR 或数据库。' +
        'This database holds the demo county; refusing --production: use an empty DATA_DIR or database.',
    );
  }
}

/** Loads the bundled county's divisions when the table is empty (reference data, not demo data). */
async function ensureDivisions(db: TDb, divisionsFile: string): Promise<string> {
  if ((await countDivisions(db)) === 0) {
    const file = ZDivisionFile.parse(JSON.parse(readFileSync(divisionsFile, 'utf8')));
    await createDivisionsService({ db }).importFile(file, SYSTEM);
  }
  const [county] = await findCountyCodes(db);
  return county!;
}

async function createAccount(
  db: TDb,
  a: { username: string; displayName: string },
  grants: Parameters<typeof replaceGrants>[2],
  passwordHash: string,
  opts: { isDemo: boolean },
) {
  const user = await insertUser(db, {
    username: a.username,
    displayName: a.displayName,
    passwordHash,
    mustChangePassword: !opts.isDemo,
    isDemo: opts.isDemo,
  });
  await replaceGrants(db, user.id, grants);
  await recordAudit(db, SYSTEM, {
    action: 'user.create',
    objectType: 'user',
    objectId: user.id,
    details: { username: a.username, seed: true },
  });
  return user;
}

/**
 * The installation's mode, decided and stored before any account exists, so that no interruption
 * can leave accounts without it. A database from before this rule with accounts and no mode is
 * demo when it holds demo accounts (a demo first start was interrupted: it resumes) and production
 * otherwise.
 */
async function decideMode(database: TDatabase, opts: TSetupOptions): Promise<TMode> {
  const { db } = database;
  let mode = await findSetting<TMode>(db, 'mode');
  if (!mode) {
    if ((await countUsers(db)) > 0) mode = (await countDemoUsers(db)) > 0 ? 'demo' : 'production';
    else {
      const demo = opts.demoRequested || (database.kind === 'embedded' && !opts.productionRequested);
      mode = demo ? 'demo' : 'production';
    }
    await insertSettingOnce(db, 'mode', mode);
    // a start beside this one may have stored its choice first
    mode = (await findSetting<TMode>(db, 'mode')) ?? mode;
  }
  if (mode === 'production' && opts.demoRequested) throw new DemoRefusedError();
  if (mode === 'demo' && opts.productionRequested) throw new ProductionRefusedError();
  return mode;
}

/**
 * The demo county in one transaction: an interrupted start leaves nothing of it (the mode stays
 * demo) and the next start seeds it whole. Each part is skipped when present, so a demo database
 * from an earlier version gets only what it lacks.
 */
async function seedDemoCounty(db: TDb, countyCode: string, opts: TSetupOptions): Promise<void> {
  const step = async (s: TSetupStep) => opts.onStep?.(s);
  await db.transaction(async (tx) => {
    await step('demo_accounts');
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    if ((await countUsers(tx)) === 0)
      for (const a of demoAccounts(countyCode))
        await createAccount(tx, a, [{ role: a.role, divisionCode: a.divisionCode }], passwordHash, {
          isDemo: true,
        });
    await step('demo_registry');
    // the registry is dated to the day it is seeded (the test template has no activity day: today)
    const registry = await seedDemoRegistry(tx, countyCode, opts.demoActivityUntil ?? localDate(new Date()));
    await step('demo_cadre_accounts');
    // a registry seeded just now has no cadre accounts yet
    if (registry.persons > 0) await createDemoCadreAccounts(tx, countyCode, passwordHash);
    await step('demo_mentoring');
    // mentor accounts and pairs for some eligible graduates (once; a database from before gets them)
    await seedDemoMentoring(tx, countyCode, passwordHash, opts.demoActivityUntil ?? localDate(new Date()));
    // the negative list of conduct (履职行为负面清单) of this year and the last: reference for every demo
    await seedDemoConductCatalogue(tx, opts.demoActivityUntil ?? localDate(new Date()));
    const today = opts.demoActivityUntil;
    if (!today) return;
    // the recent weeks of days, leave, spot checks, visits and requests, and the homes with their
    // funding ledgers (once, relative to the first start's day)
    await step('demo_duty');
    await seedDemoDuty(tx, today);
    await step('demo_requests');
    await seedDemoRequests(tx, today);
    await step('demo_homes');
    await seedDemoHomes(tx, today);
    // the projects (项目化帮扶), after the days so a progress entry can be a leader's logged day
    await step('demo_projects');
    await seedDemoProjects(tx, today);
    // 整改台账: about twenty problems in every state, dated relative to the first start's day
    await step('demo_rectification');
    await seedDemoRectification(tx, today, countyCode);
    // the county's duty lists per post (岗位职责清单), dated before the first start's day
    await step('demo_duty_lists');
    await seedDemoDutyLists(tx, today);
    // violation records at each stage of due process (负面清单), relative to the first start's day
    await step('demo_violations');
    await seedDemoViolations(tx, today);
    // 任务清单: tasks from the county and 金城镇 in every state, some overdue, some held by shuji and daxuesheng
    await step('demo_tasks');
    await seedDemoTasks(tx, today, countyCode);
    // 会议 / 视频点名: a past roll call with its attendance (its spot checks), a county meeting with minutes, two to come
    await step('demo_meetings');
    await seedDemoMeetings(tx, today, countyCode);
    // 星级评定: last year's cycle confirmed (grades, stars, three commendations, one admonishment), this year's surveying
    await step('demo_rating');
    await seedDemoRating(tx, today, countyCode);
    // 帮扶成效: this month's labour reports (3,122) and the designations (12 rural-tourism villages, 5 长城人家)
    await step('demo_outcomes');
    await seedDemoOutcomes(tx, today);
    // 简报: a draft 第22期（总第45期） in the seed bulletin's wording, its figures counted from the records above
    await step('demo_bulletin');
    await seedDemoBulletin(tx, today, countyCode);
  });
}

/**
 * Production: the bootstrap administrator, created on an empty database. Until it first signs in,
 * every start gives it a new one-time password (the previous one stops working), audited.
 */
async function bootstrapAdmin(db: TDb, countyCode: string, opts: TSetupOptions) {
  await opts.onStep?.('bootstrap_admin');
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const storedId = await findSetting<number>(tx, 'bootstrap_admin');
    if (storedId === null && (await countUsers(tx)) === 0) {
      const user = await createAccount(
        tx,
        { username: 'admin', displayName: '初始管理员' },
        [
          { role: 'system_admin', divisionCode: null },
          { role: 'county_admin', divisionCode: countyCode },
        ],
        passwordHash,
        { isDemo: false },
      );
      await insertSettingOnce(tx, 'bootstrap_admin', user.id);
      return { username: user.username, password };
    }
    // a production database from before the setting: its seeded `admin`, when never signed in
    const legacy = storedId === null ? await findNeverSignedInAdmin(tx) : undefined;
    const id = storedId ?? legacy?.id;
    const user = id === undefined ? undefined : await findUserById(tx, id);
    if (!user || user.lastLoginAt || user.disabledAt) return null;
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: true });
    await recordAudit(tx, SYSTEM, {
      action: 'user.reset_password',
      objectType: 'user',
      objectId: user.id,
      details: { bootstrap: true },
    });
    return { username: user.username, password };
  });
}

/**
 * Migrates, loads reference divisions, stores the mode, then seeds the demo county (demo mode) or
 * makes sure the bootstrap administrator has a way in (production).
 */
export async function setupDatabase(database: TDatabase, opts: TSetupOptions): Promise<TSetupResult> {
  await database.migrate();
  const { db } = database;
  await opts.onStep?.('divisions');
  const countyCode = await ensureDivisions(db, opts.divisionsFile);
  await opts.onStep?.('mode');
  const mode = await decideMode(database, opts);
  if (mode === 'demo') {
    await seedDemoCounty(db, countyCode, opts);
    return { mode, countyCode, demoAccounts: demoAccounts(countyCode), bootstrap: null };
  }
  const bootstrap = await bootstrapAdmin(db, countyCode, opts);
  return { mode, countyCode, demoAccounts: [], bootstrap };
}
