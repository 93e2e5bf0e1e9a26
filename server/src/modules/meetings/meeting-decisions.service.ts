import { TASK_LIMITS, type TMeetingDecisionCreate, type TMeetingView, type TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import type { TTasksService } from '../tasks/tasks.service.ts';
import { managedMeeting } from './meeting-records.service.ts';
import { insertDecision } from './meetings.repository.ts';
import { meetingIn, type TMeetingsService } from './meetings.service.ts';

export type TMeetingDecisionsDeps = {
  db: TDb;
  now: () => Date;
  meetings: Pick<TMeetingsService, 'viewOf'>;
  /** 任务清单: assigns the task, in the decision's transaction, linked to the meeting. */
  tasks: Pick<TTasksService, 'assign'>;
};

/** The task's title: the decision's first line, cut to the task list's limit. */
const titleOf = (text: string) => {
  const first = text.split('\n')[0]!.trim();
  return first.length > TASK_LIMITS.title ? `${first.slice(0, TASK_LIMITS.title - 1)}…` : first;
};

/** 决定事项 → 任务 in one step (docs/rules.md §4.12). */
export function createMeetingDecisionsService(deps: TMeetingDecisionsDeps) {
  const { db } = deps;
  return {
    /**
     * Records a decision of the meeting and assigns it as a task (source: the meeting) to the chosen townships,
     * villages, cadres or category, by the organising level, in one transaction with both audit rows.
     */
    async decide(
      scope: TScope,
      id: number,
      input: TMeetingDecisionCreate,
      actor: { userId: number },
      ctx: TActorContext,
    ): Promise<TMeetingView> {
      const row = await managedMeeting(db, scope, id);
      await db.transaction(async (tx) => {
        const task = await deps.tasks.assign(
          scope,
          {
            title: titleOf(input.text),
            description: `${input.text}\n\n（${row.meeting.title}决定事项）`.slice(
              0,
              TASK_LIMITS.description,
            ),
            deadline: input.deadline,
            evidenceRequired: input.evidenceRequired ?? '',
            priority: input.priority ?? 'normal',
            target: input.target,
          },
          actor,
          ctx,
          { source: { kind: 'meeting', id }, tx },
        );
        const decision = await insertDecision(tx, {
          meetingId: id,
          text: input.text,
          taskId: task.id,
          createdBy: actor.userId,
          createdAt: deps.now(),
        });
        await recordAudit(tx, ctx, {
          action: 'meeting.decision',
          objectType: 'meeting',
          objectId: id,
          details: { decisionId: decision.id, taskId: task.id, assignments: task.assignments },
        });
      });
      return deps.meetings.viewOf(scope, await meetingIn(db, scope, id));
    },
  };
}
export type TMeetingDecisionsService = ReturnType<typeof createMeetingDecisionsService>;
