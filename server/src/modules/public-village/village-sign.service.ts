import type { TScope, TVillageSign } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findDivision } from '../divisions/divisions.repository.ts';
import type { TPublicVillageService } from './public-village.service.ts';

/**
 * The village's printable card (村民扫码牌), for a village with or without a home: what its public
 * page shows (the stationed cadres' names, posts and phones) and the address its QR code leads to.
 */
export function createVillageSignService(deps: {
  db: TDb;
  publicVillage: Pick<TPublicVillageService, 'link' | 'card'>;
}) {
  return {
    /** Out of scope, or not a village: not found. `origin` prefixes the public page (PUBLIC_URL). */
    async sign(scope: TScope, code: string, origin: string): Promise<TVillageSign> {
      const { url, token } = await deps.publicVillage.link(scope, code, origin);
      const card = await deps.publicVillage.card(token);
      const county = await findDivision(deps.db, code.slice(0, 6));
      return {
        villageCode: code,
        villageName: card.village.name,
        townshipName: card.village.townshipName,
        countyName: county?.name ?? '',
        cadres: card.cadres,
        publicUrl: url,
      };
    },
  };
}
export type TVillageSignService = ReturnType<typeof createVillageSignService>;
