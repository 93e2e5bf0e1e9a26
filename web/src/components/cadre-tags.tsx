import type { TCadreListItem } from '@zhucun/core';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

type TFlags = TCadreListItem['flags'];

/** 任期将满 / 可结对帮带 / first-secretary warnings as small tags, each explaining its rule on hover. */
export function CadreFlagTags({ flags }: { flags: TFlags }) {
  const { t } = useTranslation();
  return (
    <>
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
