import {
  addDays,
  editWindow,
  formatLocalMinute,
  isNightVisit,
  isWorkingDay,
  localDate,
  type TScope,
  type TVisitListQuery,
  type TVisitSummaryQuery,
  type TVisitView,
  workingCalendarOf,
  type ZVisitCreate,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPostedPersonOfUser } from '../duty/duty.repository.ts';
import { markNightInVillage } from '../duty/night-in-village.ts';
import { findHouseholds, insertHouseholds } from '../households/households.repository.ts';
import { householdView } from '../households/households.view.ts';
import { registerRequest } from '../requests/requests.register.ts';
import { findRequests } from '../requests/requests.repository.ts';
import { requestListItem } from '../requests/requests.view.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  findMonthVisitCounts,
  findVisitHouseholds,
  findVisits,
  insertVisit,
  linkHouseholds,
  type TVisitWithNames,
} from './visits.repository.ts';

type TVisitCreate = z.infer<typeof ZVisitCreate>;

/** `2026-11-28T20:30` (Shanghai) as an instant, or null when no such minute exists (2026-02-30). */
function instantOf(localMinute: string): Date | null {
  const at = new Date(`${localMinute}:00+08:00`);
  if (Number.isNaN(at.getTime())) return null;
  return localDate(at) === localMinute.slice(0, 10) ? at : null;
}

const monthEnd = (month: string) => `${addDays(`${month}-01`, 31).slice(0, 8)}01`;

