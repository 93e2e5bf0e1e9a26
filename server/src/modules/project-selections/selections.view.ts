import {
  isNoticeOpen,
  localDate,
  mayScore,
  quotaCheck,
  rankNominations,
  selectionRefusal,
  type TNominationView,
  type TRole,
  type TScope,
  type TSelection,
  type TSelectionAction,
  type TSelectionRefusal,
  type TSelectionStage,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import {
  findAwardsOf,
  findNominations,
  findObjections,
  findPanel,
  findProjectUnits,
  findQuotas,
  findScores,
  type TNominationRow,
  type TPanelRow,
  type TSelectionRow,
} from './selections.repository.ts';

/** What a selection's refusals are computed from (core `selectionRefusal`), read from the database. */
export async function selectionFacts(db: TDb, s: TSelectionRow, today: string) {
  const nominations = (await findNominations(db, s.id, { all: true })).filter((n) => !n.withdrawnAt);
  const quotas = await findQuotas(db, s.id);
  const quotaOf = Object.fromEntries(quotas.map((q) => [q.townshipCode, q.quota]));
  const over = quotaCheck(nominations, quotaOf).filter((q) => q.over > 0);
  const scores = await findScores(db, s.id);
  const counts = nominations.map((n) => ({
    nomination: n,
    count: scores.filter((x) => x.nominationId === n.id).length,
  }));
  const fewest = counts.reduce<(typeof counts)[number] | null>(
    (m, c) => (!m || c.count < m.count ? c : m),
    null,
  );
  const objections = await findObjections(db, s.id);
  return {
    nominations,
    over,
    fewest,
    facts: {
      nominations: nominations.length,
      overQuota: over.length,
      fewestScores: fewest?.count ?? 0,
      noticeEnd: s.noticeEnd,
      today,
      openObjections: objections.filter((o) => o.o.outcome === 'pending').length,
    },
  };
}

export type TSelectionCaller = {
  roles: readonly TRole[];
  userId: number;
  /** The caller's projects:read scope: which nominations they see before the notice, and whose leaders. */
  readScope: TScope;
  mayManage: boolean;
  mayNominate: boolean;
};

/** The conflict facts of the nominated projects: their townships and the units of their people. */
export async function conflictFacts(db: TDb, rows: TNominationRow[]) {
  const units = await findProjectUnits(
    db,
    rows.map((r) => r.projectId),
  );
  return (r: TNominationRow) => ({
    projectId: r.projectId,
    townshipCodes: [r.townshipCode],
    unitIds: units.get(r.projectId) ?? [],
  });
}

const COUNTY_ACTIONS: TSelectionAction[] = ['open_scoring', 'publish_notice', 'reopen_scoring', 'confirm'];

/**
 * A selection as the caller may see it. Before the notice nobody sees a score (the county sees how
 * many each nomination has); from the notice on, the result is public: combined scores, ranks and
 * the proposed awards. The county sees the panel and the objections; leaders are named only to
 * those whose scope holds the project.
 */
export async function selectionView(
  db: TDb,
  s: TSelectionRow,
  caller: TSelectionCaller,
  now: Date,
): Promise<TSelection> {
  const today = localDate(now);
  const stage = s.state as TSelectionStage;
  const published = stage === 'notice' || stage === 'confirmed';
  const rows = await findNominations(db, s.id, caller.readScope);
  const scores = await findScores(db, s.id);
  const panel: TPanelRow[] = await findPanel(db, s.id);
  const objections = await findObjections(db, s.id);
  const awards = await findAwardsOf(db, s.id);
  const quotas = await findQuotas(db, s.id);
  const facts = await selectionFacts(db, s, today);
  const conflict = await conflictFacts(db, rows);
  const active = rows.filter((r) => !r.withdrawnAt);
  const ranked = rankNominations(
    active.map((r) => ({
      projectId: r.projectId,
      id: r.id,
      scores: scores.filter((x) => x.nominationId === r.id).map((x) => Number(x.score)),
    })),
  );
  const upheld = (id: number) =>
    objections.filter((o) => o.o.nominationId === id && o.o.outcome === 'upheld').length;
  const proposed = new Set(
    ranked
      .filter((r) => r.rank !== null && upheld(r.id) === 0)
      .slice(0, s.awardCount)
      .map((r) => r.id),
  );
  const visible = rows.filter((r) => (caller.mayManage ? true : published ? !r.withdrawnAt : r.inScope));
  const nominations: TNominationView[] = visible.map((r) => {
    const rank = ranked.find((x) => x.id === r.id);
    return {
      id: r.id,
      projectId: r.projectId,
      title: r.title,
      kind: r.kind as TNominationView['kind'],
      townshipCode: r.townshipCode,
      townshipName: r.townshipName,
      villageNames: r.villageNames,
      leaderName: r.inScope ? r.leaderName : null,
      reason: r.reason,
      nominatedAt: r.nominatedAt.toISOString(),
      withdrawn: r.withdrawnAt !== null,
      scoreCount: caller.mayManage ? scores.filter((x) => x.nominationId === r.id).length : null,
      eligibleReviewers: caller.mayManage ? panel.filter((m) => mayScore(m, conflict(r))).length : null,
      combined: published && rank ? rank.combined : null,
      rank: published && rank ? rank.rank : null,
      tieBreak: published && rank ? rank.tieBreak : null,
      proposed: published && proposed.has(r.id),
      upheldObjections: upheld(r.id),
      awardId: awards.find((a) => a.nominationId === r.id)?.id ?? null,
    };
  });
  if (published)
    nominations.sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        a.projectId - b.projectId,
    );
  const actor = { roles: caller.roles, onPanel: panel.some((m) => m.userId === caller.userId) };
  const refusals: Record<string, TSelectionRefusal | null> = {};
  if (caller.mayManage)
    for (const a of COUNTY_ACTIONS) refusals[a] = selectionRefusal(a, stage, actor, facts.facts);
  return {
    id: s.id,
    year: s.year,
    stage,
    awardCount: s.awardCount,
    nominationsCloseOn: s.nominationsCloseOn,
    noticeStart: s.noticeStart,
    noticeEnd: s.noticeEnd,
    noticeOpen:
      stage === 'notice' &&
      !!s.noticeStart &&
      !!s.noticeEnd &&
      isNoticeOpen(s.noticeStart, s.noticeEnd, today),
    confirmedAt: s.confirmedAt?.toISOString() ?? null,
    quotas: quotas.map((q) => ({
      ...q,
      nominated: active.filter((n) => n.townshipCode === q.townshipCode).length,
    })),
    nominations,
    panel: caller.mayManage ? panel : null,
    objections: caller.mayManage
      ? objections.map((o) => ({
          id: o.o.id,
          nominationId: o.o.nominationId,
          projectTitle: o.projectTitle,
          receivedOn: o.o.receivedOn,
          raisedBy: o.o.raisedBy,
          content: o.o.text,
          outcome: o.o.outcome as 'pending' | 'upheld' | 'dismissed',
          handling: o.o.handling,
          handledByName: o.handledByName,
          handledAt: o.o.handledAt?.toISOString() ?? null,
          recordedByName: o.recordedByName,
        }))
      : null,
    mayManage: caller.mayManage,
    mayNominate: caller.mayNominate && stage === 'nominating',
    onPanel: actor.onPanel,
    refusals,
  };
}
