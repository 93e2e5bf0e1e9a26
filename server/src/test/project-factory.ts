import type { TCreateProjectRequest, TProjectState } from '@zhucun/core';
import type { TDb } from '../db/client.ts';
import { projectClaimants, projectMilestones, projects, projectVillages } from '../db/schema.ts';

/** A project proposal that passes every check, led by `leaderPersonId` in `villageCode`, with overrides. */
export function buildProject(
  villageCode: string,
  leaderPersonId: number,
  overrides: Partial<TCreateProjectRequest> = {},
): TCreateProjectRequest {
  return {
    title: '日光温室蔬菜大棚',
    kind: 'industry',
    isDemonstration: false,
    summary: '新建日光温室，种植反季节蔬菜，带动农户务工增收',
    villageCodes: [villageCode],
    leaderPersonId,
    targetWhat: '建成日光温室大棚',
    targetQuantity: 20,
    targetUnit: '座',
    targetDate: '2026-10-31',
    budgetFen: 120_000_000,
    funding: [
      { source: 'fiscal_linked', amountFen: 100_000_000, note: '' },
      { source: 'village_collective', amountFen: 20_000_000, note: '' },
    ],
    beneficiaryHouseholds: 35,
    beneficiaryPeople: 96,
    startDate: '2026-03-01',
    plannedEndDate: '2026-11-30',
    ...overrides,
  };
}

/**
 * A project written straight to the database, for tests of what builds on projects (milestones,
 * progress, assessments, the selection) that should not depend on the projects routes.
 */
export async function insertTestProject(
  db: TDb,
  values: {
    villageCodes: string[];
    leaderPersonId: number;
    state?: TProjectState;
    isDemonstration?: boolean;
    claimantIds?: number[];
    title?: string;
    startDate?: string;
    plannedEndDate?: string;
  },
): Promise<{ id: number }> {
  const [row] = await db
    .insert(projects)
    .values({
      title: values.title ?? '日光温室蔬菜大棚',
      kind: 'industry',
      isDemonstration: values.isDemonstration ?? false,
      townshipCode: values.villageCodes[0]!.slice(0, 9),
      leaderPersonId: values.leaderPersonId,
      targetWhat: '建成日光温室大棚',
      targetQuantity: 20,
      targetUnit: '座',
      targetDate: values.plannedEndDate ?? '2026-11-30',
      budgetFen: 120_000_000,
      startDate: values.startDate ?? '2026-03-01',
      plannedEndDate: values.plannedEndDate ?? '2026-11-30',
      state: values.state ?? 'draft',
      stopReason: values.state === 'stopped' ? '测试终止' : null,
    })
    .returning({ id: projects.id });
  const id = row!.id;
  await db
    .insert(projectVillages)
    .values(values.villageCodes.map((villageCode) => ({ projectId: id, villageCode })));
  if (values.claimantIds?.length)
    await db
      .insert(projectClaimants)
      .values(values.claimantIds.map((personId) => ({ projectId: id, personId })));
  return { id };
}

/** A milestone of a project, written straight to the database. */
export async function insertTestMilestone(
  db: TDb,
  values: { projectId: number; ownerPersonId: number; dueDate: string; startDate?: string; title?: string },
): Promise<{ id: number }> {
  const [row] = await db
    .insert(projectMilestones)
    .values({
      projectId: values.projectId,
      ownerPersonId: values.ownerPersonId,
      title: values.title ?? '完成大棚主体建设',
      deliverable: '大棚主体竣工照片',
      startDate: values.startDate ?? null,
      dueDate: values.dueDate,
    })
    .returning({ id: projectMilestones.id });
  return { id: row!.id };
}
