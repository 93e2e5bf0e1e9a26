import { useMemo } from 'react';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { nodesOfLevel } from '../../lib/division-options.ts';

const onlyOne = <T>(list: readonly T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/** Township and village choices within the caller's scope (a township admin: their own township). */
export function useDivisionOptions(township: string | undefined) {
  const permissions = useSession().data?.user.permissions ?? [];
  const tree = useDivisionTree(permissions.includes('divisions:read'));
  const townshipNodes = useMemo(() => nodesOfLevel(tree.data?.roots ?? [], 'township'), [tree.data]);
  const townships = townshipNodes.map((n) => ({ value: n.code, label: n.name }));
  // a township admin has one township: its villages are offered without choosing it first
  const node = township ? townshipNodes.find((n) => n.code === township) : onlyOne(townshipNodes);
  const villages = node?.children.map((v) => ({ value: v.code, label: v.name })) ?? [];
  return { townships, villages };
}
