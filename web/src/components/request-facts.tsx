import type { TRequestView } from '@zhucun/core';
import { Descriptions, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/format.ts';
import { RequestTags } from './request-tags.tsx';

/** Everything known of a request (the household and submitter masked as the server sends them). */
export function RequestFacts({
  request: r,
  today,
  evidenceSrc,
}: {
  request: TRequestView;
  today: string;
  evidenceSrc: string | null;
}) {
  const { t } = useTranslation();
  const none = t('requests.detail.none');
  const items = [
    { key: 'tags', label: t('requests.state'), children: <RequestTags request={r} today={today} /> },
    {
      key: 'description',
      label: t('requests.description'),
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.description}</span>,
    },
    { key: 'village', label: t('requests.village'), children: `${r.townshipName} · ${r.villageName}` },
    {
      key: 'household',
      label: t('requests.household'),
      children: r.household
        ? [r.household.headName, r.household.address, r.household.phone].filter(Boolean).join(' · ')
        : none,
    },
    ...(r.submitter
      ? [
          {
            key: 'submitter',
            label: t('requests.detail.submitter'),
            children: [r.submitter.name, r.submitter.phone].filter(Boolean).join(' · ') || none,
          },
        ]
      : []),
    {
      key: 'source',
      label: t('requests.source'),
      children: (
        <>
          {t(`requests.sources.${r.source}`)}
          {r.visitId !== null && (
            <Typography.Text type="secondary">
              {' '}
              · {t('requests.detail.visit')} #{r.visitId}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'owner',
      label: t('requests.owner'),
      children: [t(`requests.levels.${r.ownerLevel}`), r.ownerDivision.name, r.ownerName]
        .filter(Boolean)
        .join(' · '),
    },
    { key: 'registeredOn', label: t('requests.registeredOn'), children: r.registeredOn },
    { key: 'acceptBy', label: t('requests.acceptBy'), children: r.acceptBy },
    { key: 'resolveBy', label: t('requests.resolveBy'), children: r.resolveBy },
    ...(r.fourRole
      ? [{ key: 'fourRole', label: t('dutyReview.logs.roles'), children: t(`duty.fourRoles.${r.fourRole}`) }]
      : []),
    ...(r.reopenCount > 0
      ? [
          {
            key: 'reopen',
            label: t('requests.reopenLabel'),
            children: t('requests.reopened', { count: r.reopenCount }),
          },
        ]
      : []),
    ...(r.result
      ? [
          {
            key: 'result',
            label: t('requests.detail.result'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.result}</span>,
          },
        ]
      : []),
    ...(r.resolvedAt
      ? [
          {
            key: 'resolvedAt',
            label: t('requests.detail.resolvedAt'),
            children: formatDateTime(r.resolvedAt),
          },
        ]
      : []),
    ...(evidenceSrc
      ? [
          {
            key: 'evidence',
            label: t('requests.detail.evidence'),
            children: <Image src={evidenceSrc} width={120} alt={t('requests.detail.evidence')} />,
          },
        ]
      : []),
    ...(r.satisfaction
      ? [
          {
            key: 'satisfaction',
            label: t('requests.detail.satisfaction'),
            children: t(`requests.satisfactions.${r.satisfaction}`),
          },
        ]
      : []),
    ...(r.duplicateOfId !== null
      ? [
          {
            key: 'duplicateOf',
            label: t('requests.detail.duplicateOf'),
            children: <Link to={`/requests/${r.duplicateOfId}`}>#{r.duplicateOfId}</Link>,
          },
        ]
      : []),
    ...(r.responsibleParty
      ? [{ key: 'responsible', label: t('requests.detail.responsibleParty'), children: r.responsibleParty }]
      : []),
  ];
  return <Descriptions size="small" column={1} bordered items={items} styles={{ label: { width: 110 } }} />;
}
