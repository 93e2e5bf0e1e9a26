import { SearchOutlined } from '@ant-design/icons';
import { Card, Input, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useProjectSummary } from '../../api/projects.ts';
import { useRegistrySummary, useTeamGaps } from '../../api/registry.ts';
import { DivisionSummary } from '../../components/division-summary.tsx';
import { DivisionTreeView } from '../../components/division-tree-view.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { RegistrySummary } from '../../components/registry-summary.tsx';
import { TeamGaps } from '../../components/team-gaps.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { filterDivisionTree } from '../../lib/division-tree.ts';

/** Home: the divisions in the user's scope, with counts, searchable by name. */
export function DivisionTreePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const tree = useDivisionTree();
  const canReadRegistry = useSession().data?.user.permissions.includes('registry:read') ?? false;
  const summary = useRegistrySummary(canReadRegistry);
  const canReadProjects = useSession().data?.user.permissions.includes('projects:read') ?? false;
  const projects = useProjectSummary(canReadRegistry && canReadProjects);
  const gaps = useTeamGaps(canReadRegistry);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const filtered = useMemo(() => filterDivisionTree(tree.data?.roots ?? [], query), [tree.data, query]);

  if (tree.isError) return <LoadError error={tree.error} onRetry={() => void tree.refetch()} />;

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('divisions.title')}</Typography.Title>
      </div>
      {canReadRegistry && !summary.isError && (
        <RegistrySummary summary={summary.data} industryProjects={projects.data?.byKind.industry} />
      )}
      {gaps.data && <TeamGaps gaps={gaps.data.items} />}
      {tree.data ? (
        <DivisionSummary totals={tree.data.totals} />
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('divisions.search')}
          aria-label={t('divisions.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setExpanded(null);
          }}
          style={{ maxWidth: 360, marginBottom: 12 }}
        />
        {tree.data ? (
          <DivisionTreeView
            nodes={filtered.nodes}
            expandedKeys={expanded ?? filtered.expandedKeys}
            onExpand={setExpanded}
            linkVillages={canReadRegistry}
          />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </>
  );
}
