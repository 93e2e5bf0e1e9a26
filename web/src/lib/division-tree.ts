import type { TDivisionNode } from '@zhucun/core';

export type TFilteredTree = { nodes: TDivisionNode[]; expandedKeys: string[] };

/**
 * Keeps the nodes whose name contains `query` and their ancestors (a matching
 * node keeps its whole subtree); the keys to expand are the ancestors of every match.
 */
export function filterDivisionTree(roots: readonly TDivisionNode[], query: string): TFilteredTree {
  const needle = query.trim().toLowerCase();
  const expandedKeys: string[] = [];
  if (!needle) {
    return { nodes: [...roots], expandedKeys: roots.map((r) => r.code) };
  }
  const visit = (node: TDivisionNode): TDivisionNode | null => {
    if (node.name.toLowerCase().includes(needle)) return node;
    const children = node.children.map(visit).filter((c): c is TDivisionNode => c !== null);
    if (children.length === 0) return null;
    expandedKeys.push(node.code);
    return { ...node, children };
  };
  const nodes = roots.map(visit).filter((n): n is TDivisionNode => n !== null);
  return { nodes, expandedKeys };
}

/** Every node of a level (e.g. all townships) in tree order. */
export function nodesAtLevel(
  roots: readonly TDivisionNode[],
  level: TDivisionNode['level'],
): TDivisionNode[] {
  const out: TDivisionNode[] = [];
  const walk = (node: TDivisionNode) => {
    if (node.level === level) out.push(node);
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
