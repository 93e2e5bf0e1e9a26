import {
  attendanceRefusal,
  DISPATCHED_CATEGORIES,
  formatLocalMinute,
  isInMeeting,
  isOrganiserOf,
  localDate,
  type TMeetingCreateFacts,
  type TMeetingList,
  type TMeetingView,
  type TMyMeetingList,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPersonByUser } from '../cadres/cadres.repository.ts';
import { inviteesOf, itemOf, itemsOf, selectionOf } from './meeting-view.ts';
import {
  findDecisions,
  findMeetings,
  findMeetingsOfPerson,
  findPostedCadres,
  insertInvitees,
  insertMeeting,
  type TMeetingRow,
} from './meetings.repository.ts';

export type TMeetingsDeps = { db: TDb; now: () => Date };

/** A local minute (`YYYY-MM-DDTHH:MM`, Asia/Shanghai, UTC+8 all year) as an instant, or null when no such minute. */
export function instantOfLocal(localMinute: string): Date | null {
  const at = new Date(`${localMinute}:00+08:00`);
  return !Number.isNaN(at.getTime()) && formatLocalMinute(at) === localMinute.replace('T', ' ') ? at : null;
}

/** The meeting seen in a scope (organised within it, or inviting someone posted in it), or 404. */
export async function meetingIn(db: TDb, scope: TScope, id: number) {
  const [row] = await findMeetings(db, scope, { id }, 1);
  if (!row) throw notFound();
  return row;
}

/** 会议 / 视频点名: schedule, list and read meetings; a cadre's own (docs/rules.md §4.12). */
export function createMeetingsService(deps: TMeetingsDeps) {
  const { db } = deps;

  /** The invitees a selection expands to: cadres posted today in the meeting's division (stored per invitee). */
  async function expand(divisionCode: string, input: TMeetingCreateFacts['invitees']) {
    const today = localDate(deps.now());
    const outside = input.townships.find((c) => !isInMeeting(divisionCode, c));
    if (outside) throw invalidField('invitees.townships', 'meeting_outside', { code: outside });
    const byGroup =
      input.townships.length || input.categories.length
        ? await findPostedCadres(db, {
            prefixes: input.townships.length ? input.townships : [divisionCode],
            categories: input.categories.length ? input.categories : DISPATCHED_CATEGORIES,
            date: today,
          })
        : [];
    const ids = [...new Set(input.personIds)];
    const named = ids.length
      ? await findPostedCadres(db, {
          prefixes: [divisionCode],
          categories: [...DISPATCHED_CATEGORIES, 'village_committee'],
          date: today,
          personIds: ids,
        })
      : [];
    const unknown = ids.filter((id) => !named.some((n) => n.personId === id));
    if (unknown.length)
      throw invalidField('invitees.personIds', 'meeting_invitee_unknown', { ids: unknown.join(', ') });
    const all = new Map([...byGroup, ...named].map((c) => [c.personId, c.villageCode]));
    if (all.size === 0) throw invalidField('invitees', 'meeting_no_invitees');
    return all;
  }

  /** A meeting as its page shows it, to a reader in the scope. */
  async function viewOf(
    scope: TScope,
    row: { meeting: TMeetingRow; divisionName: string },
  ): Promise<TMeetingView> {
    const m = row.meeting;
    const invitees = (await inviteesOf(db, [m], scope)).get(m.id) ?? [];
    const [item] = await itemsOf(db, [row], scope);
    return {
      ...item!,
      selection: selectionOf(m.selection),
      invitees,
      minutes: m.minutes,
      minutesUpdatedAt: m.minutesUpdatedAt?.toISOString() ?? null,
      decisions: (await findDecisions(db, m.id)).map((d) => ({
        id: d.id,
        text: d.text,
        taskId: d.taskId,
        createdAt: d.createdAt.toISOString(),
      })),
      mayManage: isOrganiserOf(scope, m.divisionCode),
      markable: attendanceRefusal(m.startsAt, deps.now()) === null,
    };
  }

  return {
    viewOf,

    /**
     * Schedules a meeting or roll call at the organiser's own level (the county for the county, a township for
     * itself), its invitees fixed as the cadres posted in scope today; audited in the same transaction.
     */
    async create(
      scope: TScope,
      input: TMeetingCreateFacts,
      actor: { userId: number },
      ctx: TActorContext,
    ): Promise<TMeetingView> {
      if (!isOrganiserOf(scope, input.divisionCode)) throw invalidField('divisionCode', 'meeting_level');
      const startsAt = instantOfLocal(input.startsAt);
      if (!startsAt) throw invalidField('startsAt', 'bad_format');
      const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
      const invitees = await expand(input.divisionCode, input.invitees);
      const id = await db.transaction(async (tx) => {
        const m = await insertMeeting(tx, {
          kind: input.kind,
          title: input.title,
          divisionCode: input.divisionCode,
          startsAt,
          endsAt,
          videoUrl: input.videoUrl,
          selection: input.invitees,
          createdBy: actor.userId,
          createdAt: deps.now(),
        });
        await insertInvitees(
          tx,
          [...invitees].map(([personId, villageCode]) => ({ meetingId: m.id, personId, villageCode })),
        );
        await recordAudit(tx, ctx, {
          action: 'meeting.create',
          objectType: 'meeting',
          objectId: m.id,
          details: {
            kind: input.kind,
            title: input.title,
            divisionCode: input.divisionCode,
            startsAt: input.startsAt,
            durationMinutes: input.durationMinutes,
            invitees: invitees.size,
          },
        });
        return m.id;
      });
      return viewOf(scope, await meetingIn(db, scope, id));
    },

    /** Meetings seen in the scope: upcoming (not yet ended) soonest first, or past latest first. */
    async list(
      scope: TScope,
      q: { when?: 'upcoming' | 'past'; township?: string; kind?: string },
    ): Promise<TMeetingList> {
      const now = deps.now();
      const rows = await findMeetings(db, scope, {
        ...(q.when === 'past' ? { pastAt: now } : { upcomingAt: now }),
        ...(q.township ? { township: q.township } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
      });
      return { items: await itemsOf(db, rows, scope) };
    },

    /** One meeting seen in the scope (404 otherwise), its invitees those posted in the scope. */
    async get(scope: TScope, id: number): Promise<TMeetingView> {
      return viewOf(scope, await meetingIn(db, scope, id));
    },

    /** The meetings the cadre is invited to, from a week ago on, with the link and their attendance. */
    async mine(userId: number): Promise<TMyMeetingList> {
      const person = await findPersonByUser(db, userId);
      if (!person) return { items: [] };
      const now = deps.now();
      const rows = await findMeetingsOfPerson(db, person.id, new Date(now.getTime() - 7 * 86_400_000));
      const own = { all: false as const, codes: [...new Set(rows.map((r) => r.invitee.villageCode))] };
      const invitees = await inviteesOf(
        db,
        rows.map((r) => r.meeting),
        own,
      );
      return {
        items: rows.map((r) => {
          const { counts: _, ...item } = itemOf(r.meeting, r.divisionName, {
            present: 0,
            absent: 0,
            excused: 0,
            unmarked: 0,
          });
          const me = invitees.get(r.meeting.id)?.find((i) => i.personId === person.id);
          return { ...item, attendance: me?.attendance ?? null };
        }),
      };
    },
  };
}
export type TMeetingsService = ReturnType<typeof createMeetingsService>;
