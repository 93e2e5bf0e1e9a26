import { randomInt } from 'node:crypto';
import {
  addDays,
  answerRefusal,
  countedAbsences,
  DISPATCHED_CATEGORIES,
  datesCovered,
  drawSample,
  effectiveFinding,
  excusingAbsence,
  formatLocalMinute,
  gradeCapFromAbsences,
  inScope,
  isDiscrepancy,
  localDate,
  restExcuse,
  spotCheckSlot,
  type TAbsence,
  type TDayRecord,
  type TNotificationKind,
  type TPlace,
  type TScope,
  type TSpotCheckAnswerRequest,
  type TSpotCheckDraw,
  type TSpotCheckDrawRequest,
  type TSpotCheckFinding,
  type TSpotCheckItem,
  type TSpotCheckMethod,
  type TSpotCheckRequest,
  weekDates,
  weekStart,
  weekYearOf,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { findApprovedAbsencesOf } from '../absences/absences.repository.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPersonByUser } from '../cadres/cadres.repository.ts';
import { findPostingsWithin } from '../compliance/compliance.repository.ts';
import { byVillageAndName, cadresOf, refOf } from '../compliance/compliance.rules.ts';
import { divisionOf } from '../compliance/division-scope.ts';
import { findVillageOnDate } from '../duty/duty.repository.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  findAbsentFindings,
  findCheckOfUser,
  findEvidenceKey,
  findPlacesOn,
  findSpotChecks,
  findUserOfPerson,
  insertSpotCheck,
  setAnswer,
  type TSpotCheckFilter,
  type TSpotCheckWithNames,
} from './spot-checks.repository.ts';

export type TSpotChecksDeps = {
  db: TDb;
  now: () => Date;
  /** Tells an account something in the bell (a discrepancy, to the cadre checked). */
  notify: (userId: number, kind: TNotificationKind, payload: Record<string, unknown>) => Promise<void>;
  /** Of some file ids, those that are not spot-check evidence uploaded by this account. */
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>;
  /** The county's rules of a year: its spot-check grade-cap thresholds. */
  rules: Pick<TRulesService, 'get'>;
};

/** Shanghai has kept UTC+8 all year since 1991: a local minute becomes an instant by its offset. */
const instantOf = (localMinute: string) => new Date(`${localMinute.replace(' ', 'T')}:00+08:00`);
const startOfLocalDate = (date: string) => instantOf(`${date}T00:00`);

