import {
  localDate,
  type TProjectFundingSource,
  type TProjectGrant,
  type TProjectKind,
  type TProjectListQuery,
  type TProjectState,
  type TScope,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { readOneSnapshot } from '../cadres/cadres.export.repository.ts';
import { findProjectInScope } from './projects.repository.ts';
import { projectView } from './projects.view.ts';
import { projectCardDocument } from './projects-card.docx.ts';
import {
  countLedgerProjects,
  findCardMilestones,
  findLedgerProjects,
  findPlaceName,
  type TLedgerProjectRow,
} from './projects-export.repository.ts';
import { projectLedgerFile, type TLedgerRow } from './projects-ledger.xlsx.ts';

/** A county's ledger holds hundreds of projects; past this a filter is refused (narrow it by township). */
export const MAX_LEDGER_PROJECTS = 20_000;

const collator = new Intl.Collator('zh-Hans-CN');

function ledgerRow(r: TLedgerProjectRow): TLedgerRow & { firstVillage: string } {
  const p = r.project;
  return {
    firstVillage: r.firstVillage ?? '',
    townshipName: r.townshipName,
    villageNames: r.villageNames ?? '',
    title: p.title,
    kind: p.kind as TProjectKind,
    isDemonstration: p.isDemonstration,
    leaderName: r.leaderName,
    claimantNames: r.claimantNames ?? '',
    targetWhat: p.targetWhat,
    targetQuantity: p.targetQuantity,
    targetUnit: p.targetUnit,
    targetDate: p.targetDate,
    budgetFen: p.budgetFen,
    funding: (r.funding ?? {}) as Partial<Record<TProjectFundingSource, number>>,
    beneficiaryHouseholds: p.beneficiaryHouseholds,
    beneficiaryPeople: p.beneficiaryPeople,
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    baselinePlannedEnd: p.baselinePlannedEnd,
    state: p.state as TProjectState,
    stopReason: p.stopReason,
    milestones: r.milestones ?? { total: 0, done: 0, overdue: 0 },
  };
}

/** 项目台账 (Excel) of any list filter and 项目卡 (Word) of one project, in the caller's scope; audited. */
export function createProjectsExportService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;

  /** Where a ledger is of: the township or village filtered, else the caller's one division, else the county. */
  async function placeOf(exec: TDb, scope: TScope, q: TProjectListQuery) {
    const code = q.village ?? q.township ?? (!scope.all && scope.codes.length === 1 ? scope.codes[0]! : null);
    return (await findPlaceName(exec, code)) ?? '';
  }

  return {
    /**
     * The projects a list filter finds in scope (every page), by township, village and title, as a
     * workbook. Read in one snapshot under the export time limit; a filter finding more than
     * MAX_LEDGER_PROJECTS is refused before anything is read.
     */
    async ledger(scope: TScope, q: TProjectListQuery, ctx: TActorContext) {
      const today = localDate(deps.now());
      const { page: _p, pageSize: _s, ...filter } = q;
      const { rows, place } = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, async (tx) => {
        await readOneSnapshot(tx);
        const n = await countLedgerProjects(tx, scope, filter);
        if (n > MAX_LEDGER_PROJECTS)
          throw new AppError('validation', 'project_export_too_many', { count: n, max: MAX_LEDGER_PROJECTS });
        const found = await findLedgerProjects(tx, scope, filter, today);
        return { rows: found.map(ledgerRow), place: await placeOf(tx, scope, q) };
      });
      rows.sort((a, b) => a.firstVillage.localeCompare(b.firstVillage) || collator.compare(a.title, b.title));
      await recordAudit(db, ctx, {
        action: 'project.export',
        objectType: 'project',
        details: { ledger: true, rows: rows.length, filters: filter },
      });
      return {
        file: await projectLedgerFile(`${place}帮扶项目台账（截至 ${today}）`, rows),
        filename: `帮扶项目台账-${place}-${today}.xlsx`,
      };
    },

    /** One project's card (404 out of scope, before anything about it is read); audited. */
    async card(scope: TScope, id: number, grants: readonly TProjectGrant[], ctx: TActorContext) {
      if (!(await findProjectInScope(db, scope, id))) throw notFound();
      const today = localDate(deps.now());
      const project = await projectView(db, id, grants);
      const milestones = await findCardMilestones(db, id);
      await recordAudit(db, ctx, {
        action: 'project.export',
        objectType: 'project',
        objectId: id,
        details: { card: true },
      });
      return {
        file: await projectCardDocument(project, milestones, today),
        filename: `项目卡-${project.title}.docx`,
      };
    },
  };
}
export type TProjectsExportService = ReturnType<typeof createProjectsExportService>;
