import { type TCountyRules, type TUpdateCountyRulesRequest, ZCountyRules } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findSetting, upsertSetting } from '../settings/settings.repository.ts';

const KEY = 'county_rules';
/** Rules are read on every request (access switches); a change here is seen at once, elsewhere within this. */
const CACHE_MS = 30_000;

export type TRulesDeps = { db: TDb; now: () => Date };

/** The county's rules (DESIGN §4): one settings document, defaults for whatever was never set. */
export function createRulesService({ db, now }: TRulesDeps) {
  let cached: { rules: TCountyRules; at: number } | null = null;

  async function load(): Promise<TCountyRules> {
    const stored = await findSetting<Record<string, unknown>>(db, KEY);
    // a stored value that no longer fits (an older version's key) falls back to the defaults key by key
    const parsed = ZCountyRules.safeParse(stored ?? {});
    return parsed.success ? parsed.data : ZCountyRules.parse({});
  }

  return {
    async get(): Promise<TCountyRules> {
      const at = now().getTime();
      if (!cached || at - cached.at > CACHE_MS) cached = { rules: await load(), at };
      return cached.rules;
    },

    /** Changes some rules; the audit row records each changed key's old and new value. */
    async update(patch: TUpdateCountyRulesRequest, ctx: TActorContext): Promise<TCountyRules> {
      const before = await load();
      const holidays = patch.holidays ? [...new Set(patch.holidays)].sort() : undefined;
      const next = ZCountyRules.parse({ ...before, ...patch, ...(holidays ? { holidays } : {}) });
      const changed = (Object.keys(next) as (keyof TCountyRules)[]).filter(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]),
      );
      if (changed.length === 0) return before;
      await db.transaction(async (tx) => {
        await upsertSetting(tx, KEY, next);
        await recordAudit(tx, ctx, {
          action: 'rules.update',
          objectType: 'rules',
          details: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: next[k] }])),
        });
      });
      cached = { rules: next, at: now().getTime() };
      return next;
    },
  };
}
export type TRulesService = ReturnType<typeof createRulesService>;