/** 夜访: a cadre's own visits (part of their day), the visits in scope, and night visits a month. */
export function createVisitsService(deps: { db: TDb; now: () => Date; rules: Pick<TRulesService, 'get'> }) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function toViews(rows: TVisitWithNames[]): Promise<TVisitView[]> {
    const ids = rows.map((r) => r.visit.id);
    const hh = await findVisitHouseholds(db, ids);
    const day = today();
    const reqs = ids.length ? (await findRequests(db, { all: true }, { visitIds: ids })).items : [];
    return rows.map(({ visit: v, personName, villageName }) => ({
      id: v.id,
      personId: v.personId,
      personName,
      villageCode: v.villageCode,
      villageName,
      visitedAt: formatLocalMinute(v.visitedAt).replace(' ', 'T'),
      date: v.date,
      atNight: v.atNight,
      attendees: v.attendees,
      heard: v.heard,
      households: hh.filter((h) => h.visitId === v.id).map(householdView),
      requests: reqs.filter((r) => r.request.visitId === v.id).map((r) => requestListItem(r, day)),
      createdAt: v.createdAt.toISOString(),
    }));
  }

  return {
    /**
     * Records the cadre's own visit in their posting's village, with new households and requests, and,
     * when asked for a night visit, that night 在村 on the day's record, in one transaction.
     */
    async create(userId: number, input: TVisitCreate, ctx: TActorContext) {
      const person = await findPostedPersonOfUser(db, userId);
      if (!person) throw new AppError('not_found', 'no_active_posting');
      const at = instantOf(input.visitedAt);
      if (!at) throw invalidField('visitedAt', 'bad_format');
      const date = input.visitedAt.slice(0, 10);
      const rules = await deps.rules.get();
      if (at > deps.now())
        throw invalidField('visitedAt', 'visit_future', { at: input.visitedAt.replace('T', ' ') });
      const window = editWindow(date, today(), rules);
      if (input.nightInVillage && !isNightVisit(input.visitedAt))
        throw invalidField('nightInVillage', 'night_visit_only');
      if (window === 'locked')
        throw new AppError('conflict', 'validation_failed', {}, [
          { field: 'visitedAt', key: 'day_locked', params: { date, days: rules.backfillDays } },
        ]);
      if (date < person.startDate)
        throw new AppError('conflict', 'validation_failed', {}, [
          { field: 'visitedAt', key: 'day_before_posting', params: { date } },
        ]);
      const existingIds = [...new Set(input.householdIds)];
      const found = await findHouseholds(
        db,
        { all: true },
        { ids: existingIds, village: person.villageCode },
      );
      const known = new Set(found.items.map((h) => h.household.id));
      const unknown = existingIds.filter((id) => !known.has(id));
      if (unknown.length)
        throw invalidField('householdIds', 'household_unknown', { ids: unknown.join('、') });
      input.requests.forEach((r, i) => {
        if (r.householdId !== undefined && !known.has(r.householdId))
          throw invalidField(`requests.${i}.householdId`, 'household_unknown', {
            ids: String(r.householdId),
          });
        if (r.newHouseholdIndex !== undefined && r.newHouseholdIndex >= input.newHouseholds.length)
          throw invalidField(`requests.${i}.newHouseholdIndex`, 'invalid');
      });
      const now = deps.now();
      const id = await db.transaction(async (tx) => {
        const created = await insertHouseholds(
          tx,
          input.newHouseholds.map((h) => ({
            villageCode: person.villageCode,
            headName: h.headName,
            address: h.address,
            phone: h.phone ?? null,
            note: h.note ?? null,
            createdBy: userId,
            createdAt: now,
          })),
        );
        const householdIds = [...existingIds, ...created.map((h) => h.id)];
        const visit = await insertVisit(tx, {
          personId: person.id,
          villageCode: person.villageCode,
          visitedAt: at,
          date,
          atNight: isNightVisit(input.visitedAt),
          attendees: input.attendees,
          heard: input.heard,
          createdBy: userId,
          createdAt: now,
        });
        await linkHouseholds(tx, visit.id, householdIds);
        if (input.nightInVillage)
          await markNightInVillage(tx, {
            personId: person.id,
            villageCode: person.villageCode,
            date,
            heard: input.heard,
            userId,
            backfilled: window === 'backfill',
            restDay: !isWorkingDay(date, workingCalendarOf(await deps.rules.get(Number(date.slice(0, 4))))),
            at: now,
          });
        for (const r of input.requests) {
          const householdId =
            r.householdId ??
            (r.newHouseholdIndex !== undefined ? created[r.newHouseholdIndex]!.id : undefined) ??
            (householdIds.length === 1 ? householdIds[0] : null);
          await registerRequest(
            tx,
            { ...r, villageCode: person.villageCode, householdId, visitId: visit.id, source: 'visit' },
            { userId, rules, now, ctx },
          );
        }
        await recordAudit(tx, ctx, {
          action: 'visit.create',
          objectType: 'visit',
          objectId: visit.id,
          details: {
            date,
            atNight: visit.atNight,
            households: householdIds.length,
            newHouseholds: created.length,
            requests: input.requests.length,
            nightInVillage: input.nightInVillage,
          },
        });
        return visit.id;
      });
      return (await toViews((await findVisits(db, { all: true }, { id })).items))[0]!;
    },

    async list(scope: TScope, q: TVisitListQuery) {
      const { items, total } = await findVisits(
        db,
        scope,
        { from: q.from, to: q.to, village: q.village, township: q.township, personId: q.personId },
        { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
      );
      return { items: await toViews(items), total };
    },

    async get(scope: TScope, id: number) {
      const { items } = await findVisits(db, scope, { id });
      if (!items.length) throw notFound();
      return (await toViews(items))[0]!;
    },

    /** Each cadre's visits and night visits in a month against the target: by village, then name. */
    async summary(scope: TScope, q: TVisitSummaryQuery) {
      const first = `${q.month}-01`;
      const last = addDays(monthEnd(q.month), -1);
      const { posted, counts } = await findMonthVisitCounts(db, scope, {
        first,
        last,
        village: q.village,
        township: q.township,
      });
      const byPerson = new Map(posted.map((p) => [p.personId, p])); // the latest posting wins
      // the county's night-visit target of the month's year
      const target = (await deps.rules.get(Number(q.month.slice(0, 4)))).monthNightVisits;
      const countOf = new Map(counts.map((c) => [c.personId, c]));
      const items = [...byPerson.values()]
        .map((p) => {
          const c = countOf.get(p.personId);
          const nightVisits = Number(c?.nightVisits ?? 0);
          // the target is for stationed cadres; a village committee member's visits are shown without one
          const stationed = p.category !== 'village_committee';
          return {
            personId: p.personId,
            personName: p.personName,
            villageCode: p.villageCode,
            villageName: p.villageName,
            visits: Number(c?.visits ?? 0),
            nightVisits,
            stationed,
            met: stationed ? nightVisits >= target : null,
          };
        })
        .sort(
          (a, b) =>
            a.villageCode.localeCompare(b.villageCode) || a.personName.localeCompare(b.personName, 'zh'),
        );
      return { month: q.month, target, items };
    },
  };
}
export type TVisitsService = ReturnType<typeof createVisitsService>;
