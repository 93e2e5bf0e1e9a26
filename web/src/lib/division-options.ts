import type { TDivisionLevel, TDivisionNode } from '@zhucun/core';

export type TDivisionOption = {
  value: string;
  title: string;
  selectable: boolean;
  children: TDivisionOption[];
};

const DEPTH: Record<TDivisionLevel, number> = { county: 0, township: 1, village: 2 };

/**
 * TreeSelect data for picking a division of `level`: nodes deeper than the level
 * are left out, nodes above it stay as unselectable folders.
 */
export function divisionOptions(roots: readonly TDivisionNode[], level: TDivisionLevel): TDivisionOption[] {
  const convert = (node: TDivisionNode): TDivisionOption | null => {
    if (DEPTH[node.level] > DEPTH[level]) return null;
    const children =
      node.level === level ? [] : node.children.map(convert).filter((c): c is TDivisionOption => c !== null);
    if (node.level !== level && children.length === 0) return null;
    return { value: node.code, title: node.name, selectable: node.level === level, children };
  };
  return roots.map(convert).filter((o): o is TDivisionOption => o !== null);
}

/** Digits a division code of `level` has (county 6, township 9, village 12). */
export const CODE_DIGITS: Record<TDivisionLevel, number> = { county: 6, township: 9, village: 12 };

/** The only choice when a level offers exactly one division (e.g. the county), else null. */
export function onlyChoice(options: readonly TDivisionOption[]): string | null {
  const selectable: string[] = [];
  const walk = (o: TDivisionOption) => {
    if (o.selectable) selectable.push(o.value);
    o.children.forEach(walk);
  };
  options.forEach(walk);
  return selectable.length === 1 ? (selectable[0] ?? null) : null;
}

/** Every node of `level` in the tree, in tree order (e.g. the townships of a county). */
export function nodesOfLevel(roots: readonly TDivisionNode[], level: TDivisionLevel): TDivisionNode[] {
  const found: TDivisionNode[] = [];
  const walk = (node: TDivisionNode) => {
    if (node.level === level) found.push(node);
    else node.children.forEach(walk);
  };
  roots.forEach(walk);
  return found;
}

export type TFilterChoices = {
  townships: { value: string; label: string }[];
  villages: { value: string; label: string }[];
  /** The township the village choices belong to: the one chosen, else the caller's only one. */
  township: string | undefined;
};

/**
 * Township and village choices of a filter bar. A caller with a single township (a township
 * administrator) is offered its villages at once, without picking the township first.
 */
export function filterChoices(roots: readonly TDivisionNode[], chosen: string | undefined): TFilterChoices {
  const nodes = nodesOfLevel(roots, 'township');
  const node = chosen ? nodes.find((n) => n.code === chosen) : nodes.length === 1 ? nodes[0] : undefined;
  return {
    townships: nodes.map((n) => ({ value: n.code, label: n.name })),
    villages: node?.children.map((v) => ({ value: v.code, label: v.name })) ?? [],
    township: node?.code,
  };
}
