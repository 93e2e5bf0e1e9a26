import {
  addDays,
  admonishmentDates,
  DEFAULT_RATING_SETTINGS,
  localDate,
  type TNotificationKind,
  tenureStars,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import type { ratingCycles } from '../../db/schema.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { insertNotification } from '../notifications/notifications.repository.ts';
import {
  findDivision,
  insertMeasures,
  insertOwners,
  insertRectification,
  insertRectificationEvent,
} from '../rectification/rectification.repository.ts';
import { noticePayload, staffOver } from '../rectification/rectification-notices.ts';
import { insertAdmonishmentOnce, linkRectification } from './admonishments.repository.ts';
import { findZeroStarTenures } from './stars.repository.ts';

type TCycle = typeof ratingCycles.$inferSelect;

/** What an admonishment's rectification asks of the cadre (its measures, the last due on the deadline). */
export const ADMONISHMENT_MEASURES = [
  '对照岗位职责清单和星级评定结果查找差距，写出个人整改方案，报乡镇党委审核',
  '按整改方案落实五天四夜、工作日志和夜访要求，按期报送整改情况报告',
] as const;

const yearsText = (years: readonly { year: number }[]) =>
  years.length === 1 ? `${years[0]?.year} 年度` : `${years[0]?.year}—${years[years.length - 1]?.year} 年度`;

/**
 * 诫勉 (docs/rules.md §4.6), called in the transaction that confirms a cycle: each cadre of the cycle
 * whose stars over the tenure's confirmed years (this one included) are all zero gets an admonishment
 * in effect for the cycle's months, and a rectification of the village level (整改台账, source 诫勉整改)
 * with the cadre as the responsible person and a deadline three months on; the cadre and their
 * township's administrators are told; both audited. Once per cycle and person: a second call adds nothing.
 */
export async function afterConfirm(
  tx: TDb,
  cycle: TCycle,
  actor: TActorContext,
  now: Date = cycle.confirmedAt ?? new Date(),
): Promise<{ admonished: number }> {
  const months =
    (cycle.settings as { admonishmentMonths?: number }).admonishmentMonths ??
    DEFAULT_RATING_SETTINGS.admonishmentMonths;
  const issuedOn = localDate(now);
  const { effectiveUntil, deadline } = admonishmentDates(issuedOn, months);
  let admonished = 0;
  for (const c of await findZeroStarTenures(tx, cycle)) {
    const tenure = tenureStars(
      c.years.map((y) => ({ ...y, grade: null, awardStars: 0 })),
      c.tenure_from,
      cycle.year,
    );
    if (!tenure.needsAdmonishment) continue;
    const reason = `任期内 ${yearsText(tenure.years)}星级评定均无星`;
    const id = await insertAdmonishmentOnce(tx, {
      personId: c.person_id,
      cycleId: cycle.id,
      reason,
      issuedOn,
      effectiveUntil,
      issuedBy: actor.userId,
    });
    if (id === undefined) continue;
    admonished++;
    const village = await findDivision(tx, c.village_code);
    const item = await insertRectification(tx, {
      source: 'admonishment',
      sourceRef: `${cycle.year}年度星级评定`,
      problem: `${c.name}同志${reason}，县委组织部予以诫勉，限期整改`,
      level: 'village',
      divisionCode: c.village_code,
      superviseLevel: 'village',
      state: 'open',
      deadline,
      evidenceRequired: '个人整改方案、整改情况报告及乡镇党委审核意见',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertMeasures(tx, [
      { itemId: item.id, position: 0, text: ADMONISHMENT_MEASURES[0], deadline: addDays(issuedOn, 30) },
      { itemId: item.id, position: 1, text: ADMONISHMENT_MEASURES[1], deadline },
    ]);
    await insertOwners(tx, [
      { itemId: item.id, position: 0, role: 'person', name: c.name, personId: c.person_id },
    ]);
    await insertRectificationEvent(tx, {
      itemId: item.id,
      at: now,
      actorKind: actor.userId ? 'user' : 'system',
      actorUserId: actor.userId,
      action: 'create',
      fromState: null,
      toState: 'open',
      superviseLevel: 'village',
      note: reason,
    });
    await linkRectification(tx, id, item.id);
    await recordAudit(tx, actor, {
      action: 'rectification.create',
      objectType: 'rectification_item',
      objectId: item.id,
      details: { source: 'admonishment', level: 'village', divisionCode: c.village_code },
    });
    await recordAudit(tx, actor, {
      action: 'admonishment.issue',
      objectType: 'admonishment',
      objectId: id,
      details: {
        personId: c.person_id,
        cycleId: cycle.id,
        year: cycle.year,
        reason,
        effectiveUntil,
        deadline,
      },
    });
    const payload = { admonishmentId: id, year: cycle.year, effectiveUntil, ...noticePayload(item) };
    const tell = (userId: number, kind: TNotificationKind, extra: Record<string, unknown> = {}) =>
      insertNotification(tx, {
        userId,
        kind,
        payload: { ...payload, ...extra },
        dedupeKey: `admonishment:${id}:${userId}`,
        createdAt: now,
      });
    if (c.user_id) await tell(c.user_id, 'admonishment_issued');
    const staff = await staffOver(tx, 'township', c.village_code);
    for (const userId of new Set(staff))
      await tell(userId, 'cadre_admonished', { personName: c.name, villageName: village?.name ?? '' });
  }
  return { admonished };
}
