import {
  DEFAULT_RATING_SETTINGS,
  localDate,
  type TAward,
  type TAwardList,
  type TScope,
  type ZAwardQuery,
  type ZCreateAwardRequest,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findPersonInScope } from '../cadres/cadres.repository.ts';
import { unknownDutyPhotos } from '../duty/duty-photo.repository.ts';
import {
  deleteAward,
  findAwardFileKey,
  findAwards,
  insertAward,
  type TAwardRow,
  villageInScope,
} from './awards.repository.ts';

/** The purpose of a scan or photo kept as an award's evidence. */
export const AWARD_EVIDENCE = 'award_evidence';

export type TAwardRegisterDeps = { db: TDb; now: () => Date };

const viewOf = (r: TAwardRow): TAward => ({
  id: r.id,
  personId: r.person_id,
  personName: r.person_name,
  villageCode: r.village_code,
  villageName: r.place_name,
  townshipName: r.township_name,
  level: r.level,
  title: r.title,
  issuer: r.issuer,
  documentNo: r.document_no,
  awardedOn: r.awarded_on,
  hasFile: r.file_id !== null,
  stars: DEFAULT_RATING_SETTINGS.awardStars[r.level],
});

/** 表彰登记 (docs/rules.md §4.6): the commendations that add stars, registered by the county. */
export function createAwardRegisterService({ db, now }: TAwardRegisterDeps) {
  return {
    /** Awards of cadres filed, or villages lying, in the scope. */
    async list(scope: TScope, query: z.infer<typeof ZAwardQuery>): Promise<TAwardList> {
      const rows = await findAwards(db, scope, query);
      return { items: rows.map(viewOf), total: rows.length };
    },

    /** Registers an award of a cadre or a village collective in the scope (audited). */
    async create(
      scope: TScope,
      input: z.output<typeof ZCreateAwardRequest>,
      actor: TActorContext & { userId: number },
    ): Promise<TAward> {
      if (input.personId !== null && !(await findPersonInScope(db, scope, input.personId))) throw notFound();
      if (input.villageCode !== null && !(await villageInScope(db, scope, input.villageCode)))
        throw invalidField('villageCode', 'bad_choice');
      if (input.awardedOn > localDate(now()))
        throw invalidField('awardedOn', 'award_date_future', { date: input.awardedOn });
      if (input.fileId !== null) {
        const unknown = await unknownDutyPhotos(db, actor.userId, [input.fileId], AWARD_EVIDENCE);
        if (unknown.length) throw invalidField('fileId', 'photo_unknown', { ids: unknown.join('、') });
      }
      const id = await db.transaction(async (tx) => {
        const newId = await insertAward(tx, { ...input, createdBy: actor.userId });
        await recordAudit(tx, actor, {
          action: 'award.create',
          objectType: 'award',
          objectId: String(newId),
          details: { ...input },
        });
        return newId;
      });
      const [row] = await findAwards(db, scope, { id });
      return viewOf(row as TAwardRow);
    },

    /** Removes an award registered by mistake; the audit row keeps what it was. */
    async remove(scope: TScope, id: number, actor: TActorContext): Promise<{ id: number }> {
      const [row] = await findAwards(db, scope, { id });
      if (!row) throw notFound();
      await db.transaction(async (tx) => {
        await deleteAward(tx, id);
        await recordAudit(tx, actor, {
          action: 'award.remove',
          objectType: 'award',
          objectId: String(id),
          details: { ...viewOf(row) },
        });
      });
      return { id };
    },

    /** Where an award's evidence is kept, when it is in the scope. */
    evidenceKey(scope: TScope, id: number) {
      return findAwardFileKey(db, scope, id);
    },
  };
}
export type TAwardRegisterService = ReturnType<typeof createAwardRegisterService>;
