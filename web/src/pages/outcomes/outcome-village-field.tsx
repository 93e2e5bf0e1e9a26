import { Typography } from 'antd';
import { useEffect } from 'react';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { nodesOfLevel } from '../../lib/division-options.ts';
import { HomeVillageField } from '../homes/home-village-field.tsx';

type Props = { value?: string; onChange?: (villageCode: string | undefined) => void };

/**
 * The village a month or designation is for: a village's cadre has theirs set (and shown by name);
 * township and county staff pick township then village.
 */
export function OutcomeVillageField({ value, onChange }: Props) {
  const permissions = useSession().data?.user.permissions ?? [];
  const tree = useDivisionTree(permissions.includes('divisions:read'));
  const roots = tree.data?.roots ?? [];
  const villages = nodesOfLevel(roots, 'village');
  const own =
    roots.length > 0 && roots.every((r) => r.level === 'village') && villages.length === 1
      ? villages[0]
      : undefined;
  useEffect(() => {
    if (own && value !== own.code) onChange?.(own.code);
  }, [own, value, onChange]);
  if (own) return <Typography.Text strong>{own.name}</Typography.Text>;
  return <HomeVillageField value={value} onChange={onChange} />;
}
