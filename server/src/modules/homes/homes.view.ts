import {
  homeShortfalls,
  homeTitleOf,
  leaseState,
  maskPhone,
  type TCadreCategory,
  type THomeCadre,
  type THomeKind,
  type THomeListItem,
  type THomeView,
} from '@zhucun/core';
import { byVillageAndName } from '../compliance/compliance.rules.ts';
import type { TStationedRow } from './home-cadres.repository.ts';
import type { THomeOccupantRow, THomeRoomRow, THomeRow, THomeWithNames } from './homes.repository.ts';

/** The title a home is shown by: its own, or its village's name and kind. */
export const titleOf = (home: Pick<THomeRow, 'title' | 'kind'>, villageName: string) =>
  homeTitleOf({ title: home.title, kind: home.kind as THomeKind }, villageName);

function header(
  w: THomeWithNames,
  rooms: readonly THomeRoomRow[],
  standard: readonly string[],
  today: string,
) {
  const h = w.home;
  return {
    id: h.id,
    villageCode: h.villageCode,
    villageName: w.villageName,
    townshipCode: h.villageCode.slice(0, 9),
    townshipName: w.townshipName ?? '',
    kind: h.kind as THomeKind,
    title: titleOf(h, w.villageName),
    address: h.address,
    hasKitchen: h.hasKitchen,
    shortfalls: homeShortfalls({ rooms, hasKitchen: h.hasKitchen, facilities: h.facilities }, standard),
    lease: leaseState(h.contractEnd, today),
  };
}

/** A home in a list: its counts and what it lacks against the county's checklist. */
export function homeListItem(
  w: THomeWithNames,
  rooms: readonly THomeRoomRow[],
  occupantsByRoom: ReadonlyMap<number, number>,
  standard: readonly string[],
  today: string,
): THomeListItem {
  return {
    ...header(w, rooms, standard, today),
    rooms: rooms.length,
    beds: rooms.reduce((sum, r) => sum + r.beds, 0),
    occupants: rooms.reduce((sum, r) => sum + (occupantsByRoom.get(r.id) ?? 0), 0),
  };
}

/** The whole home: rooms in order with who lives in each, the contract (a farmhouse's) and photos. */
export function homeView(
  w: THomeWithNames,
  rooms: readonly THomeRoomRow[],
  occupants: readonly THomeOccupantRow[],
  photoIds: number[],
  standard: readonly string[],
  today: string,
): THomeView {
  const h = w.home;
  const contract =
    h.landlord !== null && h.contractStart !== null && h.contractEnd !== null
      ? {
          landlord: h.landlord,
          // a villager's phone: masked in every view (docs/domain.md §0.5); sent back masked, it is kept
          ...(h.landlordPhone ? { landlordPhone: maskPhone(h.landlordPhone) } : {}),
          startDate: h.contractStart,
          endDate: h.contractEnd,
          annualRentFen: h.annualRentFen ?? 0,
          hasFile: h.contractFileId !== null,
        }
      : null;
  return {
    ...header(w, rooms, standard, today),
    facilities: h.facilities,
    rooms: rooms.map((r) => ({
      id: r.id,
      label: r.label,
      beds: r.beds,
      occupants: occupants
        .filter((o) => o.roomId === r.id)
        .map((o) => ({
          personId: o.personId,
          name: o.name,
          category: (o.category as TCadreCategory | null) ?? null,
          postTitle: o.postTitle,
          villageCode: o.villageCode,
          villageName: o.villageName,
          since: o.since,
        })),
    })),
    contract,
    photoIds,
    note: h.note,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
}

/** A stationed cadre as the 走读 list and the room candidates show them. */
export function homeCadre(r: TStationedRow): THomeCadre {
  return {
    personId: r.personId,
    name: r.name,
    category: r.category as TCadreCategory,
    postTitle: r.postTitle,
    villageCode: r.villageCode,
    villageName: r.villageName,
    townshipName: r.townshipName ?? '',
    unitName: r.unitName,
    homeId: r.homeId,
    roomLabel: r.roomLabel,
  };
}

/** By village, then name, as the compliance lists: lists of people are read, never ranked (docs/domain.md §0). */
export const byVillageThenName = (a: THomeCadre, b: THomeCadre): number =>
  byVillageAndName(
    { villageCode: a.villageCode, personName: a.name },
    { villageCode: b.villageCode, personName: b.name },
  );

/** By township and village code, then title (the county's list of homes). */
export function byVillageThenTitle(a: THomeListItem, b: THomeListItem): number {
  if (a.villageCode !== b.villageCode) return a.villageCode < b.villageCode ? -1 : 1;
  return a.title.localeCompare(b.title, 'zh-CN') || a.id - b.id;
}
