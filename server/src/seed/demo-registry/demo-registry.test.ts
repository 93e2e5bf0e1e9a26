import { readFileSync } from 'node:fs';
import {
  birthDateOfIdNumber,
  checkIdNumber,
  firstSecretaryWarnings,
  flattenDivisionFile,
  fullYearsBetween,
  genderOfIdNumber,
  MIN_TEAM_SIZE,
  PERSONNEL_STATUSES,
  PHONE_PATTERN,
  plannedEndOf,
  type TCadreCategory,
  ZDivisionFile,
} from '@zhucun/core';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config.ts';
import { persons, postings, units } from '../../db/schema.ts';
import { buildTestApp, type TTestApp } from '../../test/build-test-app.ts';
import { COMMITTEE_TERM_YEARS } from './committee.ts';
import { BULLETIN_COUNTS, buildDemoRegistry, seedDemoRegistry } from './index.ts';

const file = ZDivisionFile.parse(JSON.parse(readFileSync(testConfig().divisionsFile, 'utf8')));
const { divisions } = flattenDivisionFile(file);
const registry = buildDemoRegistry(divisions);
const kindOf = new Map(divisions.map((d) => [d.code, d.kind]));

const EXPECTED: Record<TCadreCategory, number> = {
  party_secretary: 76,
  graduate_official: 73,
  selected_graduate: 17,
  first_secretary: 56,
  team_member: 115,
  village_committee: registry.postings.filter((p) => p.category === 'village_committee').length,
};

const tally = (categories: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const c of categories) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
};
const postingsOf = (category: TCadreCategory) => registry.postings.filter((p) => p.category === category);
const personOf = (i: number) => registry.persons[i]!;

