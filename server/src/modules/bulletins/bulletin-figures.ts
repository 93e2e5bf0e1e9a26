import {
  localDate,
  type TBulletinFigures,
  type THomeSummary,
  type TRegistrySummary,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findOutcomeFigures } from '../outcomes/outcome-figures.ts';

/** Where the bulletin reads its figures: the services that own them (their SQL is never copied here). */
export type TBulletinSources = {
  db: TDb;
  now: () => Date;
  /** GET /api/registry/summary: active postings by category and the work teams (today). */
  registry: (scope: TScope) => Promise<TRegistrySummary>;
  /** The homes summary: standard apartments and farmhouses registered (today). */
  homes: (scope: TScope) => Promise<THomeSummary>;
};

/**
 * The bulletin's figures for a county as of a date (docs/rules.md §4.17): the registry's and the homes'
 * as they stand today (they keep no history; `readOn` says the day), the outcome indicators as of the date.
 */
export async function countBulletinFigures(
  s: TBulletinSources,
  countyCode: string,
  asOf: string,
): Promise<TBulletinFigures> {
  const scope: TScope = { all: false, codes: [countyCode] };
  const [registry, homes, outcomes] = await Promise.all([
    s.registry(scope),
    s.homes(scope),
    findOutcomeFigures(s.db, { scope, asOf }),
  ]);
  return {
    asOf,
    readOn: localDate(s.now()),
    frozenAt: null,
    values: {
      partySecretaries: registry.byCategory.party_secretary ?? 0,
      graduateOfficials: registry.byCategory.graduate_official ?? 0,
      selectedGraduates: registry.byCategory.selected_graduate ?? 0,
      teams: registry.teams,
      teamPeople: registry.teamPeople,
      apartments: homes.totals.apartment,
      farmhouses: homes.totals.farmhouse,
      industryProjects: outcomes.totals.industryProjects,
      labourers: outcomes.totals.labourers,
      ruralTourismVillages: outcomes.totals.ruralTourism,
      greatWallVillages: outcomes.totals.greatWall,
    },
  };
}
