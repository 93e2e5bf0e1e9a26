import {
  inScope,
  localDate,
  plannedEndOf,
  type TCadreListQuery,
  type TCreateCadreRequest,
  type TPersonInput,
  type TPostingInput,
  type TScope,
  type TUpdateCadreRequest,
  termEndingUntil,
  ZCreateCadreRequest,
  ZEndPostingRequest,
  ZPostingInput,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound, type TErrorDetail } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { generateOneTimePassword, hashPassword } from '../auth/password.ts';
import { findDivision } from '../divisions/divisions.repository.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { findUnit } from '../units/units.repository.ts';
import { findUserByPhone, insertUserNamedById, replaceGrants } from '../users/users.repository.ts';
import {
  findCadres,
  findPerson,
  findPersonByIdNumber,
  findPersonInScope,
  findPosting,
  findPostingsOf,
  insertPerson,
  insertPosting,
  updatePerson,
  updatePosting,
} from './cadres.repository.ts';
import { checkPersonFacts, checkPostingDates } from './cadres.rules.ts';
import { toListItem, toPosting, toProfile } from './cadres.view.ts';

const invalid = (details: TErrorDetail[], code: 'validation' | 'conflict' = 'validation') =>
  new AppError(code, 'validation_failed', {}, details);

export function createCadresService(deps: { db: TDb; now: () => Date; rules: Pick<TRulesService, 'get'> }) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function profile(personId: number) {
    const history = await findPostingsOf(db, personId);
    const person = await findPerson(db, personId);
    return toProfile(person!, history, today());
  }

  /** Checks a posting against the village, the caller's scope and the unit; returns it with its planned end. */
  async function checkPosting(scope: TScope, input: TPostingInput, prefix = 'posting.') {
    const p = ZPostingInput.parse(input);
    const details = checkPostingDates(p, prefix);
    const village = await findDivision(db, p.villageCode);
    if (village?.level !== 'village')
      details.push({
        field: `${prefix}villageCode`,
        key: 'village_unknown',
        params: { code: p.villageCode },
      });
    else if (!inScope(scope, p.villageCode))
      details.push({
        field: `${prefix}villageCode`,
        key: 'village_out_of_scope',
        params: { code: p.villageCode },
      });
    if (p.unitId !== null && !(await findUnit(db, p.unitId)))
      details.push({ field: `${prefix}unitId`, key: 'unit_unknown' });
    if (details.length) throw invalid(details);
    return {
      ...p,
      // the default term of the year the posting starts in
      plannedEndDate:
        p.plannedEndDate ??
        plannedEndOf(p.startDate, (await deps.rules.get(Number(p.startDate.slice(0, 4)))).termYears),
    };
  }

  async function assertIdNumberFree(idNumber: string, exceptId?: number) {
    const other = await findPersonByIdNumber(db, idNumber);
    if (other && other.id !== exceptId)
      throw invalid(
        [{ field: 'person.idNumber', key: 'id_number_taken', params: { value: idNumber } }],
        'conflict',
      );
  }

  return {
    /** The ledger in the caller's scope, filtered and paginated on the server. */
    async find(scope: TScope, q: TCadreListQuery) {
      const day = today();
      const { rows, total } = await findCadres(db, scope, q, day, termEndingUntil(day));
      return {
        total,
        items: rows.map((r) =>
          toListItem(r.person, r.posting ? toPosting(r as Parameters<typeof toPosting>[0]) : null, day),
        ),
      };
    },

    /** A profile with the whole posting history; outside the scope it does not exist. */
    async get(scope: TScope, id: number) {
      if (!(await findPersonInScope(db, scope, id))) throw notFound();
      return profile(id);
    },

    /** Registers a person, optionally with a first posting and a sign-in account (one-time password). */
    async create(scope: TScope, input: TCreateCadreRequest, ctx: TActorContext) {
      const req = ZCreateCadreRequest.parse(input);
      const details = checkPersonFacts(req.person);
      const countyCode = scope.all ? undefined : scope.codes.find((c) => c.length === 6);
      if (!req.posting && !countyCode) details.push({ field: 'posting', key: 'posting_required' });
      if (req.createAccount && !req.posting)
        details.push({ field: 'createAccount', key: 'account_needs_posting' });
      if (details.length) throw invalid(details);
      const posting = req.posting ? await checkPosting(scope, req.posting) : null;
      await assertIdNumberFree(req.person.idNumber);
      if (req.createAccount && (await findUserByPhone(db, req.person.phone)))
        throw invalid(
          [{ field: 'person.phone', key: 'phone_taken', params: { value: req.person.phone } }],
          'conflict',
        );
      const oneTimePassword = req.createAccount ? generateOneTimePassword() : null;
      const passwordHash = oneTimePassword ? await hashPassword(oneTimePassword) : null;
      // filed under the posting's village, or the caller's county when registered without one
      const filedUnder = posting?.villageCode ?? countyCode!;

      const { personId, username } = await db.transaction(async (tx) => {
        let userId: number | null = null;
        let username = '';
        if (passwordHash && posting) {
          const user = await insertUserNamedById(tx, 'cadre-', {
            phone: req.person.phone,
            displayName: req.person.name,
            passwordHash,
            mustChangePassword: true,
          });
          await replaceGrants(tx, user.id, [{ role: 'cadre', divisionCode: posting.villageCode }]);
          userId = user.id;
          username = user.username;
        }
        const person = await insertPerson(tx, { ...req.person, filedUnder, userId });
        if (posting) await insertPosting(tx, { ...posting, personId: person.id });
        await recordAudit(tx, ctx, {
          action: 'cadre.create',
          objectType: 'cadre',
          objectId: person.id,
          details: { posting: posting?.villageCode ?? null, account: userId !== null },
        });
        return { personId: person.id, username };
      });
      const account = oneTimePassword ? { username, oneTimePassword } : null;
      return { cadre: await profile(personId), account };
    },

    /** Edits a person's facts; ID number, birth date and sex are checked together. */
    async update(scope: TScope, id: number, patch: TUpdateCadreRequest, ctx: TActorContext) {
      const person = await findPersonInScope(db, scope, id);
      if (!person) throw notFound();
      const merged = { ...person, ...patch } as Required<TPersonInput>;
      const details = checkPersonFacts(merged, '');
      if (details.length) throw invalid(details);
      if (patch.idNumber) await assertIdNumberFree(patch.idNumber, id);
      await db.transaction(async (tx) => {
        await updatePerson(tx, id, patch);
        await recordAudit(tx, ctx, {
          action: 'cadre.update',
          objectType: 'cadre',
          objectId: id,
          details: { fields: Object.keys(patch) },
        });
      });
      return profile(id);
    },

    /** The full ID number and phone, for a stated reason; every view is audited. */
    async unmask(scope: TScope, id: number, reason: string, ctx: TActorContext) {
      const person = await findPersonInScope(db, scope, id);
      if (!person) throw notFound();
      await recordAudit(db, ctx, {
        action: 'cadre.unmask',
        objectType: 'cadre',
        objectId: id,
        details: { reason },
      });
      return { idNumber: person.idNumber, phone: person.phone };
    },

    /** Starts a new posting; a person holds at most one active posting. */
    async addPosting(scope: TScope, personId: number, input: TPostingInput, ctx: TActorContext) {
      if (!(await findPersonInScope(db, scope, personId))) throw notFound();
      const active = (await findPostingsOf(db, personId)).find((p) => p.posting.actualEndDate === null);
      if (active) throw new AppError('conflict', 'active_posting_exists', { village: active.villageName });
      const posting = await checkPosting(scope, input, '');
      await db.transaction(async (tx) => {
        const row = await insertPosting(tx, { ...posting, personId });
        await updatePerson(tx, personId, { filedUnder: posting.villageCode });
        await recordAudit(tx, ctx, {
          action: 'posting.create',
          objectType: 'posting',
          objectId: row.id,
          details: { personId, villageCode: posting.villageCode },
        });
      });
      return profile(personId);
    },

    /** Ends an active posting with the date and reason (history is kept). */
    async endPosting(
      scope: TScope,
      postingId: number,
      body: z.input<typeof ZEndPostingRequest>,
      ctx: TActorContext,
    ) {
      const end = ZEndPostingRequest.parse(body);
      const posting = await findPosting(db, postingId);
      if (!posting || !(await findPersonInScope(db, scope, posting.personId))) throw notFound();
      if (posting.actualEndDate) throw new AppError('conflict', 'posting_not_active');
      if (end.actualEndDate < posting.startDate)
        throw invalid([
          { field: 'actualEndDate', key: 'end_before_start', params: { start: posting.startDate } },
        ]);
      await db.transaction(async (tx) => {
        await updatePosting(tx, postingId, end);
        await recordAudit(tx, ctx, {
          action: 'posting.end',
          objectType: 'posting',
          objectId: postingId,
          details: { reason: end.endReason },
        });
      });
      return profile(posting.personId);
    },
  };
}
export type TCadresService = ReturnType<typeof createCadresService>;
