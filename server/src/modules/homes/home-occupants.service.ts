import {
  DISPATCHED_CATEGORIES,
  inScope,
  localDate,
  type THomeCadreList,
  type THomeView,
  type TOccupantAssign,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import type { TMessageParams } from '../../i18n/messages.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findHomeInScope } from './home-access.ts';
import {
  countRoomOccupants,
  deleteOccupant,
  findHousingOf,
  findPersonPosting,
  findStationedCadres,
  insertOccupant,
  isUniqueViolation,
} from './home-cadres.repository.ts';
import { findRoomsOf, lockHome } from './homes.repository.ts';
import { byVillageThenName, homeCadre, titleOf } from './homes.view.ts';

type TDeps = { db: TDb; now: () => Date; view: (id: number) => Promise<THomeView> };

const conflict = (field: string, key: 'occupant_already_housed' | 'home_room_full', params: TMessageParams) =>
  new AppError('conflict', 'validation_failed', {}, [{ field, key, params }]);

/** Who lives where: stationed cadres without a home (走读 risk), candidates for a room, moving in and out. */
export function createHomeOccupantsService(deps: TDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  /** 409 naming where the person already lives (one room per person). */
  async function alreadyHoused(exec: TDb, personId: number, name: string): Promise<AppError | null> {
    const h = await findHousingOf(exec, personId);
    if (!h) return null;
    return conflict('personId', 'occupant_already_housed', {
      name,
      home: titleOf(h, h.villageName),
      room: h.roomLabel,
    });
  }

  return {
    /** Stationed cadres in scope who live in no home, by village and name. */
    async findWithoutHome(
      scope: TScope,
      q: { township?: string; village?: string },
    ): Promise<THomeCadreList> {
      const rows = await findStationedCadres(db, scope, today(), { ...q, withoutHome: true });
      const items = rows.map(homeCadre).sort(byVillageThenName);
      return { items, total: items.length };
    },

    /** Stationed cadres of the home's township who may move in, with where each lives now. */
    async findCandidates(scope: TScope, id: number): Promise<THomeCadreList> {
      const home = await findHomeInScope(db, scope, id);
      const rows = await findStationedCadres(db, { all: true }, today(), {
        township: home.villageCode.slice(0, 9),
      });
      const items = rows.map(homeCadre).sort(byVillageThenName);
      return { items, total: items.length };
    },

    /**
     * A stationed cadre of the home's township moves into a room with a free bed, unless they live
     * somewhere already (the person's unique key settles a race between two homes). Audited.
     */
    async addOccupant(scope: TScope, id: number, input: TOccupantAssign, ctx: TActorContext) {
      const day = today();
      let name = '';
      try {
        await db.transaction(async (tx) => {
          await lockHome(tx, id);
          const home = await findHomeInScope(tx, scope, id);
          const room = (await findRoomsOf(tx, [id])).find((r) => r.id === input.roomId);
          if (!room) throw invalidField('roomId', 'home_room_unknown');
          const person = await findPersonPosting(tx, input.personId);
          // someone the caller cannot see is as unknown as a missing id: not even the name may answer
          if (!person || !inScope(scope, person.villageCode)) throw notFound();
          name = person.name;
          const stationed =
            person.villageCode !== null &&
            person.startDate !== null &&
            person.startDate <= day &&
            DISPATCHED_CATEGORIES.some((c) => c === person.category);
          if (!stationed || person.villageCode === null)
            throw invalidField('personId', 'occupant_not_stationed', { name });
          if (person.villageCode.slice(0, 9) !== home.villageCode.slice(0, 9))
            throw invalidField('personId', 'occupant_other_township', {
              name,
              township: person.townshipName ?? person.villageCode.slice(0, 9),
            });
          const housed = await alreadyHoused(tx, input.personId, name);
          if (housed) throw housed;
          if ((await countRoomOccupants(tx, room.id)) >= room.beds)
            throw conflict('roomId', 'home_room_full', { room: room.label, beds: room.beds });
          const since = input.since ?? day;
          await insertOccupant(tx, {
            homeId: id,
            roomId: room.id,
            personId: input.personId,
            since,
            createdAt: deps.now(),
          });
          await recordAudit(tx, ctx, {
            action: 'home.occupant_add',
            objectType: 'home',
            objectId: id,
            details: { personId: input.personId, name, roomId: room.id, room: room.label, since },
          });
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        throw (await alreadyHoused(db, input.personId, name)) ?? err;
      }
      return deps.view(id);
    },

    /** A cadre moves out of the home (audited); someone who does not live here cannot. */
    async removeOccupant(scope: TScope, id: number, personId: number, ctx: TActorContext) {
      await db.transaction(async (tx) => {
        await lockHome(tx, id);
        await findHomeInScope(tx, scope, id);
        const person = await findPersonPosting(tx, personId);
        // an occupant of a home in scope may be named (even if posted elsewhere since); anyone else
        // only when the caller can see them
        const row = person ? await deleteOccupant(tx, id, personId) : undefined;
        if (!person || (!row && !inScope(scope, person.villageCode))) throw notFound();
        if (!row) throw invalidField('personId', 'occupant_not_in_home', { name: person.name });
        await recordAudit(tx, ctx, {
          action: 'home.occupant_remove',
          objectType: 'home',
          objectId: id,
          details: { personId, name: person.name, roomId: row.roomId, since: row.since },
        });
      });
      return deps.view(id);
    },
  };
}
