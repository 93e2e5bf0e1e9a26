import {
  groupBy,
  inScope,
  localDate,
  type THomeList,
  type THomeListItem,
  type THomeListQuery,
  type THomeSummary,
  type THomeView,
  type TScope,
  type ZHomeCreate,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound, type TErrorDetail } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivision } from '../divisions/divisions.repository.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { findHomeInScope } from './home-access.ts';
import { findStationedCadres } from './home-cadres.repository.ts';
import { createHomeOccupantsService } from './home-occupants.service.ts';
import { removeHome } from './homes.remove.ts';
import {
  countOccupantsByRoom,
  findHomes,
  findOccupantsOf,
  findPhotoIdsOf,
  findRoomsOf,
  findTownshipsIn,
  insertHome,
  insertRooms,
  type THomeFilter,
} from './homes.repository.ts';
import { checkHomeFacts, homeColumns, type THomeFactsInput } from './homes.rules.ts';
import { replaceHomeFacts } from './homes.update.ts';
import { byVillageThenTitle, homeListItem, homeView } from './homes.view.ts';

export type THomesDeps = {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
  /** Where a deleted home's photos and contract file are kept (removed after the deletion commits). */
  storage: Pick<TFileStorage, 'remove'>;
  warn: (details: object, message: string) => void;
};
type THomeCreateInput = z.infer<typeof ZHomeCreate>;

const invalid = (details: TErrorDetail[]) => new AppError('validation', 'validation_failed', {}, details);

