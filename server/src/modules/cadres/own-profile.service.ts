import { localDate } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findUserByPhone, updateUser } from '../users/users.repository.ts';
import { findPerson, findPersonByUser, findPostingsOf, updatePerson } from './cadres.repository.ts';
import { toProfile } from './cadres.view.ts';

/** A cadre's own registry entry: read it, and correct the phone (the registry's and the account's). */
export function createOwnProfileService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;

  async function profileOf(personId: number) {
    const person = await findPerson(db, personId);
    return toProfile(person!, await findPostingsOf(db, personId), localDate(deps.now()));
  }

  return {
    async get(userId: number) {
      const person = await findPersonByUser(db, userId);
      if (!person) throw notFound();
      return profileOf(person.id);
    },

    async updatePhone(userId: number, phone: string, ctx: TActorContext) {
      const person = await findPersonByUser(db, userId);
      if (!person) throw notFound();
      const other = await findUserByPhone(db, phone);
      if (other && other.id !== userId)
        throw new AppError('conflict', 'validation_failed', {}, [
          { field: 'phone', key: 'phone_taken', params: { value: phone } },
        ]);
      await db.transaction(async (tx) => {
        await updatePerson(tx, person.id, { phone });
        await updateUser(tx, userId, { phone });
        await recordAudit(tx, ctx, {
          action: 'cadre.update_own_phone',
          objectType: 'cadre',
          objectId: person.id,
        });
      });
      return profileOf(person.id);
    },
  };
}
export type TOwnProfileService = ReturnType<typeof createOwnProfileService>;
