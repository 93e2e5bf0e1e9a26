import {
  CADRE_CATEGORIES,
  inScope,
  maskPhone,
  type TCadreCategory,
  TEAM_CATEGORIES,
  type TRegistrySummary,
  type TScope,
  type TVillageStaff,
  teamLeaderOf,
  teamWarnings,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import {
  countActiveByCategory,
  countTeamVillages,
  findTeamsWithoutFirstSecretary,
  findVillagePostings,
} from '../cadres/cadres.repository.ts';
import { findDivision } from '../divisions/divisions.repository.ts';

/** Who serves in a village (the village page), and the registry counts of a scope. */
export function createVillagesService(deps: { db: TDb }) {
  const { db } = deps;
  return {
    /** The village's secretary, graduates, selectees, work team (leader first) and committee. */
    async staff(scope: TScope, code: string): Promise<TVillageStaff> {
      const village = await findDivision(db, code);
      if (village?.level !== 'village' || !inScope(scope, code)) throw notFound();
      const township = await findDivision(db, village.parentCode!);
      const rows = await findVillagePostings(db, code);
      const members = rows.map((r) => ({
        personId: r.person.id,
        name: r.person.name,
        category: r.posting.category as TCadreCategory,
        postTitle: r.posting.postTitle,
        unitName: r.unitName,
        phone: maskPhone(r.person.phone),
        isTeamLeader: r.posting.isTeamLeader,
      }));
      const strip = ({ isTeamLeader: _, ...m }: (typeof members)[number]) => m;
      const of = (category: TCadreCategory) => members.filter((m) => m.category === category).map(strip);
      const team = members.filter((m) => TEAM_CATEGORIES.includes(m.category));
      const leader = teamLeaderOf(team);
      return {
        village: { code, name: village.name, townshipCode: township!.code, townshipName: township!.name },
        partySecretaries: of('party_secretary'),
        graduateOfficials: of('graduate_official'),
        selectedGraduates: of('selected_graduate'),
        team: {
          leader: leader ? strip(leader) : null,
          members: team.filter((m) => m !== leader).map(strip),
          warnings: teamWarnings(team),
        },
        committee: of('village_committee'),
      };
    },

    /** Villages whose work team has no first secretary: gaps in the postings. */
    async gaps(scope: TScope) {
      const rows = await findTeamsWithoutFirstSecretary(db, scope);
      return { items: rows.map((r) => ({ ...r, members: Number(r.members) })) };
    },

    /** Active postings by category and the work teams (villages with a team) in the scope. */
    async summary(scope: TScope): Promise<TRegistrySummary> {
      const rows = await countActiveByCategory(db, scope);
      const byCategory = Object.fromEntries(CADRE_CATEGORIES.map((c) => [c, 0])) as Record<
        TCadreCategory,
        number
      >;
      for (const r of rows) byCategory[r.category as TCadreCategory] = Number(r.people);
      return {
        byCategory,
        teams: await countTeamVillages(db, scope, TEAM_CATEGORIES),
        teamPeople: byCategory.first_secretary + byCategory.team_member,
      };
    },
  };
}
export type TVillagesService = ReturnType<typeof createVillagesService>;
