import { useQuery } from '@tanstack/react-query';
import type { TPublicLink, TVillageSign } from '@zhucun/core';
import { apiRequest } from '../api/client.ts';

/** TanStack Query hooks of the villagers' door: the village's public address and its printable card. */

/** The address in the village's QR code (PUBLIC_URL, else the address the app was opened at). */
export function usePublicLink(villageCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['villages', villageCode, 'public-link'],
    queryFn: () => apiRequest<TPublicLink>(`/api/villages/${villageCode}/public-link`),
    enabled,
  });
}

/** The village's printable card (村民扫码牌): its stationed cadres and the QR code's address. */
export function useVillageSign(villageCode: string) {
  return useQuery({
    queryKey: ['villages', villageCode, 'sign'],
    queryFn: () => apiRequest<TVillageSign>(`/api/villages/${villageCode}/sign`),
  });
}

export const villageQrPngUrl = (villageCode: string) => `/api/villages/${villageCode}/qr.png`;
