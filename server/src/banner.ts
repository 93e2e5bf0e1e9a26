import { isLocalAddress } from '@zhucun/core';
import type { TConfig } from './config.ts';
import type { TDatabaseKind } from './db/client.ts';
import { DEMO_CADRE_ACCOUNTS, DEMO_MENTORS, DEMO_PASSWORD, DEMO_UNIT_ADMIN } from './seed/demo-accounts.ts';
import type { TSetupResult } from './seed/setup.ts';

/** What a person needs after `npm start`: the URL, the database, and how to sign in. */
export function printBanner(config: TConfig, kind: TDatabaseKind, setup: TSetupResult): void {
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const lines = [
    '',
    `  驻村 Zhucun  http://${host}:${config.port}`,
    `  数据库 database: ${kind === 'embedded' ? `内嵌 PostgreSQL（单机模式 single-machine）${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  接口文档 API docs: http://${host}:${config.port}/api/docs`,
    ...publicUrlLines(config, setup.mode),
  ];
  if (setup.mode === 'demo') {
    lines.push('', `  演示模式 DEMO MODE — 演示账号密码 password for all: ${DEMO_PASSWORD}`);
    for (const a of setup.demoAccounts) lines.push(`    ${a.username.padEnd(12)} ${a.displayName}`);
    for (const a of DEMO_CADRE_ACCOUNTS)
      lines.push(`    ${a.username.padEnd(12)} 驻村干部 cadre: ${a.label}`);
    lines.push(
      `    ${DEMO_UNIT_ADMIN.username.padEnd(12)} 派出单位管理员 unit admin: ${DEMO_UNIT_ADMIN.unitName}`,
    );
    const [mentor] = DEMO_MENTORS;
    if (mentor)
      lines.push(`    ${mentor.username.padEnd(12)} 帮带导师 mentor: ${mentor.displayName}，${mentor.label}`);
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

/**
 * Where the villages' QR codes and signs point, said at every start: PUBLIC_URL, or, when it is not
 * set, what stands in for it (the address each page is opened at), with a warning in production.
 */
export function publicUrlLines(
  config: Pick<TConfig, 'host' | 'port' | 'publicPage' | 'publicUrlFrom'>,
  mode: TSetupResult['mode'],
): string[] {
  const url = config.publicPage.baseUrl;
  if (url) {
    const lines = [`  村民扫码地址 public address (${config.publicUrlFrom ?? 'PUBLIC_URL'}): ${url}`];
    if (config.publicUrlFrom === 'PUBLIC_BASE_URL')
      lines.push(
        '    PUBLIC_BASE_URL 是旧名称，请改用 PUBLIC_URL。PUBLIC_BASE_URL is the old name: use PUBLIC_URL.',
      );
    if (isLocalAddress(url))
      lines.push(
        '  ⚠ 此地址指向本机，村民的手机打不开二维码。请把 PUBLIC_URL 设为村民能访问的地址。',
        '    This address names this machine: villagers’ phones cannot open the QR codes. Set PUBLIC_URL to an address they reach.',
      );
    return lines;
  }
  const here = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  if (mode !== 'production')
    return [
      `  村民扫码地址 public address: 未设置 PUBLIC_URL，取自打开页面所用的地址（如 ${here}）`,
      '    PUBLIC_URL not set: QR codes carry the address each page is opened at',
    ];
  return [
    '',
    '  ⚠ 未设置 PUBLIC_URL：二维码和公示牌上的地址将取自每次打开页面所用的地址',
    `    （在本机打开即 ${here}），村民的手机可能打不开。请设置 PUBLIC_URL=https://你的域名 后重启。`,
    '    PUBLIC_URL is not set: QR codes and signs carry the address each page is opened at',
    `    (${here} when opened on this machine), which villagers’ phones may not reach.`,
    '    Set PUBLIC_URL=https://your.domain and restart.',
  ];
}
