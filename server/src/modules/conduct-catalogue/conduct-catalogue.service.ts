import {
  DEFAULT_ANSWER_DAYS,
  localDate,
  type TConductCatalogue,
  type TConductCatalogueRequest,
  type TConductItemRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  findCatalogue,
  findCatalogueBefore,
  findItem,
  findItems,
  insertItems,
  nextPosition,
  type TConductItemRow,
  updateItem,
  upsertCatalogue,
} from './conduct-catalogue.repository.ts';

export type TConductCatalogueDeps = { db: TDb; now: () => Date };

const itemOf = (r: TConductItemRow) => ({
  id: r.id,
  year: r.year,
  position: r.position,
  conduct: r.text,
  deduction: r.deduction,
  veto: r.veto,
  retired: r.retiredAt !== null,
  used: r.used,
});

/**
 * 履职行为负面清单: the county's catalogue of forbidden conduct, one list a year (docs/rules.md §4.10). The
 * current year and later ones may change; an earlier year is read-only. An item a record cites keeps its text,
 * deduction and veto (it may only be taken off the list); a new year starts from the year before.
 */
export function createConductCatalogueService(deps: TConductCatalogueDeps) {
  const { db } = deps;
  const currentYear = () => Number(localDate(deps.now()).slice(0, 4));

  /** Refuses a change to a closed year (409). */
  function open(year: number) {
    if (year < currentYear()) throw new AppError('conflict', 'conduct_year_closed', { year });
  }

  async function get(year: number): Promise<TConductCatalogue> {
    const row = await findCatalogue(db, year);
    return {
      year,
      exists: row !== undefined,
      answerDays: row?.answerDays ?? DEFAULT_ANSWER_DAYS,
      currentYear: currentYear(),
      closed: year < currentYear(),
      items: (await findItems(db, year)).map(itemOf),
    };
  }

  /** An item to change: found, of an open year, and (for text, points or veto) not yet cited by a record. */
  async function changeable(id: number) {
    const item = await findItem(db, id);
    if (!item) throw notFound();
    open(item.year);
    return item;
  }

  return {
    get,

    /** The answer period of a year's catalogue (audited); starts the year's list when there was none. */
    async setAnswerDays(year: number, input: TConductCatalogueRequest, ctx: TActorContext) {
      open(year);
      await db.transaction(async (tx) => {
        await upsertCatalogue(tx, year, input.answerDays, deps.now());
        await recordAudit(tx, ctx, {
          action: 'conduct.catalogue_update',
          objectType: 'conduct_catalogue',
          objectId: year,
          details: { answerDays: input.answerDays },
        });
      });
      return get(year);
    },

    /** Adds an item at the end of an open year's list (audited). */
    async addItem(year: number, input: TConductItemRequest, ctx: TActorContext) {
      open(year);
      const same = (await findItems(db, year, true)).some((i) => i.text === input.conduct);
      if (same) throw invalidField('conduct', 'conduct_item_duplicate');
      await db.transaction(async (tx) => {
        await upsertCatalogue(tx, year, undefined, deps.now());
        const [row] = await insertItems(tx, [
          {
            year,
            position: await nextPosition(tx, year),
            text: input.conduct,
            deduction: input.deduction,
            veto: input.veto,
          },
        ]);
        await recordAudit(tx, ctx, {
          action: 'conduct.item_create',
          objectType: 'conduct_item',
          objectId: row!.id,
          details: { year, ...input },
        });
      });
      return get(year);
    },

    /** Changes an item not yet cited by a record (409 once one cites it: the record keeps what it cited). */
    async updateItem(id: number, input: TConductItemRequest, ctx: TActorContext) {
      const item = await changeable(id);
      if (item.used) throw new AppError('conflict', 'conduct_item_used');
      if (item.retiredAt) throw new AppError('conflict', 'conduct_item_retired');
      const same = (await findItems(db, item.year, true)).some(
        (i) => i.id !== id && i.text === input.conduct,
      );
      if (same) throw invalidField('conduct', 'conduct_item_duplicate');
      await db.transaction(async (tx) => {
        await updateItem(tx, id, { text: input.conduct, deduction: input.deduction, veto: input.veto });
        await recordAudit(tx, ctx, {
          action: 'conduct.item_update',
          objectType: 'conduct_item',
          objectId: id,
          details: {
            year: item.year,
            from: { text: item.text, deduction: item.deduction, veto: item.veto },
            to: input,
          },
        });
      });
      return get(item.year);
    },

    /** Takes an item off an open year's list; records citing it keep it (audited). */
    async retireItem(id: number, ctx: TActorContext) {
      const item = await changeable(id);
      if (item.retiredAt) throw new AppError('conflict', 'conduct_item_retired');
      await db.transaction(async (tx) => {
        await updateItem(tx, id, { retiredAt: deps.now() });
        await recordAudit(tx, ctx, {
          action: 'conduct.item_retire',
          objectType: 'conduct_item',
          objectId: id,
          details: { year: item.year, text: item.text },
        });
      });
      return get(item.year);
    },

    /** Starts an open year's empty list from the latest year before it: its items and answer period (audited). */
    async copyPrevious(year: number, ctx: TActorContext) {
      open(year);
      if ((await findItems(db, year)).length)
        throw new AppError('conflict', 'conduct_year_started', { year });
      const from = await findCatalogueBefore(db, year);
      if (!from) throw new AppError('conflict', 'conduct_nothing_to_copy', { year });
      const items = await findItems(db, from.year, true);
      await db.transaction(async (tx) => {
        await upsertCatalogue(tx, year, from.answerDays, deps.now());
        await insertItems(
          tx,
          items.map((i, n) => ({
            year,
            position: n + 1,
            text: i.text,
            deduction: i.deduction,
            veto: i.veto,
          })),
        );
        await recordAudit(tx, ctx, {
          action: 'conduct.catalogue_copy',
          objectType: 'conduct_catalogue',
          objectId: year,
          details: { from: from.year, items: items.length },
        });
      });
      return get(year);
    },
  };
}
export type TConductCatalogueService = ReturnType<typeof createConductCatalogueService>;
