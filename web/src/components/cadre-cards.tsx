import { Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn } from '../lib/id-autofill.ts';
import type { TCadreListProps } from './cadre-table.tsx';
import { CadreFlagTags, useGenderAge } from './cadre-tags.tsx';
import { CardList } from './card-list.tsx';

/** The ledger as cards, for phones; a card's name opens the profile. */
export function CadreCards({ cadres, loading, paging, empty }: TCadreListProps) {
  const { t } = useTranslation();
  const genderAge = useGenderAge();
  const today = dayjs().format('YYYY-MM-DD');
  if (loading && cadres.length === 0) return <Skeleton active />;
  if (cadres.length === 0) return empty;
  return (
    <CardList items={cadres} label={t('registry.title')} keyOf={(c) => c.id} paging={paging}>
      {(c) => (
        <>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
            <Link to={`/cadres/${c.id}`} className="zc-ellipsis">
              <Typography.Text strong>{c.name}</Typography.Text>
            </Link>
            <Typography.Text type="secondary" style={{ flex: 'none' }}>
              {genderAge(c, ageOn(c.birthDate, today))}
            </Typography.Text>
          </div>
          <Typography.Paragraph style={{ margin: '4px 0' }}>
            {c.posting
              ? `${t(`registry.categories.${c.posting.category}`)} · ${c.posting.villageName} · ${c.posting.townshipName}`
              : t('registry.noPosting')}
          </Typography.Paragraph>
          {c.posting && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {[c.posting.unitName, c.posting.postTitle].filter(Boolean).join(' · ')}
              {c.posting.plannedEndDate ? ` · ${t('registry.plannedEnd')} ${c.posting.plannedEndDate}` : ''}
            </Typography.Text>
          )}
          <div style={{ marginTop: 6, display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
              {c.phone}
            </Typography.Text>
            <CadreFlagTags flags={c.flags} />
          </div>
        </>
      )}
    </CardList>
  );
}
