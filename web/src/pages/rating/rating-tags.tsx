import type { TGrade, TRatingResultRow } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOR: Record<TGrade, string> = {
  excellent: 'green',
  competent: 'blue',
  basically_competent: 'orange',
  incompetent: 'red',
};

/** A grade (优秀 …), or 未评定 before the totals. */
export function GradeTag({ grade }: { grade: TGrade | null }) {
  const { t } = useTranslation();
  if (!grade) return <Tag>{t('rating.notGraded')}</Tag>;
  return (
    <Tag color={COLOR[grade]} style={{ marginInlineEnd: 0 }}>
      {t(`rating.grades.${grade}`)}
    </Tag>
  );
}

/** What changed a result's grade, and where its appeal stands: 封顶, 比例调整, 审核调整, 申诉. */
export function ResultMarks({
  r,
}: {
  r: Pick<TRatingResultRow, 'caps' | 'quotaAdjusted' | 'amended' | 'appeal'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {r.caps.map((c) => (
        <Tag key={c} color="volcano">
          {t('rating.marks.capped', { cap: t(`rating.caps.${c as 'veto'}`, { defaultValue: c }) })}
        </Tag>
      ))}
      {r.quotaAdjusted && <Tag color="gold">{t('rating.marks.quota')}</Tag>}
      {r.amended && <Tag color="purple">{t('rating.marks.amended')}</Tag>}
      {r.appeal !== 'none' && <Tag color="cyan">{t(`rating.marks.appeal.${r.appeal}`)}</Tag>}
    </>
  );
}

/** Stars as ★ marks (0 as 无星), or — before confirmation. */
export function Stars({ stars }: { stars: number | null }) {
  const { t } = useTranslation();
  if (stars === null) return <>—</>;
  return (
    <span role="img" aria-label={t('rating.starsLabel', { count: stars })}>
      {stars > 0 ? '★'.repeat(stars) : t('rating.noStar')}
    </span>
  );
}
