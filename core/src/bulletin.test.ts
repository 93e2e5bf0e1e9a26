import { describe, expect, it } from 'vitest';
import {
  BULLETIN_FIGURE_KEYS,
  BULLETIN_FIGURE_LABELS,
  BULLETIN_FIGURE_RULES,
  BULLETIN_FIGURE_SOURCE_LABELS,
  BULLETIN_FIGURE_SOURCES,
  BULLETIN_SECTION_LABELS,
  BULLETIN_SECTIONS,
  BULLETIN_STATE_LABELS,
  BULLETIN_STATES,
  figureLinkOf,
  fillSegments,
  fillTemplate,
  placeholderOf,
  proposeNumbers,
  unknownPlaceholders,
} from './bulletin.ts';

const CJK = /[\u3400-\u9fff]/;

describe('the bulletin’s code lists', () => {
  it.each([
    ['figure keys', BULLETIN_FIGURE_KEYS, BULLETIN_FIGURE_LABELS],
    ['figure rules', BULLETIN_FIGURE_KEYS, BULLETIN_FIGURE_RULES],
    ['figure sources', BULLETIN_FIGURE_SOURCES, BULLETIN_FIGURE_SOURCE_LABELS],
    ['sections', BULLETIN_SECTIONS, BULLETIN_SECTION_LABELS],
    ['states', BULLETIN_STATES, BULLETIN_STATE_LABELS],
  ] as const)('names every one of the %s, and nothing else', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('names each figure, source and rule in Chinese and in English (no Chinese in the English)', () => {
    const pairs = [
      ...Object.values(BULLETIN_FIGURE_LABELS),
      ...Object.values(BULLETIN_FIGURE_SOURCE_LABELS),
      ...Object.values(BULLETIN_SECTION_LABELS),
      ...Object.values(BULLETIN_STATE_LABELS),
      ...Object.values(BULLETIN_FIGURE_RULES).map((r) => r.rule),
    ];
    expect(pairs.length).toBeGreaterThan(20);
    for (const [zh, en] of pairs) {
      expect(zh).toMatch(CJK);
      expect(en.trim()).not.toBe('');
      expect(en).not.toMatch(CJK);
    }
  });
});

describe('filling a bulletin’s text', () => {
  const text = `驻村工作队 ${placeholderOf('teams')} 支 {{ teamPeople }} 人，组织{{labourers}}名`;

  it('replaces each placeholder by its figure, digits without grouping as the seed writes 3122', () => {
    expect(fillTemplate(text, { teams: 56, teamPeople: 171, labourers: 3122 })).toBe(
      '驻村工作队 56 支 171 人，组织3122名',
    );
  });

  it('cuts the text into words and figures in order, a figure without a value left null', () => {
    const segments = fillSegments('共{{teams}}支', {});
    expect(segments).toEqual([{ text: '共' }, { key: 'teams', value: null }, { text: '支' }]);
    expect(fillTemplate('共{{teams}}支', {})).toBe('共□支');
  });

  it('finds the placeholders that name no figure, and leaves them as written', () => {
    expect(unknownPlaceholders('{{teams}} {{cadres}} {{ labourer }}')).toEqual(['cadres', 'labourer']);
    expect(unknownPlaceholders(text)).toEqual([]);
    expect(fillTemplate('{{cadres}}', {})).toBe('{{cadres}}');
  });
});

describe('numbering the next issue', () => {
  it('starts at 1 and 1 for a county without issues', () => {
    expect(proposeNumbers([], 2026)).toEqual({ issueNo: 1, runningNo: 1 });
  });

  it('runs on the running number, and the issue number within the year', () => {
    const issues = [
      { year: 2025, issueNo: 30, runningNo: 40 },
      { year: 2026, issueNo: 4, runningNo: 44 },
      { year: 2026, issueNo: 5, runningNo: 45 },
    ];
    expect(proposeNumbers(issues, 2026)).toEqual({ issueNo: 6, runningNo: 46 });
    expect(proposeNumbers(issues, 2027)).toEqual({ issueNo: 1, runningNo: 46 });
  });
});

describe('the list behind a figure', () => {
  it('opens the month of the bulletin’s date for the labourers, the filtered registry for the posts', () => {
    expect(figureLinkOf('labourers', '2026-12-06')).toBe('/outcomes?tab=figures&month=2026-12');
    expect(figureLinkOf('partySecretaries', '2026-12-06')).toBe('/cadres?category=party_secretary');
    for (const key of BULLETIN_FIGURE_KEYS) expect(figureLinkOf(key, '2026-12-06')).not.toMatch(/[{}]/);
  });
});
