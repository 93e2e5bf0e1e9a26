import type { TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, type TErrorDetail } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findHomeInScope, type THomeRow } from './home-access.ts';
import {
  deleteRooms,
  findOccupantsOf,
  findRoomsOf,
  insertRooms,
  lockHome,
  type THomeRoomRow,
  updateHome,
  updateRoom,
} from './homes.repository.ts';
import { homeColumns, landlordPhoneOf, maskedPhoneRefused, type THomeFactsInput } from './homes.rules.ts';

const refused = (code: 'validation' | 'conflict', detail: TErrorDetail) =>
  new AppError(code, 'validation_failed', {}, [detail]);

/** What the audit log keeps of a home's facts, before and after a change. */
function factsOf(h: THomeRow, rooms: readonly { label: string; beds: number }[]) {
  return {
    kind: h.kind,
    title: h.title,
    address: h.address,
    hasKitchen: h.hasKitchen,
    facilities: h.facilities,
    rooms: rooms.map((r) => ({ label: r.label, beds: r.beds })),
    contract: h.landlord
      ? {
          landlord: h.landlord,
          startDate: h.contractStart,
          endDate: h.contractEnd,
          annualRentFen: h.annualRentFen,
        }
      : null,
    note: h.note,
  };
}

/**
 * Replaces the facts of a home in the scope inside the caller's transaction, the home's row locked:
 * a room sent with an id must be one of this home's; a room someone lives in stays, with at least
 * as many beds as people. Becoming an apartment drops the rent contract and its file.
 */
export async function replaceHomeFacts(
  tx: TDb,
  scope: TScope,
  id: number,
  input: THomeFactsInput,
  ctx: TActorContext,
  at: Date,
): Promise<void> {
  await lockHome(tx, id);
  const before = await findHomeInScope(tx, scope, id);
  const rooms = await findRoomsOf(tx, [id]);
  const occupants = await findOccupantsOf(tx, id);
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  if (input.contract?.landlordPhone && landlordPhoneOf(input, before.landlordPhone) === null)
    throw refused('validation', maskedPhoneRefused());
  input.rooms.forEach((r, i) => {
    if (r.id !== undefined && !roomById.has(r.id))
      throw refused('validation', { field: `rooms.${i}.id`, key: 'home_room_unknown' });
  });
  const kept = new Set(input.rooms.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  const removed: THomeRoomRow[] = rooms.filter((r) => !kept.has(r.id));
  for (const room of removed) {
    const names = occupants.filter((o) => o.roomId === room.id).map((o) => o.name);
    if (names.length)
      throw refused('conflict', {
        field: 'rooms',
        key: 'home_room_occupied',
        params: { room: room.label, names: names.join('、') },
      });
  }
  input.rooms.forEach((r, i) => {
    if (r.id === undefined) return;
    const count = occupants.filter((o) => o.roomId === r.id).length;
    if (r.beds < count)
      throw refused('conflict', {
        field: `rooms.${i}.beds`,
        key: 'home_room_beds_below_occupants',
        params: { room: roomById.get(r.id)!.label, count },
      });
  });

  const columns = homeColumns(input, before.landlordPhone);
  await updateHome(tx, id, {
    ...columns,
    ...(input.kind === 'apartment' ? { contractFileId: null } : {}),
    updatedAt: at,
  });
  await deleteRooms(
    tx,
    removed.map((r) => r.id),
  );
  const fresh: { homeId: number; label: string; beds: number; position: number }[] = [];
  for (const [position, r] of input.rooms.entries()) {
    if (r.id === undefined) fresh.push({ homeId: id, label: r.label, beds: r.beds, position });
    else await updateRoom(tx, r.id, { label: r.label, beds: r.beds, position });
  }
  await insertRooms(tx, fresh);
  await recordAudit(tx, ctx, {
    action: 'home.update',
    objectType: 'home',
    objectId: id,
    details: {
      before: factsOf(before, rooms),
      after: factsOf({ ...before, ...columns }, input.rooms),
    },
  });
}
