import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
