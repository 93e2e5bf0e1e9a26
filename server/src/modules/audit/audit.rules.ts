import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type TAuditRecord = {
  at: Date;
  actorId: number | null;
  actorName: string | null;
  role: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  requestId: string | null;
  details: Record<string, unknown> | null;
};

/** JSON with object keys sorted at every depth, so jsonb's own key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The chain link: SHA-256 of the previous row's hash and this row's content. */
export function auditHash(prevHash: string, r: TAuditRecord): string {
  const content = canonicalJson([
    r.at.toISOString(),
    r.actorId,
    r.actorName,
    r.role,
    r.ip,
    r.action,
    r.objectType,
    r.objectId,
    r.outcome,
    r.requestId,
    r.details,
  ]);
  return createHash('sha256').update(`${prevHash}|${content}`).digest('hex');
}
