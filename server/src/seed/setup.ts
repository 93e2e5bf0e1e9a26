import { readFileSync } from 'node:fs';
import { ZDivisionFile } from '@zhucun/core';
import type { TDatabase, TDb } from '../db/client.ts';
import type { TActorContext } from '../modules/audit/audit.service.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { generateOneTimePassword, hashPassword } from '../modules/auth/password.ts';
import { countDivisions, findCountyCodes } from '../modules/divisions/divisions.repository.ts';
import { createDivisionsService } from '../modules/divisions/divisions.service.ts';
import { findSetting, insertSettingOnce } from '../modules/settings/settings.repository.ts';
import { countUsers, insertUser, replaceGrants } from '../modules/users/users.repository.ts';
import { DEMO_PASSWORD, demoAccounts, type TDemoAccount } from './demo-accounts.ts';
import { createDemoCadreAccounts } from './demo-cadre-accounts.ts';
import { seedDemoRegistry } from './demo-registry/index.ts';

export type TMode = 'demo' | 'production';
export type TSetupResult = {
  mode: TMode;
  countyCode: string;
  demoAccounts: TDemoAccount[];
  /** Printed once: the bootstrap administrator's one-time password (production, first start only). */
  bootstrap: { username: string; password: string } | null;
};

const SYSTEM: TActorContext = { userId: null, username: 'system', roles: [], ip: null, requestId: null };

export class DemoRefusedError extends Error {
  constructor() {
    super(
      '此数据库为生产模式，拒绝以演示模式启动（--demo）。This database is in production mode; refusing --demo.',
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
  await db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: a.username,
      displayName: a.displayName,
      passwordHash,
      mustChangePassword: !opts.isDemo,
      isDemo: opts.isDemo,
    });
    await replaceGrants(tx, user.id, grants);
    await recordAudit(tx, SYSTEM, {
      action: 'user.create',
      objectType: 'user',
      objectId: user.id,
      details: { username: a.username, seed: true },
    });
  });
}

/**
 * Migrates, loads reference divisions, and on an empty database seeds either the demo
 * county (demo mode) or only the bootstrap administrator with a one-time password (production).
 */
export async function setupDatabase(
  database: TDatabase,
  opts: { divisionsFile: string; demoRequested: boolean; productionRequested: boolean },
): Promise<TSetupResult> {
  await database.migrate();
  const { db } = database;
  const countyCode = await ensureDivisions(db, opts.divisionsFile);
  const existing = await findSetting<TMode>(db, 'mode');
  if (existing === 'production' && opts.demoRequested) throw new DemoRefusedError();
  if ((await countUsers(db)) > 0) {
    const mode = existing ?? 'production';
    // a demo database made before the registry existed gets its demo registry now (skipped when it has one)
    if (mode === 'demo') await seedDemoRegistry(db, countyCode);
    return {
      mode,
      countyCode,
      demoAccounts: mode === 'demo' ? demoAccounts(countyCode) : [],
      bootstrap: null,
    };
  }
  const demo = opts.demoRequested || (database.kind === 'embedded' && !opts.productionRequested);
  const mode: TMode = demo ? 'demo' : 'production';
  let bootstrap: TSetupResult['bootstrap'] = null;
  if (demo) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const a of demoAccounts(countyCode))
      await createAccount(db, a, [{ role: a.role, divisionCode: a.divisionCode }], passwordHash, {
        isDemo: true,
      });
    const registry = await seedDemoRegistry(db, countyCode);
    if (registry.persons > 0) await createDemoCadreAccounts(db, countyCode, passwordHash);
  } else {
    const password = generateOneTimePassword();
    const admin = { username: 'admin', displayName: '初始管理员' };
    await createAccount(
      db,
      admin,
      [
        { role: 'system_admin', divisionCode: null },
        { role: 'county_admin', divisionCode: countyCode },
      ],
      await hashPassword(password),
      { isDemo: false },
    );
    bootstrap = { username: admin.username, password };
  }
  await insertSettingOnce(db, 'mode', mode);
  return { mode, countyCode, demoAccounts: demo ? demoAccounts(countyCode) : [], bootstrap };
}
