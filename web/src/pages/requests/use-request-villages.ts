import { useQuery } from '@tanstack/react-query';
import type { TTodayView } from '@zhucun/core';
import { useMemo } from 'react';
import { useSession } from '../../api/auth.ts';
import { apiRequest } from '../../api/client.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { nodesOfLevel } from '../../lib/division-options.ts';

/** The villages a request may be registered for: a cadre's own village, else every village in scope. */
export function useRequestVillages(): { value: string; label: string }[] {
  const permissions = useSession().data?.user.permissions ?? [];
  const tree = useDivisionTree(permissions.includes('divisions:read'));
  const isCadre = permissions.includes('duty:self') && !permissions.includes('divisions:read');
  const today = useTodayIf(isCadre);
  return useMemo(() => {
    const person = today?.person;
    if (person) return [{ value: person.villageCode, label: person.villageName }];
    const townships = nodesOfLevel(tree.data?.roots ?? [], 'township');
    return townships.flatMap((t) =>
      t.children.map((v) => ({
        value: v.code,
        label: townships.length > 1 ? `${t.name} · ${v.name}` : v.name,
      })),
    );
  }, [today, tree.data]);
}

/** The cadre's own posting, from the same query as Today (so it is cached once). */
function useTodayIf(enabled: boolean) {
  return useQuery({
    queryKey: ['duty', 'my', 'today'],
    queryFn: () => apiRequest<TTodayView>('/api/duty/today'),
    enabled,
  }).data;
}
