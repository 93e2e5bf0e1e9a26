import { describe, expect, it } from 'vitest';
import {
  checkPairDate,
  MENTOR_LEVELS,
  mayAssignMentorLevel,
  mentoringIneligibility,
  missingMentorLevels,
  PAIR_END_REASON_LABELS,
  PAIR_END_REASONS,
} from './mentoring.ts';

const young = {
  category: 'graduate_official' as const,
  birthDate: '1991-11-30',
  educationLevel: 'bachelor' as const,
  fullTimeEducation: true,
};

describe('why someone is not a mentee (docs/rules.md §4.5)', () => {
  it('finds nothing wrong with a young full-time graduate', () => {
    expect(mentoringIneligibility(young, '2026-11-29')).toEqual([]);
  });

  it('names the age from the 35th birthday on', () => {
    expect(mentoringIneligibility(young, '2026-11-30')).toEqual(['age']);
  });

  it('names a part-time degree apart from a degree below the bachelor’s', () => {
    expect(mentoringIneligibility({ ...young, fullTimeEducation: false }, '2026-01-01')).toEqual([
      'part_time',
    ]);
    expect(mentoringIneligibility({ ...young, educationLevel: 'junior_college' }, '2026-01-01')).toEqual([
      'education',
    ]);
    // below a bachelor's, full-time or not makes no difference: the degree is the reason
    expect(
      mentoringIneligibility(
        { ...young, educationLevel: 'secondary', fullTimeEducation: false },
        '2026-01-01',
      ),
    ).toEqual(['education']);
  });

  it('names a category outside the three and a missing posting, with every other reason', () => {
    expect(mentoringIneligibility({ ...young, category: 'first_secretary' }, '2026-01-01')).toEqual([
      'category',
    ]);
    expect(
      mentoringIneligibility(
        {
          ...young,
          category: null,
          birthDate: '1980-01-01',
          educationLevel: 'master',
          fullTimeEducation: false,
        },
        '2026-01-01',
      ),
    ).toEqual(['no_posting', 'age', 'part_time']);
  });
});

describe('mentor levels', () => {
  it('lists the levels still missing in order county, township, village', () => {
    expect(missingMentorLevels([])).toEqual([...MENTOR_LEVELS]);
    expect(missingMentorLevels(['village', 'county'])).toEqual(['township']);
    expect(missingMentorLevels(['county', 'township', 'village'])).toEqual([]);
  });

  it('lets the county pair at every level and a township only below the county', () => {
    for (const level of MENTOR_LEVELS) expect(mayAssignMentorLevel(['county_admin'], level)).toBe(true);
    expect(mayAssignMentorLevel(['township_admin'], 'county')).toBe(false);
    expect(mayAssignMentorLevel(['township_admin'], 'township')).toBe(true);
    expect(mayAssignMentorLevel(['township_admin'], 'village')).toBe(true);
    expect(mayAssignMentorLevel(['mentor', 'cadre'], 'village')).toBe(false);
  });

  it('names every reason a pair ends in both languages', () => {
    for (const reason of PAIR_END_REASONS) {
      expect(PAIR_END_REASON_LABELS[reason][0]).not.toBe('');
      expect(PAIR_END_REASON_LABELS[reason][1]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('dates on a pair', () => {
  it('refuses a day not yet come and a day before the pair began; accepts both ends', () => {
    expect(checkPairDate('2026-03-02', '2026-03-01', '2026-03-01')).toBe('future');
    expect(checkPairDate('2026-02-28', '2026-03-01', '2026-03-05')).toBe('before_start');
    expect(checkPairDate('2026-03-01', '2026-03-01', '2026-03-05')).toBeNull();
    expect(checkPairDate('2026-03-05', '2026-03-01', '2026-03-05')).toBeNull();
  });
});
