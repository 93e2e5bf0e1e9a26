import {
  checkDutyListItems,
  checkEffectiveFrom,
  DUTY_LIST_LIMITS,
  DUTY_LIST_POSTS,
  localDate,
  type TDutyListHistory,
  type TDutyListOverview,
  type TDutyListPost,
  type TPublishDutyListRequest,
  type TSaveDutyListDraftRequest,
  type TScope,
  versionInForce,
  ZSaveDutyListDraftRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  deleteDraft,
  findAllVersions,
  findDraft,
  findPublished,
  findVersion,
  insertDraft,
  lockPost,
  publishDraft,
  type TDutyListRow,
  updateDraft,
} from './duty-lists.repository.ts';
import { published, viewOf } from './duty-lists.view.ts';

export type TDutyListsDeps = { db: TDb; now: () => Date };

/** The county's lists are the county's: a writer's scope must reach the whole county (a root code). */
function assertCountyScope(scope: TScope): void {
  if (scope.all || scope.codes.some((c) => c.length === 6)) return;
  throw new AppError('forbidden', 'duty_list_county_only');
}

/** The refusals zod cannot make alone: no duty, a long heading, a heading with nothing under it. */
function checkItems(items: TSaveDutyListDraftRequest['items']): void {
  const problem = checkDutyListItems(items);
  if (!problem) return;
  if (problem.kind === 'no_duty') throw invalidField('items', 'duty_list_no_duty');
  const field = `items.${problem.index}.wording`;
  if (problem.kind === 'heading_too_long')
    throw invalidField(field, 'duty_list_heading_too_long', { maximum: DUTY_LIST_LIMITS.heading });
  throw invalidField(field, 'duty_list_empty_heading');
}

/** A published version is never changed or removed (409 naming its number and date). */
function assertDraft(row: TDutyListRow): void {
  if (row.status === 'draft') return;
  throw new AppError('conflict', 'duty_list_published', {
    post: row.category,
    versionNo: row.versionNo ?? 0,
    date: row.effectiveFrom ?? '',
  });
}

/** 岗位职责清单 (docs/rules.md §4.8): the county's templates per post, drafts, dated versions, history. */
export function createDutyListsService({ db, now }: TDutyListsDeps) {
  const today = () => localDate(now());

  return {
    /** The five posts with the version in force on a day (default today), those dated later, and the draft. */
    async overview(on: string | undefined, mayEdit: boolean): Promise<TDutyListOverview> {
      const day = on ?? today();
      const rows = await findAllVersions(db);
      return {
        on: day,
        posts: DUTY_LIST_POSTS.map((category) => {
          const mine = rows.filter((r) => r.category === category);
          const versions = published(mine);
          const draft = mine.find((r) => r.status === 'draft');
          const inForce = versionInForce(versions, day);
          return {
            category,
            inForce: inForce ? viewOf(inForce.row) : null,
            scheduled: versions
              .filter((v) => v.effectiveFrom > day)
              .sort((a, b) => a.versionNo - b.versionNo)
              .map((v) => viewOf(v.row)),
            draft: mayEdit && draft ? viewOf(draft) : null,
            publishedCount: versions.length,
          };
        }),
      };
    },

    /** Every published version of a post, newest first, and which one is in force today. */
    async history(category: TDutyListPost): Promise<TDutyListHistory> {
      const versions = published(await findPublished(db, [category])).sort(
        (a, b) => b.versionNo - a.versionNo,
      );
      return {
        category,
        versions: versions.map((v) => viewOf(v.row)),
        inForceId: versionInForce(versions, today())?.row.id ?? null,
      };
    },

    /** One version; a draft is the county's working copy, not found for anyone who may not edit it. */
    async get(id: number, mayEdit: boolean) {
      const row = await findVersion(db, id);
      if (!row || (row.status === 'draft' && !mayEdit)) throw notFound();
      return viewOf(row);
    },

    /** Saves the post's draft: made on first save, edited in place until published; audited. */
    async saveDraft(scope: TScope, input: TSaveDutyListDraftRequest, ctx: TActorContext) {
      assertCountyScope(scope);
      const body = ZSaveDutyListDraftRequest.parse(input);
      checkItems(body.items);
      const at = now();
      const userId = ctx.userId as number;
      return db.transaction(async (tx) => {
        await lockPost(tx, body.category);
        const existing = await findDraft(tx, body.category);
        const values = { items: body.items, note: body.note, userId, at };
        const row = existing
          ? await updateDraft(tx, existing.id, values)
          : await insertDraft(tx, { ...values, category: body.category });
        await recordAudit(tx, ctx, {
          action: 'duty_list.draft_save',
          objectType: 'duty_list_version',
          objectId: row.id,
          details: { post: body.category, lines: body.items.length, created: !existing },
        });
        return viewOf(row);
      });
    },

    /**
     * Publishes a draft as the post's next version, in force from a date: today or later, not before
     * the latest version's date, within a year. The version is frozen from then on; audited.
     */
    async publish(scope: TScope, id: number, input: TPublishDutyListRequest, ctx: TActorContext) {
      assertCountyScope(scope);
      const found = await findVersion(db, id);
      if (!found) throw notFound();
      assertDraft(found);
      const category = found.category as TDutyListPost;
      const at = now();
      return db.transaction(async (tx) => {
        await lockPost(tx, category);
        const draft = await findVersion(tx, id);
        if (!draft) throw notFound();
        assertDraft(draft);
        const versions = published(await findPublished(tx, [category]));
        const latest = versions.reduce<(typeof versions)[number] | null>(
          (a, v) => (!a || v.versionNo > a.versionNo ? v : a),
          null,
        );
        const problem = checkEffectiveFrom(input.effectiveFrom, localDate(at), latest);
        if (problem?.kind === 'before_today')
          throw invalidField('effectiveFrom', 'duty_list_before_today', {
            date: input.effectiveFrom,
            today: problem.today,
          });
        if (problem?.kind === 'before_latest')
          throw invalidField('effectiveFrom', 'duty_list_before_latest', {
            latest: problem.latest,
            versionNo: problem.versionNo,
          });
        if (problem?.kind === 'too_far')
          throw invalidField('effectiveFrom', 'duty_list_too_far', { last: problem.last });
        const versionNo = (latest?.versionNo ?? 0) + 1;
        const row = await publishDraft(tx, id, {
          versionNo,
          effectiveFrom: input.effectiveFrom,
          userId: ctx.userId as number,
          at,
        });
        await recordAudit(tx, ctx, {
          action: 'duty_list.publish',
          objectType: 'duty_list_version',
          objectId: id,
          details: { post: category, versionNo, effectiveFrom: input.effectiveFrom, lines: row.items.length },
        });
        return viewOf(row);
      });
    },

    /** Discards a draft (the versions published stay); audited. */
    async discard(scope: TScope, id: number, ctx: TActorContext): Promise<void> {
      assertCountyScope(scope);
      const found = await findVersion(db, id);
      if (!found) throw notFound();
      assertDraft(found);
      await db.transaction(async (tx) => {
        await lockPost(tx, found.category as TDutyListPost);
        const draft = await findVersion(tx, id);
        if (!draft) throw notFound();
        assertDraft(draft);
        await deleteDraft(tx, id);
        await recordAudit(tx, ctx, {
          action: 'duty_list.draft_discard',
          objectType: 'duty_list_version',
          objectId: id,
          details: { post: draft.category, lines: draft.items.length },
        });
      });
    },
  };
}

export type TDutyListsService = ReturnType<typeof createDutyListsService>;