/** 标准化家园: register homes and their rooms, read them with what they lack, count them by township. */
export function createHomesService(deps: THomesDeps) {
  const { db } = deps;
  const standard = async () => (await deps.rules.get()).homeFacilities;

  /** A home as the browser shows it (the caller has checked the scope). */
  async function view(id: number): Promise<THomeView> {
    const [w] = await findHomes(db, { all: true }, { ids: [id] });
    if (!w) throw notFound();
    const rooms = await findRoomsOf(db, [id]);
    const occupants = await findOccupantsOf(db, id);
    const photoIds = await findPhotoIdsOf(db, id);
    return homeView(w, rooms, occupants, photoIds, await standard(), localDate(deps.now()));
  }

  /** Homes in scope as list items, in a fixed number of queries however many homes there are. */
  async function listItems(scope: TScope, f: THomeFilter): Promise<THomeListItem[]> {
    const homes = await findHomes(db, scope, f);
    const ids = homes.map((h) => h.home.id);
    const rooms = await findRoomsOf(db, ids);
    const occupants = await countOccupantsByRoom(db, ids);
    const std = await standard();
    const today = localDate(deps.now());
    const roomsOf = groupBy(rooms, (r) => r.homeId);
    return homes
      .map((w) => homeListItem(w, roomsOf.get(w.home.id) ?? [], occupants, std, today))
      .sort(byVillageThenTitle);
  }

  const occupants = createHomeOccupantsService({ db, now: deps.now, view });

  return {
    ...occupants,

    /** Registers a home in a village of the caller's scope, with its rooms in the order given (audited). */
    async create(scope: TScope, input: THomeCreateInput, ctx: TActorContext): Promise<THomeView> {
      const details = checkHomeFacts(input);
      input.rooms.forEach((r, i) => {
        if (r.id !== undefined) details.push({ field: `rooms.${i}.id`, key: 'home_room_unknown' });
      });
      const village = await findDivision(db, input.villageCode);
      const code = { code: input.villageCode };
      if (village?.level !== 'village')
        details.push({ field: 'villageCode', key: 'village_unknown', params: code });
      else if (!inScope(scope, input.villageCode))
        details.push({ field: 'villageCode', key: 'village_out_of_scope', params: code });
      if (details.length) throw invalid(details);
      const at = deps.now();
      const id = await db.transaction(async (tx) => {
        const home = await insertHome(tx, {
          villageCode: input.villageCode,
          ...homeColumns(input),
          createdBy: ctx.userId,
          createdAt: at,
          updatedAt: at,
        });
        await insertRooms(
          tx,
          input.rooms.map((r, position) => ({ homeId: home.id, label: r.label, beds: r.beds, position })),
        );
        await recordAudit(tx, ctx, {
          action: 'home.create',
          objectType: 'home',
          objectId: home.id,
          details: {
            villageCode: input.villageCode,
            kind: input.kind,
            title: input.title,
            rooms: input.rooms.map((r) => ({ label: r.label, beds: r.beds })),
          },
        });
        return home.id;
      });
      return view(id);
    },

    /** A home in the caller's scope, with rooms, occupants, contract, photos and shortfalls. */
    async get(scope: TScope, id: number): Promise<THomeView> {
      await findHomeInScope(db, scope, id);
      return view(id);
    },

    /**
     * Replaces a home's facts: rooms sent with their id keep it (and their occupants); a room someone
     * lives in is not removed, nor given fewer beds than people (audited, before and after).
     */
    async update(scope: TScope, id: number, input: THomeFactsInput, ctx: TActorContext) {
      const details = checkHomeFacts(input, true);
      if (details.length) throw invalid(details);
      await db.transaction((tx) => replaceHomeFacts(tx, scope, id, input, ctx, deps.now()));
      return view(id);
    },

    /** Deletes an empty home registered by mistake (nobody living there, no money recorded); audited. */
    async remove(scope: TScope, id: number, ctx: TActorContext): Promise<{ id: number }> {
      const keys = await db.transaction((tx) => removeHome(tx, scope, id, ctx));
      for (const key of keys)
        await deps.storage.remove(key).catch((err: unknown) => {
          deps.warn({ err, key }, 'could not delete a removed file'); // an orphan file, harmless
        });
      return { id };
    },

    /** Homes in scope by township, village and title; `belowStandard` keeps those that lack something (or not). */
    async find(scope: TScope, q: THomeListQuery): Promise<THomeList> {
      const f: THomeFilter = {};
      if (q.township) f.township = q.township;
      if (q.village) f.village = q.village;
      if (q.kind) f.kind = q.kind;
      const all = (await listItems(scope, f)).filter(
        (h) => q.belowStandard === undefined || h.shortfalls.length > 0 === q.belowStandard,
      );
      const start = (q.page - 1) * q.pageSize;
      return { items: all.slice(start, start + q.pageSize), total: all.length };
    },

    /** Each home's village and whether it lacks something, and the villages of the stationed cadres living in none. */
    async standing(scope: TScope) {
      const homes = await listItems(scope, {});
      const walkers = await findStationedCadres(db, scope, localDate(deps.now()), { withoutHome: true });
      return {
        homes: homes.map((h) => ({ villageCode: h.villageCode, belowStandard: h.shortfalls.length > 0 })),
        withoutHome: walkers.map((w) => w.villageCode),
      };
    },

    /** Counts by township in scope (every one, even without homes) and the stationed cadres living in none. */
    async summary(scope: TScope): Promise<THomeSummary> {
      const townships = await findTownshipsIn(db, scope);
      const homes = await listItems(scope, {});
      const today = localDate(deps.now());
      const walkers = await findStationedCadres(db, scope, today, { withoutHome: true });
      const zero = () => ({
        apartment: 0,
        farmhouse: 0,
        belowStandard: 0,
        rooms: 0,
        beds: 0,
        occupants: 0,
        withoutHome: 0,
      });
      const totals = zero();
      const rows = new Map(
        townships.map((t) => [t.code, { townshipCode: t.code, townshipName: t.name, ...zero() }]),
      );
      for (const h of homes) {
        for (const c of [rows.get(h.townshipCode), totals]) {
          if (!c) continue;
          c[h.kind] += 1;
          if (h.shortfalls.length) c.belowStandard += 1;
          c.rooms += h.rooms;
          c.beds += h.beds;
          c.occupants += h.occupants;
        }
      }
      for (const w of walkers) {
        const row = rows.get(w.villageCode.slice(0, 9));
        if (row) row.withoutHome += 1;
        totals.withoutHome += 1;
      }
      return { rows: [...rows.values()], totals };
    },
  };
}
export type THomesService = ReturnType<typeof createHomesService>;
