import { useMemo } from 'react';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { filterChoices } from '../../lib/division-options.ts';

/** Township and village choices within the caller's scope (a township admin: their own township's villages at once). */
export function useDivisionOptions(township: string | undefined) {
  const permissions = useSession().data?.user.permissions ?? [];
  const tree = useDivisionTree(permissions.includes('divisions:read'));
  return useMemo(() => filterChoices(tree.data?.roots ?? [], township), [tree.data, township]);
}
