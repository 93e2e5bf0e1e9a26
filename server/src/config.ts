import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicUrlProblem } from '@zhucun/core';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SERVER_ROOT = path.resolve(here, '..');
export const REPO_ROOT = path.resolve(SERVER_ROOT, '..');

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number, min = 1) => z.coerce.number().int().min(min).default(def);
const PUBLIC_URL_PROBLEMS = {
  not_url: '不是完整的网址 not a full address, e.g. https://zhucun.example.cn',
  not_http: '须以 http:// 或 https:// 开头 must start with http:// or https://',
  has_query: '不能带 ? 或 # 部分 may not carry a ? or # part',
} as const;
const publicUrl = z.string().superRefine((value, ctx) => {
  const problem = publicUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: PUBLIC_URL_PROBLEMS[problem] });
});

/** Every setting, with defaults that run with no .env at all. The only reader of process.env. */
const ZEnv = z.object({
  PORT: int(3000, 0),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** Uploaded files (photos, vouchers); outside the web root. Default `<DATA_DIR>/files`, on PostgreSQL too. */
  FILES_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: int(30),
  SESSION_ADMIN_IDLE_MINUTES: int(15),
  SESSION_ABSOLUTE_HOURS: int(12),
  LOGIN_MAX_FAILURES: int(5),
  LOGIN_LOCK_MINUTES: int(30),
  LOGIN_ACCOUNT_MAX_FAILURES: int(20),
  LOGIN_ACCOUNT_MIN_ADDRESSES: int(3),
  LOGIN_RATE_LIMIT_PER_MINUTE: int(30),
  PASSWORD_MIN_LENGTH: int(8, 6),
  PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: bool.default(false),
  DIVISIONS_FILE: z.string().default(path.join(SERVER_ROOT, 'reference', 'divisions-140622.json')),
  WEB_DIST: z.string().default(path.join(REPO_ROOT, 'web', 'dist')),
  SHUTDOWN_TIMEOUT_MS: int(10_000),
  /**
   * The address villagers reach Zhucun at (`https://zhucun.example.cn`), printed in every village's QR
   * code and on its signs. Unset: each request's own origin (the start-up banner says so).
   */
  PUBLIC_URL: publicUrl.optional(),
  /** The earlier name of PUBLIC_URL, still read when PUBLIC_URL is not set. */
  PUBLIC_BASE_URL: publicUrl.optional(),
  /** Bounds of the villages' public pages (no account, no CAPTCHA): per address, and per village per day. */
  PUBLIC_SUBMIT_PER_IP_PER_HOUR: int(20),
  PUBLIC_TRACK_PER_IP_PER_MINUTE: int(30),
  PUBLIC_SUBMIT_PER_VILLAGE_PER_DAY: int(50),
  /** 群众评议 on the public page: attempts per address per hour; households per address, and per village, per day. */
  PUBLIC_SURVEY_PER_IP_PER_HOUR: int(60),
  PUBLIC_SURVEY_PER_ADDRESS_PER_DAY: int(20),
  PUBLIC_SURVEY_PER_VILLAGE_PER_DAY: int(300),
});

export type TConfig = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof ZEnv>, argv: readonly string[]) {
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL ?? null,
    filesDir: path.resolve(env.FILES_DIR ?? path.join(env.DATA_DIR, 'files')),
    logLevel: env.LOG_LEVEL,
    demoRequested: argv.includes('--demo'),
    productionRequested: argv.includes('--production'),
    session: {
      idleMinutes: env.SESSION_IDLE_MINUTES,
      adminIdleMinutes: env.SESSION_ADMIN_IDLE_MINUTES,
      absoluteHours: env.SESSION_ABSOLUTE_HOURS,
    },
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
      accountMaxFailures: env.LOGIN_ACCOUNT_MAX_FAILURES,
      accountMinAddresses: env.LOGIN_ACCOUNT_MIN_ADDRESSES,
      rateLimitPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    passwordPolicy: {
      minLength: env.PASSWORD_MIN_LENGTH,
      minClasses: env.PASSWORD_MIN_CLASSES,
      forbidCommon: true,
    },
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    divisionsFile: path.resolve(env.DIVISIONS_FILE),
    webDist: path.resolve(env.WEB_DIST),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    /** Which variable set the public address (publicPage.baseUrl), for the start-up banner. */
    publicUrlFrom: (env.PUBLIC_URL ? 'PUBLIC_URL' : env.PUBLIC_BASE_URL ? 'PUBLIC_BASE_URL' : null) as
      | 'PUBLIC_URL'
      | 'PUBLIC_BASE_URL'
      | null,
    publicPage: {
      baseUrl: (env.PUBLIC_URL ?? env.PUBLIC_BASE_URL)?.replace(/\/+$/, '') ?? null,
      submitPerIpPerHour: env.PUBLIC_SUBMIT_PER_IP_PER_HOUR,
      trackPerIpPerMinute: env.PUBLIC_TRACK_PER_IP_PER_MINUTE,
      submitPerVillagePerDay: env.PUBLIC_SUBMIT_PER_VILLAGE_PER_DAY,
    },
    survey: {
      perIpPerHour: env.PUBLIC_SURVEY_PER_IP_PER_HOUR,
      perAddressPerDay: env.PUBLIC_SURVEY_PER_ADDRESS_PER_DAY,
      perVillagePerDay: env.PUBLIC_SURVEY_PER_VILLAGE_PER_DAY,
    },
  };
}

/** Reads and checks the environment; on a bad value, throws one readable list of every problem. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  argv: readonly string[] = process.argv,
): TConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置有误 / invalid configuration:\n${lines.join('\n')}`);
  }
  return toConfig(parsed.data, argv);
}

/** Settings for tests: the defaults (files in a fresh temporary directory), with overrides. */
export function testConfig(overrides: Partial<TConfig> = {}): TConfig {
  const filesDir = path.join(os.tmpdir(), `zhucun-test-files-${randomBytes(6).toString('hex')}`);
  return { ...loadConfig({}, []), filesDir, ...overrides };
}
