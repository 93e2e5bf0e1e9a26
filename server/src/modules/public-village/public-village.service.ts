import { randomBytes, randomInt } from 'node:crypto';
import {
  CONSENT_NOTICE,
  CONSENT_VERSION,
  inScope,
  localDate,
  makeTrackingCode,
  PUBLIC_TOKEN_PATTERN,
  REQUEST_CATEGORIES,
  requestDeadlines,
  requestTransition,
  type TOwnerLevel,
  type TPublicFollowUpRequest,
  type TPublicSubmitRequest,
  type TPublicTrack,
  type TPublicVillageCard,
  TRACKING_ALPHABET,
  type TRequestCategory,
  type TRequestState,
  type TScope,
} from '@zhucun/core';
import QRCode from 'qrcode';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivision } from '../divisions/divisions.repository.ts';
import { notifyRequestHandlers, type TNotifyFn } from '../notifications/request-notices.ts';
import { followUpNote } from '../requests/requests.labels.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  countPublicSubmissions,
  findByTrackingCode,
  findStateChanges,
  findStationedCadres,
  findTokenOfVillage,
  findVillageByToken,
  findVillageNames,
  insertEvent,
  insertRequest,
  insertTokenIfNone,
  lockVillage,
  replaceToken,
  trackingCodeTaken,
  updateRequestFrom,
} from './public-village.repository.ts';

export type TPublicVillageDeps = {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
  /** Public submissions one village accepts a day (counted in the database). */
  submitPerVillagePerDay: number;
  /** The bell: the village's stationed cadres and its township hear of a submission or a reopening. */
  notify: TNotifyFn;
  /** An integer in [0, n): crypto's by default; tests pass their own to force a collision. */
  random?: (n: number) => number;
};

const newToken = () => randomBytes(16).toString('base64url'); // 22 characters
const TRACKING_PATTERN = new RegExp(`^[${TRACKING_ALPHABET}]{10}$`);
/** Who the signage lists first: the village's secretary, the first secretary, then the rest. */
const SIGNAGE_ORDER = [
  'party_secretary',
  'first_secretary',
  'team_member',
  'selected_graduate',
  'graduate_official',
];

