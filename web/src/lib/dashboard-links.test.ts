import { describe, expect, it } from 'vitest';
import { figureLink } from './dashboard-links.ts';

const at = { asOf: '2026-12-05', monday: '2026-11-23', ratingYear: 2026 };

describe('figureLink: a dashboard figure leads to the list of the records it counts', () => {
  it('filters a township’s figure by its township, a village’s by its village', () => {
    expect(figureLink('requests', 'overdue', { ...at, part: '140622100' })).toBe(
      '/requests?township=140622100&overdue=true',
    );
    expect(figureLink('requests', 'atCounty', { ...at, part: '140622100201' })).toBe(
      '/requests?village=140622100201&level=county',
    );
    expect(figureLink('homes', 'withoutHome', { ...at, part: '140622100201' })).toBe(
      '/homes?tab=without-home&village=140622100201',
    );
  });

  it('uses the township where a list has no village filter, and the county level for the county’s own items', () => {
    expect(figureLink('rectification', 'overdue', { ...at, part: '140622100201' })).toBe(
      '/rectification?township=140622100&overdue=true',
    );
    expect(figureLink('rectification', 'closed', { ...at, part: '140622' })).toBe(
      '/rectification?level=county&state=closed',
    );
    expect(figureLink('presence', 'recallAlerts', { ...at, part: '140622100201' })).toBe(
      '/duty/absences?tab=recall&year=2026&township=140622100',
    );
  });

  it('carries the panel’s dates: the week assessed, this year’s ledger, the rating’s year', () => {
    expect(figureLink('presence', 'weekNotComplying', { ...at, part: '140622100' })).toBe(
      '/duty/compliance?tab=week&week=2026-11-23&township=140622100',
    );
    expect(figureLink('requests', 'resolvedOnTime', { ...at, part: '140622100' })).toBe(
      '/requests/ledger?from=2026-01-01&to=2026-12-05&township=140622100',
    );
    expect(figureLink('rating', 'excellent', { ...at, part: '140622100' })).toBe(
      '/rating?year=2026&grade=excellent&township=140622100',
    );
    expect(figureLink('rating', 'excellent', { asOf: at.asOf, part: '140622100' })).toBeNull();
    expect(figureLink('projects', 'in_progress', { ...at, part: '140622100' })).toBe(
      '/projects?township=140622100&state=in_progress',
    );
  });
});
