import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../api/auth.ts';
import { useHomeList } from '../lib/home-queries.ts';
import { HomeKindTag, HomeShortfallTags } from './home-tags.tsx';

/** The village's homes (标准化家园) on its page, for whoever may read homes: kind, and what each lacks. */
export function VillageHomes({ villageCode }: { villageCode: string }) {
  const { t } = useTranslation();
  const mayRead = useSession().data?.user.permissions.includes('homes:read') ?? false;
  const homes = useHomeList({ village: villageCode, page: 1, pageSize: 20 }, mayRead);
  if (!mayRead || !homes.data) return null;
  return (
    <Card size="small" title={t('village.homes')} style={{ marginBottom: 16 }} data-testid="village-homes">
      {homes.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('village.noHome')}</Typography.Text>
      ) : (
        homes.data.items.map((h) => (
          <Space key={h.id} wrap style={{ display: 'flex' }}>
            <Link to={`/homes/${h.id}`}>{h.title}</Link>
            <HomeKindTag kind={h.kind} />
            <HomeShortfallTags shortfalls={h.shortfalls} />
          </Space>
        ))
      )}
    </Card>
  );
}
