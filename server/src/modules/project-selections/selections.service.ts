import {
  localDate,
  selectionRefusal,
  type TRole,
  type TScope,
  type TSelectionAction,
  type TSelectionRefusal,
  type TSelectionStage,
  type ZCreateSelectionRequest,
  type ZSetQuotasRequest,
} from '@zhucun/core';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { projectSelections } from '../../db/schema.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { createSelectionDecisions } from './selections.decide.ts';
import { createNominations } from './selections.nominate.ts';
import {
  findPanelCandidates,
  findQuotas,
  findSelection,
  findSelectionByYear,
  findSelections,
  findUnitNames,
  replaceQuotas,
  type TSelectionRow,
  unknownTownships,
} from './selections.repository.ts';
import { createScoring } from './selections.scoring.ts';
import { selectionFacts, selectionView, type TSelectionCaller } from './selections.view.ts';

export type TSelectionsDeps = { db: TDb; now: () => Date; rules: TRulesService };

/** Who calls: their account, roles and the scopes their permissions reach. */
export type TSelectionActor = {
  userId: number;
  roles: readonly TRole[];
  permissions: readonly string[];
  readScope: TScope;
  nominateScope: TScope;
};

export const callerOf = (a: TSelectionActor): TSelectionCaller => ({
  roles: a.roles,
  userId: a.userId,
  readScope: a.readScope,
  mayManage: a.permissions.includes('selections:manage'),
  mayNominate: a.permissions.includes('selections:nominate'),
});

const REFUSAL_STATUS: Record<TSelectionRefusal, 'conflict' | 'forbidden'> = {
  wrong_stage: 'conflict',
  not_allowed: 'forbidden',
  no_nominations: 'conflict',
  over_quota: 'conflict',
  too_few_scores: 'conflict',
  notice_running: 'conflict',
  objections_open: 'conflict',
};

/** The selection's refusal of `action` now as an error naming what is in the way (null: allowed). */
export async function refusalError(
  db: TDb,
  s: TSelectionRow,
  action: TSelectionAction,
  actor: { roles: readonly TRole[]; onPanel: boolean },
  today: string,
): Promise<AppError | null> {
  const { facts, over, fewest } = await selectionFacts(db, s, today);
  const refusal = selectionRefusal(action, s.state as TSelectionStage, actor, facts);
  if (refusal === null) return null;
  const params: Record<string, string | number> = {
    selectionStage: s.state,
    selectionAction: action,
    townships: over.map((o) => o.townshipCode).join('、'),
    title: fewest?.nomination.title ?? '',
    count: refusal === 'objections_open' ? facts.openObjections : (fewest?.count ?? 0),
    noticeEnd: s.noticeEnd ?? '',
  };
  if (refusal === 'over_quota') {
    const names = new Map((await findQuotas(db, s.id)).map((q) => [q.townshipCode, q.townshipName]));
    params.townships = over.map((o) => names.get(o.townshipCode) ?? o.townshipCode).join('、');
  }
  return new AppError(
    REFUSAL_STATUS[refusal],
    refusal === 'not_allowed' ? 'forbidden' : `selection_${refusal}`,
    params,
  );
}

/** 优秀创新项目评选: a year's selection from nominations to the confirmed awards. */
export function createSelectionsService(deps: TSelectionsDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function selection(id: number, lock?: TDb): Promise<TSelectionRow> {
    const s = await findSelection(lock ?? db, id, !!lock);
    if (!s) throw notFound();
    return s;
  }
  async function view(id: number, actor: TSelectionActor) {
    return selectionView(db, await selection(id), callerOf(actor), deps.now());
  }
  /** Checks the quotas name each township of the county once (400 naming the field otherwise). */
  async function checkQuotas(quotas: { townshipCode: string }[]) {
    const codes = quotas.map((q) => q.townshipCode);
    const twice = codes.findIndex((c, i) => codes.indexOf(c) !== i);
    if (twice >= 0) throw invalidField(`quotas.${twice}.townshipCode`, 'selection_quota_duplicate');
    const unknown = await unknownTownships(db, codes);
    if (unknown.length)
      throw invalidField(`quotas.${codes.indexOf(unknown[0]!)}.townshipCode`, 'selection_township_unknown', {
        code: unknown[0]!,
      });
  }
  const ctxDeps = { ...deps, selection, view, today };

  return {
    ...createNominations(ctxDeps),
    ...createScoring(ctxDeps),
    ...createSelectionDecisions(ctxDeps),

    /** The years' selections, newest first. */
    async list() {
      const items = await findSelections(db);
      return { items: items.map((s) => ({ ...s, stage: s.state as TSelectionStage })) };
    },

    get: view,

    /** The county opens a year's selection (one per year) with each township's quota; audited. */
    async open(body: z.infer<typeof ZCreateSelectionRequest>, actor: TSelectionActor, ctx: TActorContext) {
      const max = Number(today().slice(0, 4)) + 1;
      if (body.year > max) throw invalidField('year', 'selection_year_late', { max });
      if (await findSelectionByYear(db, body.year))
        throw new AppError('conflict', 'selection_year_exists', { year: body.year });
      await checkQuotas(body.quotas);
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(projectSelections)
          .values({
            year: body.year,
            awardCount: body.awardCount,
            nominationsCloseOn: body.nominationsCloseOn,
            createdBy: actor.userId,
            createdAt: deps.now(),
          })
          .onConflictDoNothing()
          .returning({ id: projectSelections.id });
        if (!row) throw new AppError('conflict', 'selection_year_exists', { year: body.year });
        await replaceQuotas(tx, row.id, body.quotas);
        await recordAudit(tx, ctx, {
          action: 'selection.open',
          objectType: 'project_selection',
          objectId: row.id,
          details: { year: body.year, awardCount: body.awardCount, quotas: body.quotas },
        });
        return row.id;
      });
      return view(id, actor);
    },

    /** Sets the quotas (and the award count) while townships nominate; audited. */
    async setQuotas(
      id: number,
      body: z.infer<typeof ZSetQuotasRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      await checkQuotas(body.quotas);
      await db.transaction(async (tx) => {
        const s = await selection(id, tx);
        if (s.state !== 'nominating')
          throw new AppError('conflict', 'selection_wrong_stage', {
            selectionStage: s.state,
            selectionAction: 'nominate',
          });
        await replaceQuotas(tx, id, body.quotas);
        if (body.awardCount)
          await tx
            .update(projectSelections)
            .set({ awardCount: body.awardCount })
            .where(eq(projectSelections.id, id));
        await recordAudit(tx, ctx, {
          action: 'selection.set_quotas',
          objectType: 'project_selection',
          objectId: id,
          details: { quotas: body.quotas, awardCount: body.awardCount ?? s.awardCount },
        });
      });
      return view(id, actor);
    },

    /** Accounts the county may seat on a panel, with the township and unit their roles tie them to. */
    async panelCandidates(q: string | undefined) {
      const rows = await findPanelCandidates(db, q);
      const names = await findUnitNames(
        db,
        rows.flatMap((r) => (r.unitId ? [r.unitId] : [])),
      );
      return {
        items: rows.map((r) => ({ ...r, unitName: r.unitId ? (names.get(r.unitId) ?? null) : null })),
      };
    },
  };
}
export type TSelectionsService = ReturnType<typeof createSelectionsService>;
export type TSelectionsContext = {
  db: TDb;
  now: () => Date;
  rules: TRulesService;
  selection: (id: number, lock?: TDb) => Promise<TSelectionRow>;
  view: (id: number, actor: TSelectionActor) => ReturnType<typeof selectionView>;
  today: () => string;
};
