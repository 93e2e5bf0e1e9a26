import type { TDashboardPanelName } from '../api/dashboard.ts';

/** What a figure's link needs to know besides its part: the panel's dates and the rating's year. */
export type TFigureContext = {
  /** The part's code: a township (9 digits), a village (12) or the division's own records (its code). */
  part: string;
  asOf: string;
  /** The presence panel's last ended week. */
  monday?: string;
  /** The rating panel's cycle. */
  ratingYear?: number;
};

/** The place filter of a list page: a township's, or a village's (with its township where a page needs it). */
function placeOf(part: string, villages: boolean): Record<string, string> {
  if (part.length === 12) return villages ? { village: part } : { township: part.slice(0, 9) };
  if (part.length === 9) return { township: part };
  return {};
}

const to = (path: string, params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
};

/**
 * Where a dashboard figure leads: the list page that shows the records it counts, filtered as the count
 * is (docs/web.md, the county's picture). Null when no list shows them.
 */
export function figureLink(panel: TDashboardPanelName, figure: string, c: TFigureContext): string | null {
  const year = c.asOf.slice(0, 4);
  const place = placeOf(c.part, true);
  switch (panel) {
    case 'presence':
      if (figure.startsWith('week')) return to('/duty/compliance', { tab: 'week', week: c.monday, ...place });
      if (figure.startsWith('month')) return to('/duty/compliance', { tab: 'year', year, ...place });
      if (figure === 'onLeave') return to('/duty/absences', { tab: 'all', ...placeOf(c.part, false) });
      if (figure === 'recallAlerts')
        return to('/duty/absences', { tab: 'recall', year, ...placeOf(c.part, false) });
      return null;
    case 'requests':
      if (figure === 'open') return to('/requests', place);
      if (figure === 'overdue') return to('/requests', { ...place, overdue: 'true' });
      if (figure === 'atTownship') return to('/requests', { ...place, level: 'township' });
      if (figure === 'atCounty') return to('/requests', { ...place, level: 'county' });
      return to('/requests/ledger', { from: `${year}-01-01`, to: c.asOf, ...place });
    case 'projects':
      if (figure === 'milestonesOverdue') return to('/projects/battle-map', placeOf(c.part, false));
      return to('/projects', { ...place, state: figure });
    case 'tasks':
      return to('/tasks', { status: figure });
    case 'rectification': {
      const where = c.part.length === 6 ? { level: 'county' } : placeOf(c.part, false);
      if (figure === 'overdue') return to('/rectification', { ...where, overdue: 'true' });
      if (figure === 'closed') return to('/rectification', { ...where, state: 'closed' });
      return to('/rectification', where);
    }
    case 'homes':
      if (figure === 'withoutHome') return to('/homes', { tab: 'without-home', ...place });
      if (figure === 'belowStandard') return to('/homes', { ...place, belowStandard: 'true' });
      return to('/homes', place);
    case 'rating':
      return c.ratingYear ? to('/rating', { year: String(c.ratingYear), grade: figure, ...place }) : null;
  }
}
