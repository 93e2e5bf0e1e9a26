import type { TCadreListItem } from '@zhucun/core';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

type TFlags = TCadreListItem['flags'];

/** 任期已满 · 超期 N 天: an active posting past its planned end, with the rule on hover. */
export function TermOverdueTag({ days }: { days: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('registry.flags.termOverdueRule')}>
      <Tag color="red">{t('registry.flags.termOverdueShort', { count: days })}</Tag>
    </Tooltip>
  );
}

/** 任期已满 / 任期将满 / 可结对帮带 / first-secretary warnings as small tags, each explaining its rule on hover. */
export function CadreFlagTags({ flags }: { flags: TFlags }) {
  const { t } = useTranslation();
  return (
    <>
      {flags.termOverdueDays !== null && <TermOverdueTag days={flags.termOverdueDays} />}
      {flags.termEndingSoon && (
        <Tooltip title={t('registry.flags.termEndingSoonRule')}>
          <Tag color="orange">{t('registry.flags.termEndingSoonShort')}</Tag>
        </Tooltip>
      )}
      {flags.mentoringEligible && (
        <Tooltip title={t('registry.flags.mentoringEligibleRule')}>
          <Tag color="green">{t('registry.flags.mentoringEligible')}</Tag>
        </Tooltip>
      )}
      {flags.firstSecretaryWarnings.map((w) => (
        <Tooltip key={w} title={t(`registry.flags.${w}Rule`)}>
          <Tag color="red">{t(`registry.flags.${w}`)}</Tag>
        </Tooltip>
      ))}
    </>
  );
}

/** "男 · 36 岁" */
export function useGenderAge() {
  const { t } = useTranslation();
  return (cadre: Pick<TCadreListItem, 'gender'>, age: number | null) =>
    age === null
      ? t(`registry.genders.${cadre.gender}`)
      : t('registry.genderAge', { gender: t(`registry.genders.${cadre.gender}`), age });
}
