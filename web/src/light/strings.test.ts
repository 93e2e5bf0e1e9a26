import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lightEnUS } from './strings.en-US.ts';
import { lightZhCN } from './strings.zh-CN.ts';

/** The light pages' files, and the shared ones they show strings from. */
function sources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return walk(file);
      return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [file] : [];
    });
  // the bell's panel loads the whole app's strings itself
  const own = walk(import.meta.dirname).filter((f) => !f.endsWith('notifications-panel.tsx'));
  const shared = ['outbox/item-name.ts', 'outbox/after-sent.ts', 'bell-label.ts'].map((f) =>
    path.join(import.meta.dirname, '../lib', f),
  );
  return [...own, ...shared];
}

/** The literal keys passed to t(…), and the fixed part of template keys (`duty.leave.kinds.${k}`). */
function keysIn(text: string): { exact: string[]; prefixes: string[] } {
  const exact = [...text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!);
  const prefixes = [...text.matchAll(/\bt\(`([a-zA-Z0-9_.]+)\.\$\{/g)].map((m) => m[1]!);
  return { exact, prefixes };
}

const has = (strings: object, key: string) => {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part] ?? (node as Record<string, unknown>)[`${part}_one`];
  }
  return node !== undefined;
};

describe('the light pages’ strings (strings.zh-CN.ts, strings.en-US.ts)', () => {
  const files = sources();

  it('hold every key the light pages show, in both languages', () => {
    const missing: string[] = [];
    for (const file of files) {
      const { exact, prefixes } = keysIn(readFileSync(file, 'utf8'));
      for (const key of [...exact, ...prefixes])
        for (const [language, strings] of [
          ['zh-CN', lightZhCN],
          ['en-US', lightEnUS],
        ] as const)
          if (!has(strings, key)) missing.push(`${language} ${key} (${path.basename(file)})`);
    }
    expect(missing).toEqual([]);
  });

  it('finds the keys it checks', () => {
    const found = files.flatMap((f) => keysIn(readFileSync(f, 'utf8')).exact);
    expect(found).toContain('duty.leave.apply');
    expect(found.length).toBeGreaterThan(30);
  });
});
