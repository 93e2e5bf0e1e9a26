import { scoreConflict, type TMyScoring, type TPanelTasks, type ZScoreRequest } from '@zhucun/core';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  findNomination,
  findNominations,
  findScores,
  findSeat,
  findSeats,
  type TSelectionRow,
  upsertScore,
} from './selections.repository.ts';
import type { TSelectionsContext } from './selections.service.ts';
import { conflictFacts } from './selections.view.ts';

/** 评审打分: each panel member scores alone, never a project of their own township or unit (回避). */
export function createScoring(c: TSelectionsContext) {
  const { db } = c;

  /** The caller's seat on the selection's panel (403 naming the year when they have none). */
  async function seatOf(s: TSelectionRow, userId: number) {
    const seat = await findSeat(db, s.id, userId);
    if (!seat) throw new AppError('forbidden', 'not_on_panel', { year: s.year });
    return seat;
  }

  const api = {
    /**
     * A panel member's own sheet: the nominated projects with what was done (never who leads them:
     * the panel scores projects, not people), which of them they must leave to others (回避) and
     * their own scores only; nobody else's before the notice.
     */
    async myScoring(selectionId: number, userId: number): Promise<TMyScoring> {
      const s = await c.selection(selectionId);
      const seat = await seatOf(s, userId);
      const rows = (await findNominations(db, s.id, { all: false, codes: [] })).filter((r) => !r.withdrawnAt);
      const facts = await conflictFacts(db, rows);
      const mine = (await findScores(db, s.id)).filter((x) => x.panelMemberId === seat.id);
      return {
        selectionId: s.id,
        year: s.year,
        stage: s.state as TMyScoring['stage'],
        member: { name: seat.name, townshipName: seat.townshipName, unitName: seat.unitName },
        items: rows.map((r) => {
          const own = mine.find((x) => x.nominationId === r.id);
          const quantity = r.targetQuantity === null ? '' : ` ${Number(r.targetQuantity)}${r.targetUnit}`;
          return {
            nominationId: r.id,
            projectId: r.projectId,
            title: r.title,
            kind: r.kind as TMyScoring['items'][number]['kind'],
            townshipName: r.townshipName,
            villageNames: r.villageNames,
            summary: r.summary,
            target: `${r.targetWhat}${quantity}`,
            beneficiaryHouseholds: r.beneficiaryHouseholds,
            beneficiaryPeople: r.beneficiaryPeople,
            budgetFen: r.budgetFen,
            reason: r.reason,
            conflict: scoreConflict(seat, facts(r)),
            myScore: own ? Number(own.score) : null,
            myComment: own?.comment ?? '',
          };
        }),
      };
    },

    /**
     * A panel member's score of one nomination while scoring (a second call corrects it): refused 403
     * for a project of their own township or unit, naming the reason; audited.
     */
    async score(
      nominationId: number,
      body: z.infer<typeof ZScoreRequest>,
      userId: number,
      ctx: TActorContext,
    ) {
      const n = await findNomination(db, nominationId);
      if (!n) throw notFound();
      const s = await c.selection(n.selectionId);
      const seat = await seatOf(s, userId);
      if (s.state !== 'scoring')
        throw new AppError('conflict', 'selection_wrong_stage', {
          selectionStage: s.state,
          selectionAction: 'score',
        });
      if (n.withdrawnAt) throw new AppError('conflict', 'nomination_withdrawn');
      const [row] = (await findNominations(db, s.id, { all: false, codes: [] })).filter((r) => r.id === n.id);
      const conflict = scoreConflict(seat, (await conflictFacts(db, [row!]))(row!));
      if (conflict) throw new AppError('forbidden', `score_${conflict}`, { title: row!.title });
      await db.transaction(async (tx) => {
        const locked = await c.selection(s.id, tx);
        if (locked.state !== 'scoring')
          throw new AppError('conflict', 'selection_wrong_stage', {
            selectionStage: locked.state,
            selectionAction: 'score',
          });
        await upsertScore(tx, {
          panelMemberId: seat.id,
          nominationId: n.id,
          score: body.score,
          comment: body.comment,
          scoredAt: c.now(),
        });
        await recordAudit(tx, ctx, {
          action: 'selection.score',
          objectType: 'project_nomination',
          objectId: n.id,
          details: { selectionId: s.id, panelMemberId: seat.id, score: body.score },
        });
      });
      return api.myScoring(s.id, userId);
    },

    /** The selections the caller sits on the panel of, and how many projects still wait for their score. */
    async panelTasks(userId: number): Promise<TPanelTasks> {
      const seats = await findSeats(db, userId);
      const items = [];
      for (const seat of seats) {
        const sheet = seat.stage === 'scoring' ? await api.myScoring(seat.selectionId, userId) : null;
        items.push({
          selectionId: seat.selectionId,
          year: seat.year,
          stage: seat.stage as TPanelTasks['items'][number]['stage'],
          toScore: sheet ? sheet.items.filter((i) => !i.conflict && i.myScore === null).length : 0,
        });
      }
      return { items };
    },
  };
  return api;
}
