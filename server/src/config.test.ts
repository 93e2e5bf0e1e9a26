import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicUrlLines } from './banner.ts';
import { loadConfig, SERVER_ROOT } from './config.ts';

describe('loadConfig', () => {
  it('runs with no environment at all: port 3000, PGlite in ./data, the documented limits', () => {
    const config = loadConfig({}, []);
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      databaseUrl: null,
      logLevel: 'info',
      demoRequested: false,
      productionRequested: false,
      session: { idleMinutes: 30, adminIdleMinutes: 15, absoluteHours: 12 },
      login: { maxFailures: 5, lockMinutes: 30, rateLimitPerMinute: 30 },
      passwordPolicy: { minLength: 8, minClasses: 3, forbidCommon: true },
      cookieSecure: 'auto',
      trustProxy: false,
      divisionsFile: path.join(SERVER_ROOT, 'reference', 'divisions-140622.json'),
    });
  });

  it('treats empty values as unset and reads flags from the command line', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' }, ['node', 'main.ts', '--demo']);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.demoRequested).toBe(true);
  });

  it('reads values that are set', () => {
    const config = loadConfig(
      { PORT: '8080', DATA_DIR: '/srv/zhucun', DATABASE_URL: 'postgres://u@db:5432/zc', TRUST_PROXY: '1' },
      [],
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/srv/zhucun',
      databaseUrl: 'postgres://u@db:5432/zc',
      trustProxy: true,
    });
  });

  it('stops with one readable message naming a bad value', () => {
    expect(() => loadConfig({ PORT: 'abc' }, [])).toThrow(
      /^配置有误 \/ invalid configuration:\n {2}- PORT: /,
    );
  });

  it('lists every bad value in that one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', SESSION_IDLE_MINUTES: '0' }, []);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    const lines = message.split('\n');
    expect(lines[0]).toBe('配置有误 / invalid configuration:');
    expect(lines.slice(1).map((l) => l.split(':')[0])).toEqual([
      '  - PORT',
      '  - LOG_LEVEL',
      '  - SESSION_IDLE_MINUTES',
    ]);
  });
});

describe('PUBLIC_URL: the address in the villages’ QR codes and on their signs', () => {
  it('is read, without its trailing slash; PUBLIC_BASE_URL is its older name', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://zhucun.example.cn/' }, [])).toMatchObject({
      publicPage: { baseUrl: 'https://zhucun.example.cn' },
      publicUrlFrom: 'PUBLIC_URL',
    });
    expect(loadConfig({ PUBLIC_URL: 'https://gov.example.cn/zhucun' }, []).publicPage.baseUrl).toBe(
      'https://gov.example.cn/zhucun',
    );
    const old = loadConfig({ PUBLIC_BASE_URL: 'https://old.example.cn' }, []);
    expect(old.publicPage.baseUrl).toBe('https://old.example.cn');
    expect(old.publicUrlFrom).toBe('PUBLIC_BASE_URL');
    const both = loadConfig(
      { PUBLIC_URL: 'https://new.example.cn', PUBLIC_BASE_URL: 'https://old.example.cn' },
      [],
    );
    expect(both.publicPage.baseUrl).toBe('https://new.example.cn');
    const unset = loadConfig({}, []);
    expect(unset.publicPage.baseUrl).toBeNull();
    expect(unset.publicUrlFrom).toBeNull();
  });

  it('refuses what no phone could open, saying why', () => {
    const messageOf = (value: string) => {
      try {
        loadConfig({ PUBLIC_URL: value }, []);
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      return '';
    };
    expect(messageOf('zhucun.example.cn')).toContain('- PUBLIC_URL: 不是完整的网址');
    expect(messageOf('ftp://zhucun.example.cn')).toContain('- PUBLIC_URL: 须以 http:// 或 https:// 开头');
    expect(messageOf('https://zhucun.example.cn/?from=qr')).toContain('- PUBLIC_URL: 不能带 ? 或 # 部分');
  });

  it('is named at every start; without it, production says what stands in for it', () => {
    const set = loadConfig({ PUBLIC_URL: 'https://zhucun.example.cn', PORT: '8080' }, []);
    expect(publicUrlLines(set, 'production')).toEqual([
      '  村民扫码地址 public address (PUBLIC_URL): https://zhucun.example.cn',
    ]);
    const unset = loadConfig({ PORT: '8080' }, []);
    const warning = publicUrlLines(unset, 'production').join('\n');
    expect(warning).toContain('未设置 PUBLIC_URL');
    expect(warning).toContain('http://localhost:8080');
    expect(warning).toContain('PUBLIC_URL is not set');
    expect(publicUrlLines(unset, 'demo').join('\n')).toContain('未设置 PUBLIC_URL，取自打开页面所用的地址');
    expect(publicUrlLines(unset, 'demo').join('\n')).not.toContain('⚠');
  });

  it('warns when it names this machine, and when it comes by its older name', () => {
    const local = loadConfig({ PUBLIC_URL: 'http://127.0.0.1:3000' }, []);
    expect(publicUrlLines(local, 'production').join('\n')).toContain('⚠ 此地址指向本机');
    const old = loadConfig({ PUBLIC_BASE_URL: 'https://old.example.cn' }, []);
    expect(publicUrlLines(old, 'production').join('\n')).toContain('请改用 PUBLIC_URL');
  });
});
