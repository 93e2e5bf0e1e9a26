import type { TProjectKind, TProjectState } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLOR: Record<TProjectState, string> = {
  draft: 'default',
  submitted: 'orange',
  approved: 'gold',
  filed: 'cyan',
  in_progress: 'blue',
  acceptance: 'purple',
  done: 'green',
  stopped: 'red',
};

export function ProjectStateTag({ state }: { state: TProjectState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 0 }}>
      {t(`projects.states.${state}`)}
    </Tag>
  );
}

/** The kind, and 示范 for a village's demonstration project (一村一示范). */
export function ProjectKindTags({ kind, demonstration }: { kind: TProjectKind; demonstration: boolean }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`projects.kinds.${kind}`)}</Tag>
      {demonstration && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('projects.demonstration')}
        </Tag>
      )}
    </span>
  );
}

/** 建成日光温室大棚 20座，2026-10-31 前 */
export function useTargetLine() {
  const { t } = useTranslation();
  return (p: {
    targetWhat: string;
    targetQuantity: number | null;
    targetUnit: string;
    targetDate: string;
  }) =>
    p.targetQuantity === null
      ? t('projects.targetLineNoQuantity', { what: p.targetWhat, date: p.targetDate })
      : t('projects.targetLine', {
          what: p.targetWhat,
          quantity: p.targetQuantity,
          unit: p.targetUnit,
          date: p.targetDate,
        });
}