describe('the demo registry generator (as of the bulletin, August 2022)', () => {
  it('has the bulletin’s numbers per category, one active posting per person', () => {
    expect(tally(registry.postings.map((p) => p.category))).toEqual(EXPECTED);
    expect(registry.postings).toHaveLength(registry.persons.length);
    expect(new Set(registry.postings.map((p) => p.personIndex)).size).toBe(registry.persons.length);
    expect(registry.units.length).toBeGreaterThanOrEqual(55);
    expect(registry.units.length).toBeLessThanOrEqual(70);
  });

  it('forms 56 teams in 56 distinct villages, each of 3 or more led by one first secretary, 171 people', () => {
    const teams = new Map<string, TCadreCategory[]>();
    for (const p of registry.postings)
      if (p.category === 'first_secretary' || p.category === 'team_member')
        teams.set(p.villageCode, [...(teams.get(p.villageCode) ?? []), p.category]);
    expect(teams.size).toBe(BULLETIN_COUNTS.teams);
    expect([...teams.values()].reduce((n, t) => n + t.length, 0)).toBe(BULLETIN_COUNTS.teamPeople);
    for (const team of teams.values()) {
      expect(team.length).toBeGreaterThanOrEqual(MIN_TEAM_SIZE);
      expect(team.filter((c) => c === 'first_secretary')).toHaveLength(1);
    }
    for (const village of teams.keys()) {
      const unitsOfTeam = registry.postings
        .filter((p) => p.villageCode === village)
        .filter((p) => p.category === 'first_secretary' || p.category === 'team_member')
        .map((p) => p.unitName);
      expect(new Set(unitsOfTeam).size).toBeLessThanOrEqual(2);
    }
  });

  it('posts dispatched cadres to villages (not communities) of all 12 townships, one per village per category', () => {
    for (const category of ['party_secretary', 'graduate_official', 'selected_graduate'] as const) {
      const villages = postingsOf(category).map((p) => p.villageCode);
      expect(villages.length).toBeGreaterThan(0);
      expect(new Set(villages).size).toBe(villages.length);
      expect(villages.every((v) => kindOf.get(v) === 'village')).toBe(true);
    }
    const townships = new Set(postingsOf('party_secretary').map((p) => p.villageCode.slice(0, 9)));
    expect(townships.size).toBe(12);
  });

  it('gives every staffed village 3–5 committee members, and no village two people of the same name', () => {
    const staffed = new Set(
      registry.postings.filter((p) => p.category !== 'village_committee').map((p) => p.villageCode),
    );
    const committees = tally(postingsOf('village_committee').map((p) => p.villageCode));
    expect(new Set(Object.keys(committees))).toEqual(staffed);
    for (const size of Object.values(committees)) expect(size >= 3 && size <= 5).toBe(true);
    const byVillage = new Map<string, string[]>();
    for (const p of registry.postings)
      byVillage.set(p.villageCode, [...(byVillage.get(p.villageCode) ?? []), personOf(p.personIndex).name]);
    for (const names of byVillage.values()) expect(new Set(names).size).toBe(names.length);
  });

  it('gives valid, unique ID numbers that match birth date and sex, and unique mobile numbers', () => {
    for (const p of registry.persons) {
      expect(checkIdNumber(p.idNumber), p.idNumber).toBeNull();
      expect(birthDateOfIdNumber(p.idNumber)).toBe(p.birthDate);
      expect(genderOfIdNumber(p.idNumber)).toBe(p.gender);
      expect(p.idNumber).toMatch(/^140(6|2)\d{3}/);
      expect(p.phone).toMatch(PHONE_PATTERN);
    }
    const ids = registry.persons.map((p) => p.idNumber);
    const phones = [...registry.persons.map((p) => p.phone), ...registry.units.map((u) => u.contactPhone)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('starts every posting in 2021–2022, by the bulletin’s date, with the default term (a committee’s: five years)', () => {
    for (const p of registry.postings) {
      expect(p.startDate >= '2021-01-01' && p.startDate <= '2022-08-25').toBe(true);
      const years = p.category === 'village_committee' ? COMMITTEE_TERM_YEARS : 2;
      expect(p.plannedEndDate).toBe(plannedEndOf(p.startDate, years));
      expect(p.isTeamLeader).toBe(false);
    }
  });

  it('keeps each category to its ages and personnel statuses', () => {
    const rules: Record<TCadreCategory, [number, number, string[]]> = {
      party_secretary: [28, 50, ['civil_servant', 'institution_manager', 'institution_staff']],
      graduate_official: [22, 32, ['other', 'institution_staff']],
      selected_graduate: [23, 28, ['civil_servant']],
      first_secretary: [30, 52, [...PERSONNEL_STATUSES]],
      team_member: [24, 55, [...PERSONNEL_STATUSES]],
      village_committee: [28, 62, ['other']],
    };
    for (const p of registry.postings) {
      const person = personOf(p.personIndex);
      const [min, max, statuses] = rules[p.category];
      const age = fullYearsBetween(person.birthDate, p.startDate);
      expect(age >= min && age <= max, `${p.category} aged ${age}`).toBe(true);
      expect(statuses).toContain(person.personnelStatus);
      if (p.unitName !== null) expect(person.homeUnit).toBe(p.unitName);
    }
  });

  it('flags exactly one first secretary (under a year of Party membership)', () => {
    const warned = postingsOf('first_secretary')
      .map((p) => firstSecretaryWarnings(personOf(p.personIndex), p.startDate))
      .filter((w) => w.length > 0);
    expect(warned).toEqual([['party_membership_under_1_year']]);
  });

  it('is the same on every run', () => {
    expect(buildDemoRegistry(divisions)).toEqual(registry);
    expect(buildDemoRegistry([...divisions].reverse())).toEqual(registry);
  });
});

describe('the demo registry in the database (demo mode)', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('holds the bulletin’s numbers of active postings per category', async () => {
    const { db } = t.database;
    const rows = await db
      .select({ category: postings.category, n: count() })
      .from(postings)
      .groupBy(postings.category);
    expect(Object.fromEntries(rows.map((r) => [r.category, Number(r.n)]))).toEqual(EXPECTED);
    const [unitCount] = await db.select({ n: count() }).from(units);
    expect(Number(unitCount!.n)).toBe(registry.units.length);
    const [personCount] = await db.select({ n: count() }).from(persons);
    expect(Number(personCount!.n)).toBe(registry.persons.length);
  });

  it('seeds only Ying County, and only once', async () => {
    const none = { units: 0, persons: 0, postings: 0 };
    expect(await seedDemoRegistry(t.database.db, '140623', '2026-12-01')).toEqual(none);
    expect(await seedDemoRegistry(t.database.db, '140622', '2026-12-01')).toEqual(none);
  });
});
