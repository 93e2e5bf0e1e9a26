import type { TCadreListItem } from '@zhucun/core';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** Each flag on a profile as a short notice naming the rule behind it (docs/domain.md §0.3). */
export function CadreFlagsNotes({ flags }: { flags: TCadreListItem['flags'] }) {
  const { t } = useTranslation();
  const notes = [
    ...(flags.termOverdueDays !== null
      ? [
          {
            key: 'overdue',
            type: 'error' as const,
            title: t('registry.flags.termOverdueShort', { count: flags.termOverdueDays }),
            rule: t('registry.flags.termOverdueRule'),
          },
        ]
      : []),
    ...(flags.termEndingSoon
      ? [
          {
            key: 'term',
            type: 'warning' as const,
            title: t('registry.flags.termEndingSoon'),
            rule: t('registry.flags.termEndingSoonRule'),
          },
        ]
      : []),
    ...(flags.mentoringEligible
      ? [
          {
            key: 'mentoring',
            type: 'success' as const,
            title: t('registry.flags.mentoringEligible'),
            rule: t('registry.flags.mentoringEligibleRule'),
          },
        ]
      : []),
    ...flags.firstSecretaryWarnings.map((w) => ({
      key: w,
      type: 'error' as const,
      title: t(`registry.flags.${w}`),
      rule: t(`registry.flags.${w}Rule`),
    })),
  ];
  if (notes.length === 0) return null;
  return (
    <div style={{ display: 'grid', gap: 8, marginBottom: 16 }}>
      {notes.map((n) => (
        <Alert
          key={n.key}
          type={n.type}
          showIcon
          title={t('registry.flags.note', { title: n.title, rule: n.rule })}
        />
      ))}
    </div>
  );
}
