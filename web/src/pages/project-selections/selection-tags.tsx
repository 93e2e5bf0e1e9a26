import type { TSelectionStage } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOR: Record<TSelectionStage, string> = {
  nominating: 'blue',
  scoring: 'purple',
  notice: 'orange',
  confirmed: 'green',
};

/** A selection's stage (推荐中, 评审打分中, 公示中, 已确认). */
export function SelectionStageTag({ stage }: { stage: TSelectionStage }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[stage]}>{t(`projectSelections.stages.${stage}`)}</Tag>;
}
