import {
  inScope,
  localDate,
  type TMyViolations,
  type TScope,
  type TViolationList,
  type TViolationQuery,
  type TViolationYearView,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { findPersonByUser } from '../cadres/cadres.repository.ts';
import {
  countViolations,
  findEvidenceKey,
  findPersonFacts,
  findViolations,
} from './violations.repository.ts';
import { detailsOf, itemOf, yearViewOf } from './violations.view.ts';

/** Reading violation records: the list in scope, a person's year, the cadre's own, the evidence (docs/rules.md §4.10). */
export function createViolationsReader(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  return {
    /** Records in scope, newest first, filtered by state, township, year or person; a page and the total. */
    async list(scope: TScope, q: TViolationQuery): Promise<TViolationList> {
      const f = {
        state: q.state,
        township: q.township,
        year: q.year,
        personId: q.personId,
        ...(q.toDecide ? { toDecideOn: today() } : {}),
      };
      const [rows, total] = await Promise.all([
        findViolations(db, scope, f, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
        countViolations(db, scope, f),
      ]);
      return { items: rows.map(itemOf), total };
    },

    /**
     * A person's year under the negative list, from the records in scope (the registry's cadre page): a person
     * neither filed in scope nor with a record in it is not found.
     */
    async year(scope: TScope, personId: number, year: number): Promise<TViolationYearView> {
      const person = await findPersonFacts(db, personId);
      if (!person) throw notFound();
      const rows = await findViolations(db, scope, { personId, year });
      if (!rows.length && !inScope(scope, person.filedUnder)) throw notFound();
      return yearViewOf(personId, year, rows);
    },

    /** The cadre's own records (every year, newest first) and the year asked for. */
    async mine(userId: number, asked?: number): Promise<TMyViolations> {
      const year = asked ?? Number(today().slice(0, 4));
      const person = await findPersonByUser(db, userId);
      if (!person) return { items: [], year: yearViewOf(0, year, []) };
      const rows = await findViolations(db, { all: true }, { userId });
      return { items: await detailsOf(db, rows, 'cadre', today()), year: yearViewOf(person.id, year, rows) };
    },

    /** Where an evidence photo is kept, when the caller may see it (their scope, or their own record). */
    evidenceKey: (fileId: number, scope: TScope | null, userId: number) =>
      findEvidenceKey(db, fileId, scope, userId),
  };
}
export type TViolationsReader = ReturnType<typeof createViolationsReader>;
