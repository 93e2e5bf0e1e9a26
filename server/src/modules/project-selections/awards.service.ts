import {
  PROJECT_KIND_LABELS,
  SELECTION_LIMITS,
  type TProjectAward,
  type TProjectKind,
  type TScope,
  type ZUpdateCaseRequest,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  addAwardPhoto,
  countAwardPhotos,
  findAwardPhotos,
  findAwards,
  findVisibleCasePhoto,
  removeAwardPhoto,
  type TAwardRow,
  updateAwardCase,
} from './awards.repository.ts';
import { caseDocument } from './case.docx.ts';

export type TAwardsDeps = {
  db: TDb;
  now: () => Date;
  storage: TFileStorage;
  /** Of some photo ids, those that are not case photos this account uploaded. */
  unknownPhotos: (userId: number, ids: number[]) => Promise<number[]>;
};
/** The caller's scopes: projects:read (to name leaders), projects:approve (to edit a case), and whether county. */
export type TAwardCaller = { userId: number; read: TScope; write: TScope | null; manage: boolean };

const target = (r: TAwardRow) =>
  `${r.targetWhat}${r.targetQuantity === null ? '' : ` ${Number(r.targetQuantity)}${r.targetUnit}`}`;

/**
 * 典型案例: the awards of the excellent-project selection and their case pages (what was done,
 * results, photos) with a Word export. Every reader of projects sees them (they spread the example);
 * the leader is named to those whose scope holds the project; the county and the project's township edit.
 */
export function createAwardsService(deps: TAwardsDeps) {
  const { db } = deps;

  async function award(id: number, caller: TAwardCaller): Promise<TProjectAward> {
    const [r] = await findAwards(db, { id }, caller.read, caller.write);
    if (!r) throw notFound();
    const photos = await findAwardPhotos(db, id);
    return {
      id: r.id,
      selectionId: r.selectionId,
      year: r.year,
      projectId: r.projectId,
      title: r.title,
      kind: r.kind as TProjectKind,
      townshipName: r.townshipName,
      villageNames: r.villageNames,
      leaderName: r.inRead ? r.leaderName : null,
      summary: r.summary,
      target: target(r),
      budgetFen: r.budgetFen,
      beneficiaryHouseholds: r.beneficiaryHouseholds,
      beneficiaryPeople: r.beneficiaryPeople,
      startDate: r.startDate,
      actualEndDate: r.actualEndDate,
      score: r.score === null ? null : Number(r.score),
      casePractice: r.casePractice,
      caseResults: r.caseResults,
      photos: photos.map((p) => ({ photoId: p.photoId })),
      confirmedAt: r.confirmedAt.toISOString(),
      mayEdit: caller.manage || r.inWrite,
    };
  }
  /** The award when the caller may edit its case (404 otherwise: not theirs to change). */
  async function editable(id: number, caller: TAwardCaller) {
    const a = await award(id, caller);
    if (!a.mayEdit) throw notFound();
    return a;
  }

  return {
    async list(caller: TAwardCaller) {
      const rows = await findAwards(db, {}, caller.read, caller.write);
      return {
        items: rows.map((r) => ({
          id: r.id,
          year: r.year,
          projectId: r.projectId,
          title: r.title,
          kind: r.kind as TProjectKind,
          townshipName: r.townshipName,
          villageNames: r.villageNames,
          score: r.score === null ? null : Number(r.score),
        })),
      };
    },

    get: award,

    /** Writes the case page's text (主要做法, 取得成效); audited. */
    async updateCase(
      id: number,
      body: z.infer<typeof ZUpdateCaseRequest>,
      caller: TAwardCaller,
      ctx: TActorContext,
    ) {
      await editable(id, caller);
      await db.transaction(async (tx) => {
        await updateAwardCase(tx, id, { ...body, updatedAt: deps.now() });
        await recordAudit(tx, ctx, {
          action: 'selection.case_update',
          objectType: 'project_award',
          objectId: id,
        });
      });
      return award(id, caller);
    },

    /** Adds a photo the caller uploaded (at most 12); audited. */
    async addPhoto(id: number, photoId: number, caller: TAwardCaller, ctx: TActorContext) {
      await editable(id, caller);
      if ((await deps.unknownPhotos(caller.userId, [photoId])).length)
        throw invalidField('photoId', 'photo_unknown', { ids: String(photoId) });
      const n = await countAwardPhotos(db, id);
      if (n >= SELECTION_LIMITS.casePhotos)
        throw new AppError('conflict', 'case_photo_limit', { max: SELECTION_LIMITS.casePhotos });
      await db.transaction(async (tx) => {
        await addAwardPhoto(tx, id, photoId, n);
        await recordAudit(tx, ctx, {
          action: 'selection.case_photo_add',
          objectType: 'project_award',
          objectId: id,
          details: { photoId },
        });
      });
      return award(id, caller);
    },

    async removePhoto(id: number, photoId: number, caller: TAwardCaller, ctx: TActorContext) {
      await editable(id, caller);
      await db.transaction(async (tx) => {
        if (!(await removeAwardPhoto(tx, id, photoId))) throw notFound();
        await recordAudit(tx, ctx, {
          action: 'selection.case_photo_remove',
          objectType: 'project_award',
          objectId: id,
          details: { photoId },
        });
      });
      return award(id, caller);
    },

    /** The case page as a Word document, with its photos. */
    async caseDocx(id: number, caller: TAwardCaller) {
      const a = await award(id, caller);
      const photos = [];
      for (const p of await findAwardPhotos(db, id)) {
        const bytes = await deps.storage.get(p.storageKey);
        if (bytes && p.width && p.height) photos.push({ bytes, width: p.width, height: p.height });
      }
      const file = await caseDocument(a, PROJECT_KIND_LABELS[a.kind][0], photos);
      return { file, filename: `典型案例-${a.year}-${a.title}.docx` };
    },

    async photoKey(fileId: number, userId: number) {
      return findVisibleCasePhoto(db, fileId, userId);
    },
  };
}
export type TAwardsService = ReturnType<typeof createAwardsService>;
