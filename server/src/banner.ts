import type { TConfig } from './config.ts';
import type { TDatabaseKind } from './db/client.ts';
import { DEMO_CADRE_ACCOUNTS, DEMO_PASSWORD, DEMO_UNIT_ADMIN } from './seed/demo-accounts.ts';
import type { TSetupResult } from './seed/setup.ts';

/** What a person needs after `npm start`: the URL, the database, and how to sign in. */
export function printBanner(config: TConfig, kind: TDatabaseKind, setup: TSetupResult): void {
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const lines = [
    '',
    `  驻村 Zhucun  http://${host}:${config.port}`,
    `  数据库 database: ${kind === 'embedded' ? `内嵌 PostgreSQL（单机模式 single-machine）${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  接口文档 API docs: http://${host}:${config.port}/api/docs`,
  ];
  if (setup.mode === 'demo') {
    lines.push('', `  演示模式 DEMO MODE — 演示账号密码 password for all: ${DEMO_PASSWORD}`);
    for (const a of setup.demoAccounts) lines.push(`    ${a.username.padEnd(12)} ${a.displayName}`);
    for (const a of DEMO_CADRE_ACCOUNTS)
      lines.push(`    ${a.username.padEnd(12)} 驻村干部 cadre: ${a.label}`);
    lines.push(
      `    ${DEMO_UNIT_ADMIN.username.padEnd(12)} 派出单位管理员 unit admin: ${DEMO_UNIT_ADMIN.unitName}`,
    );
  }
  if (setup.bootstrap) {
    lines.push(
      '',
      '  初始管理员（首次登录须修改密码；登录前每次启动都换一个新的一次性密码）',
      '  Bootstrap administrator — change it at first sign-in; until then every start issues a new one:',
      `    用户名 username: ${setup.bootstrap.username}`,
      `    一次性密码 one-time password: ${setup.bootstrap.password}`,
    );
  }
  console.log(`${lines.join('\n')}\n`);
}
