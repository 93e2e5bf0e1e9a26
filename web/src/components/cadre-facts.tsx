import { UserOutlined } from '@ant-design/icons';
import type { TCadreProfile } from '@zhucun/core';
import { Descriptions, type DescriptionsProps, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from './use-is-mobile.ts';

type Props = {
  cadre: TCadreProfile;
  /** Full ID number and phone after an audited unmask, else null (masked values shown). */
  unmasked: { idNumber: string; phone: string } | null;
  /** The 查看完整信息 button, for those who may unmask. */
  unmaskAction: ReactNode;
  /** The person's photo (`CadrePhoto`), shown beside the list, above it on a phone. */
  photo?: ReactNode;
};

const PHOTO_WIDTH = 96;

/** A small 3:4 portrait, or a person icon when there is none (or it cannot be loaded); actions below. */
export function CadrePhoto({ src, alt, actions }: { src: string | null; alt: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [failed, setFailed] = useState<string | null>(null);
  const frame = {
    width: PHOTO_WIDTH,
    aspectRatio: '3 / 4',
    borderRadius: token.borderRadius,
    border: `1px solid ${token.colorBorderSecondary}`,
    display: 'block',
  } as const;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 8 }}>
      {src && failed !== src ? (
        <img src={src} alt={alt} style={{ ...frame, objectFit: 'cover' }} onError={() => setFailed(src)} />
      ) : (
        <div
          role="img"
          aria-label={t('cadre.photoNone')}
          style={{
            ...frame,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 40,
            color: token.colorTextQuaternary,
            background: token.colorFillTertiary,
          }}
        >
          <UserOutlined />
        </div>
      )}
      {actions}
    </div>
  );
}

/** A person's facts as a description list, with their photo when given. */
export function CadreFacts({ cadre, unmasked, unmaskAction, photo }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const text = (value: string | null) => value ?? '—';
  const items: DescriptionsProps['items'] = [
    { key: 'gender', label: t('cadre.gender'), children: t(`registry.genders.${cadre.gender}`) },
    { key: 'ethnicity', label: t('cadre.ethnicity'), children: cadre.ethnicity },
    { key: 'birthDate', label: t('cadre.birthDate'), children: cadre.birthDate },
    {
      key: 'idNumber',
      label: t('cadre.idNumber'),
      children: (
        <span>
          <span data-testid="cadre-id-number">{unmasked?.idNumber ?? cadre.idNumber}</span>{' '}
          {unmasked ? null : unmaskAction}
        </span>
      ),
    },
    {
      key: 'phone',
      label: t('cadre.phone'),
      children: <span data-testid="cadre-phone">{unmasked?.phone ?? cadre.phone}</span>,
    },
    {
      key: 'political',
      label: t('cadre.politicalStatus'),
      children: t(`registry.political.${cadre.politicalStatus}`),
    },
    { key: 'partyJoinDate', label: t('cadre.partyJoinDate'), children: text(cadre.partyJoinDate) },
    {
      key: 'education',
      label: t('cadre.educationLevel'),
      children: `${t(`registry.education.${cadre.educationLevel}`)}${cadre.fullTimeEducation ? `（${t('cadre.fullTimeEducation')}）` : ''}`,
    },
    { key: 'school', label: t('cadre.school'), children: text(cadre.school) },
    { key: 'major', label: t('cadre.major'), children: text(cadre.major) },
    {
      key: 'personnel',
      label: t('cadre.personnelStatus'),
      children: t(`registry.personnel.${cadre.personnelStatus}`),
    },
    { key: 'workStartDate', label: t('cadre.workStartDate'), children: text(cadre.workStartDate) },
    { key: 'homeUnit', label: t('cadre.homeUnit'), children: text(cadre.homeUnit) },
    { key: 'homePost', label: t('cadre.homePost'), children: text(cadre.homePost) },
    {
      key: 'account',
      label: t('cadre.hasAccount'),
      children: cadre.hasAccount ? t('cadre.accountYes') : t('cadre.accountNo'),
    },
  ];
  const list = <Descriptions bordered size="small" column={isMobile ? 1 : 2} items={items} />;
  if (!photo) return list;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
      {photo}
      <div style={{ flex: '1 1 320px', minWidth: 0 }}>{list}</div>
    </div>
  );
}
