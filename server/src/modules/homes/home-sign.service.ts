import { homeTitleOf, type TCadreCategory, type THomeKind, type THomeSign, type TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { findPhotoKeyOf } from '../cadres/cadre-photo.repository.ts';
import type { TPublicVillageService } from '../public-village/public-village.service.ts';
import { findHomeInScope } from './home-access.ts';
import { findDivisionNames, findResidents, livesIn } from './home-sign.repository.ts';

/**
 * The unified sign of a home (统一标识): the village, the resident cadres' names, posts and phones
 * (public by design, as on the village's public page) and the address the QR code leads to.
 */
export function createHomeSignService(deps: {
  db: TDb;
  storage: TFileStorage;
  publicVillage: Pick<TPublicVillageService, 'link'>;
}) {
  const { db, storage } = deps;
  return {
    /** What the printed sign shows; residents by room, then by name. `origin` prefixes the public page. */
    async sign(scope: TScope, homeId: number, origin: string): Promise<THomeSign> {
      const home = await findHomeInScope(db, scope, homeId);
      const village = home.villageCode;
      const names = await findDivisionNames(db, [village, village.slice(0, 9), village.slice(0, 6)]);
      const villageName = names.get(village) ?? '';
      // a resident whose posting has ended no longer serves the village: the sign names who does
      const rows = (await findResidents(db, homeId)).filter((r) => r.category !== null);
      rows.sort((a, b) => a.roomPosition - b.roomPosition || a.name.localeCompare(b.name, 'zh-CN'));
      const { url } = await deps.publicVillage.link(scope, village, origin);
      return {
        homeId,
        kind: home.kind as THomeKind,
        title: homeTitleOf({ title: home.title, kind: home.kind as THomeKind }, villageName),
        address: home.address,
        countyName: names.get(village.slice(0, 6)) ?? '',
        townshipName: names.get(village.slice(0, 9)) ?? '',
        villageCode: village,
        villageName,
        residents: rows.map((r) => ({
          personId: r.personId,
          name: r.name,
          category: (r.category as TCadreCategory | null) ?? null,
          postTitle: r.postTitle ?? null,
          phone: r.phone,
          hasPhoto: r.photoFileId !== null,
        })),
        publicUrl: url,
      };
    },

    /** A resident's photo (JPEG); not found unless the person lives in that home and has one. */
    async residentPhoto(scope: TScope, homeId: number, personId: number): Promise<Buffer> {
      await findHomeInScope(db, scope, homeId);
      if (!(await livesIn(db, homeId, personId))) throw notFound();
      const key = await findPhotoKeyOf(db, personId);
      const bytes = key ? await storage.get(key) : null;
      if (!bytes) throw notFound();
      return bytes;
    },
  };
}
export type THomeSignService = ReturnType<typeof createHomeSignService>;
