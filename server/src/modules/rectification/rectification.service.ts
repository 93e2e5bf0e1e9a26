import {
  inScope,
  localDate,
  RECTIFICATION_STATES,
  type TRectificationActionBody,
  type TRectificationActionPath,
  type TRectificationLevel,
  type TRectificationListQuery,
  type TRectificationState,
  type TRoleAssignment,
  type TScope,
  type ZRectificationCreate,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPersonInScope } from '../cadres/cadres.repository.ts';
import { actOnRectification, type TRectificationActor } from './rectification.act.ts';
import {
  countRectifications,
  findDivision,
  findMeasuresAndOwners,
  findRectificationEvents,
  findRectifications,
  insertMeasures,
  insertOwners,
  insertRectification,
  insertRectificationEvent,
  type TRectificationFilter,
} from './rectification.repository.ts';
import { viewerActions } from './rectification.rules.ts';
import { rectificationListItem, rectificationView } from './rectification.view.ts';
import type { TRectificationNotify } from './rectification-notices.ts';
import { findVisibleRectificationPhoto } from './rectification-photo.repository.ts';

export type TRectificationDeps = { db: TDb; now: () => Date; notify: TRectificationNotify };

/** The list's query as the repository's filter (the export reads the same). */
export const filterOf = (
  q: Omit<TRectificationListQuery, 'page' | 'pageSize'>,
  today: string,
): TRectificationFilter => ({
  source: q.source,
  state: q.state,
  level: q.level,
  township: q.township,
  awaiting: q.awaiting,
  ...(q.overdue ? { overdueOn: today } : {}),
});

/** 整改台账: register a problem, the ledger with counts by state, one problem with its timeline, each step. */
export function createRectificationService(deps: TRectificationDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function viewOf(scope: TScope, id: number, grants: readonly TRoleAssignment[]) {
    const day = today();
    const { items } = await findRectifications(db, scope, { ids: [id] });
    const w = items[0];
    if (!w) throw notFound();
    const [parts, events] = await Promise.all([
      findMeasuresAndOwners(db, [id]),
      findRectificationEvents(db, id),
    ]);
    const facts = {
      state: w.item.state as TRectificationState,
      level: w.item.level as TRectificationLevel,
      superviseLevel: w.item.superviseLevel as TRectificationLevel,
      divisionCode: w.item.divisionCode,
    };
    return rectificationView(w, day, parts, events, viewerActions(facts, grants));
  }

  return {
    /**
     * Registers a problem with its measures and owners in one step (the county anywhere, a township in
     * its own township): the division must be of the stated level and in scope, the deadline not past,
     * a registry person in scope. Audited, and its timeline starts.
     */
    async create(
      scope: TScope,
      input: z.infer<typeof ZRectificationCreate>,
      actor: TRectificationActor & { grants: readonly TRoleAssignment[] },
      ctx: TActorContext,
    ) {
      const division = await findDivision(db, input.divisionCode);
      if (!division || !inScope(scope, division.code)) throw notFound();
      if (division.level !== input.level)
        throw invalidField('divisionCode', 'rectification_division_level', {
          rectificationLevel: input.level,
        });
      const day = today();
      if (input.deadline < day) throw invalidField('deadline', 'rectification_deadline_past', { date: day });
      const owners: { role: string; name: string; personId: number | null }[] = [];
      for (const [i, o] of input.owners.entries()) {
        if (!o.personId) {
          owners.push({ role: o.role, name: o.name, personId: null });
          continue;
        }
        const person = await findPersonInScope(db, scope, o.personId);
        if (!person) throw invalidField(`owners.${i}.personId`, 'rectification_person_unknown');
        owners.push({ role: o.role, name: person.name, personId: person.id });
      }
      const now = deps.now();
      const id = await db.transaction(async (tx) => {
        const row = await insertRectification(tx, {
          source: input.source,
          sourceRef: input.sourceRef,
          problem: input.problem,
          level: input.level,
          divisionCode: division.code,
          superviseLevel: input.level,
          state: 'open',
          deadline: input.deadline,
          evidenceRequired: input.evidenceRequired,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await insertMeasures(
          tx,
          input.measures.map((m, position) => ({
            itemId: row.id,
            position,
            text: m.text,
            deadline: m.deadline ?? input.deadline,
          })),
        );
        await insertOwners(
          tx,
          owners.map((o, position) => ({ itemId: row.id, position, ...o })),
        );
        await insertRectificationEvent(tx, {
          itemId: row.id,
          at: now,
          actorKind: 'user',
          actorUserId: actor.userId,
          action: 'create',
          fromState: null,
          toState: 'open',
          superviseLevel: input.level,
          note: null,
        });
        await recordAudit(tx, ctx, {
          action: 'rectification.create',
          objectType: 'rectification_item',
          objectId: row.id,
          details: { source: input.source, level: input.level, divisionCode: division.code },
        });
        return row.id;
      });
      return viewOf({ all: true }, id, actor.grants);
    },

    /** The ledger in scope: most pressing first, closed last; counts by state under the other filters. */
    async list(scope: TScope, q: TRectificationListQuery) {
      const day = today();
      const f = filterOf(q, day);
      const [{ items, total }, counted] = await Promise.all([
        findRectifications(db, scope, f, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
        countRectifications(db, scope, { ...f, state: undefined }, day),
      ]);
      const counts = Object.fromEntries(RECTIFICATION_STATES.map((s) => [s, 0])) as Record<
        TRectificationState,
        number
      >;
      for (const c of counted) counts[c.state] = c.n;
      return {
        items: items.map((w) => rectificationListItem(w, day)),
        total,
        counts,
        overdue: counted.reduce((n, c) => n + c.overdue, 0),
        today: day,
      };
    },

    get: viewOf,

    /** One step of the state machine (rectification.act.ts), then the problem as the actor now sees it. */
    async act(
      scope: TScope,
      id: number,
      path: TRectificationActionPath,
      body: TRectificationActionBody,
      actor: TRectificationActor,
      ctx: TActorContext,
    ) {
      await actOnRectification(deps, scope, id, path, body, actor, ctx);
      return viewOf(scope, id, actor.grants);
    },

    /** Where a report's photo is kept, when the caller may see it (their own upload, or in scope). */
    photoKey: (scope: TScope, fileId: number, userId: number) =>
      findVisibleRectificationPhoto(db, fileId, userId, scope),
  };
}
export type TRectificationService = ReturnType<typeof createRectificationService>;
