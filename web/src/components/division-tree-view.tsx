import type { TDivisionNode } from '@zhucun/core';
import { Empty, Tree, type TreeDataNode, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "（村 22 · 社区 9）": the counts beside a county or township; empty for a village. */
export function divisionCounts(node: TDivisionNode, t: TFunction): string {
  if (node.level === 'village') return '';
  const values = { villages: node.villageCount, communities: node.communityCount };
  if (node.villageCount > 0 && node.communityCount > 0) return t('divisions.countsFull', values);
  if (node.communityCount > 0) return t('divisions.countsCommunities', values);
  return t('divisions.countsVillages', values);
}

/** `aria-level` is the depth in the tree shown (a township admin's root is their township, at level 1). */
function toTreeData(
  nodes: readonly TDivisionNode[],
  t: TFunction,
  links: boolean,
  depth = 1,
): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.code,
    'aria-level': depth,
    isLeaf: node.children.length === 0,
    title: (
      <span title={node.code}>
        {links && node.level === 'village' ? (
          <Link to={`/villages/${node.code}`}>{node.name}</Link>
        ) : (
          node.name
        )}
        <Typography.Text type="secondary">{divisionCounts(node, t)}</Typography.Text>
      </span>
    ),
    children: toTreeData(node.children, t, links, depth + 1),
  }));
}

type Props = {
  nodes: readonly TDivisionNode[];
  expandedKeys: readonly string[];
  onExpand: (keys: string[]) => void;
  /** Village names link to their village page (for those who may read the registry). */
  linkVillages?: boolean;
};

/** County → townships → villages, with per-node counts. */
export function DivisionTreeView({ nodes, expandedKeys, onExpand, linkVillages = false }: Props) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <Empty description={t('divisions.noMatch')} />;
  return (
    <Tree
      showLine
      blockNode
      selectable={false}
      treeData={toTreeData(nodes, t, linkVillages)}
      expandedKeys={[...expandedKeys]}
      onExpand={(keys) => onExpand(keys.map(String))}
    />
  );
}
