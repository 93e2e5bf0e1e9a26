import {
  admonishmentInEffect,
  isRectificationOverdue,
  localDate,
  type TAdmonishment,
  type TAdmonishmentList,
  type TRectificationState,
  type TScope,
  type ZAdmonishmentQuery,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { findAdmonishments, type TAdmonishmentRow } from './admonishments.repository.ts';

/** An admonishment as shown on a day: in effect or not, its rectification overdue or not. */
export function admonishmentView(r: TAdmonishmentRow, today: string): TAdmonishment {
  const state = r.rectification_state as TRectificationState | null;
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    villageCode: r.place_code.length === 12 ? r.place_code : null,
    villageName: r.village_name,
    townshipName: r.township_name,
    year: r.year,
    reason: r.reason,
    issuedOn: r.issued_on,
    effectiveUntil: r.effective_until,
    inEffect: admonishmentInEffect({ issuedOn: r.issued_on, effectiveUntil: r.effective_until }, today),
    rectification:
      r.rectification_id && state && r.deadline
        ? {
            id: r.rectification_id,
            state,
            deadline: r.deadline,
            overdue: isRectificationOverdue({ state, deadline: r.deadline }, today),
            closedOn: r.closed_on,
          }
        : null,
  };
}

/** 诫勉 (docs/rules.md §4.6): the admonishments in scope, each with its rectification's progress. */
export function createAdmonishmentsService({ db, now }: { db: TDb; now: () => Date }) {
  return {
    async list(scope: TScope, q: z.infer<typeof ZAdmonishmentQuery>): Promise<TAdmonishmentList> {
      const today = localDate(now());
      const rows = await findAdmonishments(db, scope, q);
      return { items: rows.map((r) => admonishmentView(r, today)), total: rows.length, today };
    },
  };
}
export type TAdmonishmentsService = ReturnType<typeof createAdmonishmentsService>;