/** 抽查: record a check, draw a sample, and list checks with the discrepancies and grade caps they imply. */
export function createSpotChecksService(deps: TSpotChecksDeps) {
  const { db } = deps;

  /** Approved leave and official duty of some people between two local dates, by person. */
  async function approvedAbsencesBy(personIds: number[], from: string, to: string) {
    const byPerson = new Map<number, (TAbsence & { id: number })[]>();
    for (const a of await findApprovedAbsencesOf(db, personIds, from, to))
      byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a as TAbsence & { id: number }]);
    return (personId: number) => byPerson.get(personId) ?? [];
  }

  async function itemsOf(rows: TSpotCheckWithNames[]): Promise<TSpotCheckItem[]> {
    const locals = rows.map((r) => formatLocalMinute(r.check.checkedAt));
    const slots = locals.map(spotCheckSlot);
    const personIds = [...new Set(rows.map((r) => r.check.personId))];
    const years = locals.map((l) => l.slice(0, 4)).sort();
    const first = years[0] ?? '2000';
    const last = years[years.length - 1] ?? first;
    const absent = years.length
      ? await findAbsentFindings(
          db,
          personIds,
          startOfLocalDate(`${first}-01-01`),
          startOfLocalDate(`${+last + 1}-01-01`),
        )
      : [];
    const absentSlots = absent.map((a) => ({ ...a, slot: spotCheckSlot(formatLocalMinute(a.checkedAt)) }));
    // the records of the whole week of every check read: a night is rest once its week has its four
    const weeks = new Map<number, Set<string>>();
    for (const { personId, slot } of [
      ...rows.map((r, i) => ({ personId: r.check.personId, slot: slots[i]! })),
      ...absentSlots,
    ])
      weeks.set(personId, (weeks.get(personId) ?? new Set()).add(weekStart(slot.date)));
    const places = await findPlacesOn(
      db,
      new Map([...weeks].map(([personId, mondays]) => [personId, [...mondays].flatMap(weekDates)])),
    );
    const placeOf = new Map(places.map((p) => [`${p.personId}|${p.date}`, p]));
    const weekRecords = new Map<string, TDayRecord[]>();
    for (const p of places) {
      const key = `${p.personId}|${weekStart(p.date)}`;
      weekRecords.set(key, [
        ...(weekRecords.get(key) ?? []),
        { date: p.date, day: p.day as TPlace, night: p.night as TPlace },
      ]);
    }
    // a check before 06:00 on 1 January is the night of 31 December, and its week may start before that
    const absencesOf = await approvedAbsencesBy(
      personIds,
      weekStart(`${+first - 1}-12-31`),
      addDays(weekStart(`${last}-12-31`), 6),
    );
    // the rules of each check's year (its grade caps) and of each week's year (its rest)
    const rulesOf = new Map(
      await Promise.all(
        [
          ...new Set([
            ...years.map(Number),
            ...[...weeks.values()].flatMap((mondays) => [...mondays].map(weekYearOf)),
          ]),
        ].map(async (y) => [y, await deps.rules.get(y)] as const),
      ),
    );
    /** The rest a person's check fell on (a rest day, or a night of rest their week allows), or null. */
    const restOfSlot = (personId: number, slot: { date: string; part: 'day' | 'night' }) => {
      const monday = weekStart(slot.date);
      return restExcuse(slot, {
        records: weekRecords.get(`${personId}|${monday}`) ?? [],
        excusedDates: datesCovered(absencesOf(personId), monday, addDays(monday, 6)),
        rules: rulesOf.get(weekYearOf(slot.date))!,
      });
    };
    const found = new Map<string, { finding: TSpotCheckFinding; slotDate: string; rest: boolean }[]>();
    for (const a of absentSlots) {
      const key = `${a.personId}|${localDate(a.checkedAt).slice(0, 4)}`;
      const entry = {
        finding: 'absent' as const,
        slotDate: a.slot.date,
        rest: !!restOfSlot(a.personId, a.slot),
      };
      found.set(key, [...(found.get(key) ?? []), entry]);
    }
    return rows.map((r, i) => {
      const slot = slots[i]!;
      const place = placeOf.get(`${r.check.personId}|${slot.date}`);
      const record = place ? { day: place.day as TPlace, night: place.night as TPlace } : null;
      // found absent on a day of approved leave or official duty, or on the cadre's rest: excused, never an absence
      const excuse = excusingAbsence(absencesOf(r.check.personId), slot.date);
      const rest = r.check.finding === 'absent' && !excuse ? restOfSlot(r.check.personId, slot) : null;
      const finding = effectiveFinding(
        r.check.finding as TSpotCheckFinding,
        excuse !== null || rest !== null,
      );
      const absences = countedAbsences(
        found.get(`${r.check.personId}|${locals[i]!.slice(0, 4)}`) ?? [],
        absencesOf(r.check.personId),
      );
      const year = Number(locals[i]!.slice(0, 4));
      return {
        id: r.check.id,
        personId: r.check.personId,
        personName: r.personName,
        villageCode: r.check.villageCode,
        villageName: r.villageName,
        checkedAt: r.check.checkedAt.toISOString(),
        localTime: locals[i]!,
        slot,
        method: r.check.method as TSpotCheckMethod,
        finding,
        note: r.check.note,
        hasFile: r.check.fileId !== null,
        discrepancy: isDiscrepancy(finding, locals[i]!, record),
        excusedBy:
          finding !== 'excused'
            ? null
            : excuse
              ? { kind: excuse.kind, startDate: excuse.startDate, endDate: excuse.endDate }
              : rest
                ? { kind: rest, date: slot.date }
                : null,
        answer:
          r.check.answer !== null && r.check.answeredAt
            ? { text: r.check.answer, at: r.check.answeredAt.toISOString() }
            : null,
        checkedBy: r.checkedBy,
        absencesThisYear: absences,
        gradeCap: gradeCapFromAbsences(absences, rulesOf.get(year)?.spotCheckCaps),
      };
    });
  }

  /** A check as listed; found absent on a day recorded in the village, the cadre is told, with the checker's note. */
  async function tellIfDiscrepancy(id: number): Promise<TSpotCheckItem> {
    const item = (await itemsOf(await findSpotChecks(db, { all: true }, { id })))[0]!;
    const cadreUser = item.discrepancy ? await findUserOfPerson(db, item.personId) : null;
    if (cadreUser)
      await deps.notify(cadreUser, 'spot_check_discrepancy', {
        spotCheckId: id,
        date: item.slot.date,
        part: item.slot.part,
        note: item.note ?? '',
      });
    return item;
  }

  return {
    /** Records a check of a cadre posted in the caller's scope on that date; never in the future (audited). */
    async create(
      scope: TScope,
      input: TSpotCheckRequest,
      actor: { userId: number },
      ctx: TActorContext,
    ): Promise<TSpotCheckItem> {
      const local = input.checkedAt.replace('T', ' ');
      const at = instantOf(local);
      if (Number.isNaN(at.getTime()) || formatLocalMinute(at) !== local)
        throw invalidField('checkedAt', 'bad_format');
      if (at > deps.now()) throw invalidField('checkedAt', 'spot_check_future', { at: local });
      const villageCode = await findVillageOnDate(db, input.personId, local.slice(0, 10));
      if (!villageCode || !inScope(scope, villageCode)) throw notFound();
      if (input.fileId && (await deps.unknownEvidence(actor.userId, [input.fileId])).length)
        throw invalidField('fileId', 'photo_unknown', { ids: input.fileId });
      // on a day of approved leave or official duty, "absent" is recorded as excused (docs/rules.md §4.1)
      const slotDate = spotCheckSlot(local).date;
      const excuse = excusingAbsence(
        (await approvedAbsencesBy([input.personId], slotDate, slotDate))(input.personId),
        slotDate,
      );
      const finding = effectiveFinding(input.finding, excuse !== null);
      const id = await db.transaction(async (tx) => {
        const row = await insertSpotCheck(tx, {
          personId: input.personId,
          villageCode,
          checkedAt: at,
          method: input.method,
          finding,
          note: input.note || null,
          fileId: input.fileId ?? null,
          checkedBy: actor.userId,
          createdAt: deps.now(),
        });
        await recordAudit(tx, ctx, {
          action: 'spot_check.create',
          objectType: 'spot_check',
          objectId: row.id,
          details: {
            personId: input.personId,
            checkedAt: local,
            method: input.method,
            finding,
            ...(finding !== input.finding ? { found: input.finding, excusedBy: excuse?.id } : {}),
          },
        });
        return row.id;
      });
      return tellIfDiscrepancy(id);
    },

    tellIfDiscrepancy,

    /**
     * The cadre's one statement on a check that found them absent, kept beside it (audited). Someone else's
     * check is not found (404); a second answer, or one to a check that did not find them absent, is refused (409).
     */
    async answer(
      userId: number,
      id: number,
      input: TSpotCheckAnswerRequest,
      ctx: TActorContext,
    ): Promise<TSpotCheckItem> {
      const own = await findCheckOfUser(db, id, userId);
      if (!own) throw notFound();
      const [item] = await itemsOf(await findSpotChecks(db, { all: true }, { id }));
      if (!item) throw notFound();
      const refusal = answerRefusal({ finding: item.finding, answer: own.answer });
      if (refusal) throw new AppError('conflict', `spot_check_${refusal}`);
      await db.transaction(async (tx) => {
        if (!(await setAnswer(tx, id, input.answer, deps.now())))
          throw new AppError('conflict', 'spot_check_answered');
        await recordAudit(tx, ctx, {
          action: 'spot_check.answer',
          objectType: 'spot_check',
          objectId: id,
          details: { personId: own.personId, length: input.answer.length },
        });
      });
      return (await itemsOf(await findSpotChecks(db, { all: true }, { id })))[0]!;
    },

    /** Checks in scope between local dates (both included), newest first. */
    async find(
      scope: TScope,
      q: { from?: string; to?: string; township?: string; personId?: number },
    ): Promise<{ items: TSpotCheckItem[] }> {
      const f: TSpotCheckFilter = {};
      if (q.from) f.from = startOfLocalDate(q.from);
      if (q.to) f.until = startOfLocalDate(addDays(q.to, 1));
      if (q.township) f.township = q.township;
      if (q.personId) f.personId = q.personId;
      return { items: await itemsOf(await findSpotChecks(db, scope, f)) };
    },

    /** Where the evidence of a check is kept, when the caller may see it (its scope, or their own check). */
    async evidenceKey(id: number, scope: TScope | null, userId: number) {
      return findEvidenceKey(db, id, scope, userId);
    },

    /** The cadre's own checks, with the same discrepancy flag the township sees. */
    async own(userId: number): Promise<{ items: TSpotCheckItem[] }> {
      const personId = (await findPersonByUser(db, userId))?.id;
      if (!personId) return { items: [] };
      return { items: await itemsOf(await findSpotChecks(db, { all: true }, { personId })) };
    },

    /** A seeded random sample of the cadres posted in a division today (the seed reproduces it). */
    async draw(scope: TScope, input: TSpotCheckDrawRequest): Promise<TSpotCheckDraw> {
      const division = await divisionOf(db, scope, input.divisionCode);
      const today = localDate(deps.now());
      const cadres = cadresOf(
        await findPostingsWithin(db, division.code, today, today, DISPATCHED_CATEGORIES),
      ).filter((c) => c.ranges.some((r) => r.start <= today && r.end === null));
      const ids = cadres.map((c) => c.personId).sort((a, b) => a - b);
      const seed = input.seed ?? randomInt(0, 2_147_483_647);
      const drawn = new Set(drawSample(ids, input.size, seed));
      return {
        divisionCode: division.code,
        seed,
        population: ids.length,
        items: cadres
          .filter((c) => drawn.has(c.personId))
          .map(refOf)
          .sort(byVillageAndName),
      };
    },
  };
}
export type TSpotChecksService = ReturnType<typeof createSpotChecksService>;
