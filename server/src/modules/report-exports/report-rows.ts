import type { TPosting } from '@zhucun/core';
import type { findCadres } from '../cadres/cadres.repository.ts';
import { toPosting } from '../cadres/cadres.view.ts';
import type { TLedgerProjectRow } from '../projects/projects-export.repository.ts';
import type { findRequestsRegistered } from './report-exports.repository.ts';
import type { TReportRow } from './report-workbook.ts';

/** A registry row of `findCadres`: the person and the active posting (null when not posted). */
type TCadreRow = Awaited<ReturnType<typeof findCadres>>['rows'][number];

/** 驻村干部台账: a person and their active posting, by the registry set's keys (codes, not labels). */
export function registryRow(r: TCadreRow): TReportRow {
  const p = r.person;
  const a: TPosting | null = r.posting ? toPosting(r as Parameters<typeof toPosting>[0]) : null;
  return {
    person_id: p.id,
    township: a?.townshipName ?? '',
    village_code: a?.villageCode ?? '',
    village: a?.villageName ?? '',
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birth_date: p.birthDate,
    political_status: p.politicalStatus,
    education_level: p.educationLevel,
    personnel_status: p.personnelStatus,
    home_unit: p.homeUnit ?? '',
    category: a?.category ?? null,
    post_title: a?.postTitle ?? '',
    dispatch_unit: a?.unitName ?? '',
    start_date: a?.startDate ?? null,
    planned_end_date: a?.plannedEndDate ?? null,
  };
}

/** 群众诉求台账: a request registered in the period. */
export function requestRow(r: Awaited<ReturnType<typeof findRequestsRegistered>>[number]): TReportRow {
  return {
    request_id: r.id,
    township: r.townshipName,
    village_code: r.villageCode,
    village: r.villageName,
    registered_on: r.registeredOn,
    category: r.category,
    urgency: r.urgency,
    description: r.description,
    state: r.state,
    owner_level: r.ownerLevel,
    accept_by: r.acceptBy,
    resolve_by: r.resolveBy,
    resolved_on: r.resolvedOn,
    result: r.result ?? '',
    satisfaction: r.satisfaction,
  };
}

/** 帮扶项目台账: a project as the project ledger reads it (today's milestones). */
export function projectRow(r: TLedgerProjectRow): TReportRow {
  const p = r.project;
  return {
    project_id: p.id,
    township: r.townshipName,
    villages: r.villageNames ?? '',
    title: p.title,
    kind: p.kind,
    state: p.state,
    is_demonstration: String(p.isDemonstration),
    leader: r.leaderName,
    target:
      p.targetQuantity === null ? p.targetWhat : `${p.targetWhat} ${p.targetQuantity}${p.targetUnit ?? ''}`,
    target_date: p.targetDate,
    budget_yuan: p.budgetFen / 100,
    beneficiary_households: p.beneficiaryHouseholds,
    beneficiary_people: p.beneficiaryPeople,
    start_date: p.startDate,
    planned_end_date: p.plannedEndDate,
    milestones_total: r.milestones?.total ?? 0,
    milestones_done: r.milestones?.done ?? 0,
    milestones_overdue: r.milestones?.overdue ?? 0,
  };
}