/** The village's public page: its token and QR code, the card, public submissions, tracking and follow-up. */
export function createPublicVillageService(deps: TPublicVillageDeps) {
  const { db, now } = deps;
  const random = deps.random ?? ((n: number) => randomInt(n));

  async function villageInScope(scope: TScope, code: string) {
    const village = await findDivision(db, code);
    if (village?.level !== 'village' || !inScope(scope, code)) throw notFound();
    return village;
  }

  /** The village's token, created on first need. */
  async function tokenOf(code: string): Promise<string> {
    return (await findTokenOfVillage(db, code)) ?? (await insertTokenIfNone(db, code, newToken()));
  }

  async function villageOfToken(token: string) {
    const village = PUBLIC_TOKEN_PATTERN.test(token) ? await findVillageByToken(db, token) : undefined;
    if (!village) throw new AppError('not_found', 'public_token_unknown');
    return village;
  }

  async function requestOfCode(code: string) {
    const normalised = code.trim().toUpperCase();
    const row = TRACKING_PATTERN.test(normalised) ? await findByTrackingCode(db, normalised) : undefined;
    if (!row) throw new AppError('not_found', 'public_tracking_unknown');
    return row;
  }

  /** A tracking code no request holds yet (a collision of 31^10 codes is rare; it is retried). */
  async function freshTrackingCode(exec: TDb): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = makeTrackingCode(random);
      if (!(await trackingCodeTaken(exec, code))) return code;
    }
    throw new AppError('internal', 'internal');
  }

  async function resolveByFrom(day: string, category: TRequestCategory, urgency: string) {
    const rules = await deps.rules.get(Number(day.slice(0, 4)));
    const u = urgency === 'urgent' ? 'urgent' : 'normal';
    return requestDeadlines(
      day,
      category,
      u,
      { holidays: rules.holidays, workdays: rules.workdays },
      rules.requestDeadlines,
    ).resolveBy;
  }

  /** The address printed in the village's QR code: `<origin>/v/<token>`. */
  async function link(scope: TScope, code: string, origin: string) {
    await villageInScope(scope, code);
    const token = await tokenOf(code);
    return { url: `${origin}/v/${token}`, token };
  }

  /**
   * That request's public status: its village, the villager's own words, states by day and the result;
   * never a person's name, phone or a staff note.
   */
  async function track(code: string): Promise<TPublicTrack> {
    const row = await requestOfCode(code);
    const village = await findVillageNames(db, row.villageCode);
    const changes = await findStateChanges(db, row.id);
    const timeline: TPublicTrack['timeline'] = [];
    for (const c of changes) {
      const entry = { date: localDate(c.at), state: c.toState as TRequestState };
      if (timeline.at(-1)?.state !== entry.state) timeline.push(entry);
    }
    const state = row.state as TRequestState;
    const shown = state === 'resolved' || state === 'followed_up';
    return {
      trackingCode: row.trackingCode!,
      village: { name: village?.name ?? '', townshipName: village?.townshipName ?? '' },
      description: row.description,
      category: row.category as TRequestCategory,
      state,
      registeredOn: row.registeredOn,
      timeline,
      result: shown ? row.result : null,
      satisfaction: state === 'followed_up' ? (row.satisfaction as TPublicTrack['satisfaction']) : null,
      canFollowUp: state === 'resolved',
    };
  }

  return {
    link,
    track,

    async qrPng(scope: TScope, code: string, origin: string): Promise<Buffer> {
      const { url } = await link(scope, code, origin);
      return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 });
    },

    async qrSvg(scope: TScope, code: string, origin: string): Promise<string> {
      const { url } = await link(scope, code, origin);
      return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    },

    /** A leaked token is replaced: the old QR code stops working at once; the signage must be reprinted. */
    async rotate(scope: TScope, code: string, origin: string, ctx: TActorContext) {
      await villageInScope(scope, code);
      const token = newToken();
      await db.transaction(async (tx) => {
        await replaceToken(tx, code, token, now());
        await recordAudit(tx, ctx, {
          action: 'village.public_token_rotate',
          objectType: 'division',
          objectId: code,
        });
      });
      return { url: `${origin}/v/${token}`, token };
    },

    /** The village's public card: its stationed cadres as the signage shows them, the categories, the notice. */
    async card(token: string): Promise<TPublicVillageCard> {
      const village = await villageOfToken(token);
      const rows = await findStationedCadres(db, village.code);
      const rank = (r: (typeof rows)[number]) =>
        SIGNAGE_ORDER.indexOf(r.category) * 2 + (r.isTeamLeader ? 0 : 1);
      const cadres = rows
        .sort((a, b) => rank(a) - rank(b))
        .map((r) => ({ name: r.name, category: r.category, postTitle: r.postTitle, phone: r.phone }));
      return {
        village: { name: village.name, townshipName: village.townshipName },
        cadres,
        categories: [...REQUEST_CATEGORIES],
        consent: { version: CONSENT_VERSION, notice: CONSENT_NOTICE },
      };
    },

    /**
     * A villager's submission: stored with the notice's version and time, owned by the village, with
     * the county's deadlines. The daily cap is counted and the row inserted under the village's lock,
     * so a burst cannot overshoot it.
     */
    async submit(token: string, body: TPublicSubmitRequest, ctx: TActorContext) {
      const village = await villageOfToken(token);
      if (!(REQUEST_CATEGORIES as readonly string[]).includes(body.category))
        throw invalidField('category', 'public_category_unknown', { value: body.category });
      if (body.consent !== true) throw invalidField('consent', 'public_consent_required');
      const category = body.category as TRequestCategory;
      const at = now();
      const today = localDate(at);
      const rules = await deps.rules.get();
      const { acceptBy, resolveBy } = requestDeadlines(
        today,
        category,
        'normal',
        { holidays: rules.holidays, workdays: rules.workdays },
        rules.requestDeadlines,
      );
      const name = body.name?.trim() || null;
      const stored = await db.transaction(async (tx) => {
        await lockVillage(tx, village.code);
        const submitted = await countPublicSubmissions(tx, village.code, today);
        if (submitted >= deps.submitPerVillagePerDay)
          throw new AppError('rate_limited', 'public_village_cap', { max: deps.submitPerVillagePerDay });
        const trackingCode = await freshTrackingCode(tx);
        const row = await insertRequest(tx, {
          villageCode: village.code,
          category,
          urgency: 'normal',
          description: body.description.trim(),
          state: 'registered',
          ownerLevel: 'village',
          ownerDivisionCode: village.code,
          source: 'public',
          submitterName: name,
          submitterPhone: body.phone ?? null,
          consentVersion: CONSENT_VERSION,
          consentAt: at,
          trackingCode,
          registeredOn: today,
          acceptBy,
          resolveBy,
          createdAt: at,
          updatedAt: at,
        });
        await insertEvent(tx, {
          requestId: row.id,
          at,
          actorKind: 'submitter',
          action: 'register',
          fromState: null,
          toState: 'registered',
          ownerLevel: 'village',
        });
        await recordAudit(tx, ctx, {
          action: 'request.register',
          objectType: 'request',
          objectId: row.id,
          details: { source: 'public', villageCode: village.code, category },
        });
        // whoever works the village's requests hears of it, naming village and category; in the same
        // transaction, so a villager is never told "failed" about a request that was stored
        await notifyRequestHandlers(tx, deps.notify, 'request_submitted', row, ['village', 'township']);
        return row;
      });
      return { trackingCode: stored.trackingCode! };
    },

    /** The villager's word on a resolved request; dissatisfied or partly solved reopens it (in progress). */
    async followUp(code: string, body: TPublicFollowUpRequest, ctx: TActorContext): Promise<TPublicTrack> {
      const row = await requestOfCode(code);
      const fromState = row.state as TRequestState;
      const next = requestTransition(
        { state: fromState, ownerLevel: row.ownerLevel as 'village' },
        { type: 'follow_up', satisfaction: body.satisfaction },
        'submitter',
      );
      if (!next.ok) throw new AppError('conflict', 'public_not_resolved');
      const at = now();
      // reopened: the owner gets a fresh resolve deadline from today, as on the staff side
      const reopen = next.reopened
        ? {
            reopenCount: row.reopenCount + 1,
            resolvedAt: null, // open again: no longer counted as resolved
            resolveBy: await resolveByFrom(localDate(at), row.category as TRequestCategory, row.urgency),
          }
        : {};
      await db.transaction(async (tx) => {
        const updated = await updateRequestFrom(tx, row.id, fromState, {
          state: next.state,
          ownerLevel: next.ownerLevel,
          satisfaction: body.satisfaction,
          ...reopen,
          updatedAt: at,
        });
        if (!updated) throw new AppError('conflict', 'public_not_resolved');
        await insertEvent(tx, {
          requestId: row.id,
          at,
          actorKind: 'submitter',
          action: 'follow_up',
          fromState,
          toState: next.state,
          ownerLevel: next.ownerLevel,
          note: followUpNote(body.satisfaction, body.note),
        });
        await recordAudit(tx, ctx, {
          action: 'request.follow_up',
          objectType: 'request',
          objectId: row.id,
          details: {
            source: 'public',
            from: fromState,
            to: next.state,
            ownerLevel: next.ownerLevel,
            satisfaction: body.satisfaction,
            ...(next.reopened ? { reopened: true } : {}),
          },
        });
        if (next.reopened) {
          // the village's cadres, its township and, when it sits higher, the level that owns it now
          const levels: TOwnerLevel[] = ['village', 'township'];
          if (next.ownerLevel === 'county') levels.push('county');
          await notifyRequestHandlers(tx, deps.notify, 'request_reopened', row, levels, {
            satisfaction: body.satisfaction,
          });
        }
      });
      return track(row.trackingCode!);
    },
  };
}
export type TPublicVillageService = ReturnType<typeof createPublicVillageService>;
