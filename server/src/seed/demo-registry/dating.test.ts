import { readFileSync } from 'node:fs';
import {
  addDays,
  birthDateOfIdNumber,
  checkIdNumber,
  daysBetween,
  firstSecretaryWarnings,
  flattenDivisionFile,
  localDate,
  type TCadreList,
  termOverdueDays,
  ZDivisionFile,
} from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { AS_OF } from './dates.ts';
import { BULLETIN_DAYS_BEFORE_SEEDING, DEMO_TERMS } from './dating.ts';
import { buildDemoRegistry } from './index.ts';

const file = ZDivisionFile.parse(JSON.parse(readFileSync(testConfig().divisionsFile, 'utf8')));
const { divisions } = flattenDivisionFile(file);
const bulletin = buildDemoRegistry(divisions);
const tally = (values: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
};

describe.each(['2026-12-05', '2028-02-29', '2031-07-01'])('the demo registry seeded on %s', (today) => {
  const dated = buildDemoRegistry(divisions, today);
  const stationed = dated.postings.filter((p) => p.category !== 'village_committee');

  it('keeps the bulletin’s numbers and people, moved so that the bulletin’s day lies 150 days back', () => {
    expect(tally(dated.postings.map((p) => p.category))).toEqual(
      tally(bulletin.postings.map((p) => p.category)),
    );
    expect(dated.persons.map((p) => p.name)).toEqual(bulletin.persons.map((p) => p.name));
    const shift = daysBetween(AS_OF, addDays(today, -BULLETIN_DAYS_BEFORE_SEEDING));
    const moved = dated.postings.filter(
      (p, i) => daysBetween(bulletin.postings[i]!.startDate, p.startDate) === shift,
    );
    expect(moved.length).toBe(dated.postings.length - DEMO_TERMS.endingSoon - DEMO_TERMS.overdue);
    expect(dated.postings.every((p) => p.startDate < today)).toBe(true);
  });

  it('keeps every person’s ages and years: birth, Party, work and posting move together', () => {
    dated.postings.forEach((p, i) => {
      const before = bulletin.persons[p.personIndex]!;
      const after = dated.persons[p.personIndex]!;
      expect(daysBetween(after.birthDate, p.startDate)).toBe(
        daysBetween(before.birthDate, bulletin.postings[i]!.startDate),
      );
      if (after.partyJoinDate && before.partyJoinDate)
        expect(daysBetween(after.partyJoinDate, p.startDate)).toBe(
          daysBetween(before.partyJoinDate, bulletin.postings[i]!.startDate),
        );
    });
    const warned = dated.postings
      .filter((p) => p.category === 'first_secretary')
      .filter((p) => firstSecretaryWarnings(dated.persons[p.personIndex]!, p.startDate).length > 0);
    expect(warned).toHaveLength(1);
  });

  it('gives valid, unique ID numbers that follow the moved birth dates', () => {
    for (const p of dated.persons) {
      expect(checkIdNumber(p.idNumber), p.idNumber).toBeNull();
      expect(birthDateOfIdNumber(p.idNumber)).toBe(p.birthDate);
    }
    expect(new Set(dated.persons.map((p) => p.idNumber)).size).toBe(dated.persons.length);
  });

  it('has a few terms ending within 60 days and a few past their end, none of a demo account’s', () => {
    const daysLeft = stationed.map((p) => daysBetween(today, p.plannedEndDate));
    const soon = daysLeft.filter((d) => d >= 0 && d <= 60);
    const over = stationed.map((p) => termOverdueDays(p.plannedEndDate, today)).filter((d) => d !== null);
    expect(soon).toHaveLength(DEMO_TERMS.endingSoon);
    expect(over).toHaveLength(DEMO_TERMS.overdue);
    expect(over.every((d) => d >= 10 && d <= 95)).toBe(true);
    // everyone else's term runs on for months (a committee's five years, to the next election)
    expect(daysLeft.filter((d) => d > 60).length).toBe(stationed.length - soon.length - over.length);
    expect(daysLeft.filter((d) => d > 60).every((d) => d > 90)).toBe(true);
    const firsts = new Set(
      ['party_secretary', 'graduate_official', 'selected_graduate', 'first_secretary', 'team_member'].map(
        (c) => dated.postings.findIndex((p) => p.category === c),
      ),
    );
    for (const i of firsts) expect(daysBetween(today, dated.postings[i]!.plannedEndDate)).toBeGreaterThan(90);
  });

  it('is the same for the same day', () => {
    expect(buildDemoRegistry(divisions, today)).toEqual(dated);
  });
});

describe('the demo county in the registry, seeded today', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('shows somebody under 任期将满 and 任期已满, the overdue with their days over', async () => {
    const list = async (query: string) =>
      (await admin.request({ method: 'GET', url: `/api/cadres?pageSize=50&${query}` })).json<TCadreList>();
    const soon = await list('termEndingSoon=true');
    expect(soon.total).toBe(DEMO_TERMS.endingSoon);
    const over = await list('termOverdue=true');
    expect(over.total).toBe(DEMO_TERMS.overdue);
    const today = localDate(t.clock.now());
    for (const c of over.items)
      expect(c.flags.termOverdueDays).toBe(daysBetween(c.posting!.plannedEndDate!, today));
  });
});
