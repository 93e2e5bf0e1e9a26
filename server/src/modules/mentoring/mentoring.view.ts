import type {
  TCadreCategory,
  TMenteePosting,
  TMentoringTalk,
  TMentorLevel,
  TMentorPair,
  TPairEndReason,
} from '@zhucun/core';
import type { findTalksOfPairs, menteePostingColumns, TPairWithNames } from './mentoring.repository.ts';

type TTalkWithName = Awaited<ReturnType<typeof findTalksOfPairs>>[number];
type TPostingColumns = { [K in keyof typeof menteePostingColumns]: string | null };

export function toTalk({ talk, recordedByName }: TTalkWithName): TMentoringTalk {
  return {
    id: talk.id,
    pairId: talk.pairId,
    date: talk.date,
    topic: talk.topic,
    notes: talk.notes,
    recordedBy: recordedByName,
    recordedAt: talk.recordedAt.toISOString(),
  };
}

/** A pair as everyone reads it, with its talks (none given: an empty list). */
export function toPair(p: TPairWithNames, talks: TTalkWithName[] = []): TMentorPair {
  return {
    id: p.pair.id,
    personId: p.pair.personId,
    personName: p.personName,
    level: p.pair.level as TMentorLevel,
    mentorUserId: p.pair.mentorUserId,
    mentorName: p.mentorName,
    startDate: p.pair.startDate,
    endDate: p.pair.endDate,
    endReason: p.pair.endReason as TPairEndReason | null,
    endNote: p.pair.endNote,
    createdBy: p.createdByName,
    talks: talks.filter((t) => t.talk.pairId === p.pair.id).map(toTalk),
  };
}

/** The active posting of a left join: null when the person holds none. */
export function toMenteePosting(p: TPostingColumns | null): TMenteePosting | null {
  if (!p?.villageCode) return null;
  return {
    villageCode: p.villageCode,
    villageName: p.villageName ?? '',
    townshipCode: p.townshipCode ?? '',
    townshipName: p.townshipName ?? '',
    category: p.category as TCadreCategory,
    postTitle: p.postTitle ?? '',
    startDate: p.startDate ?? '',
  };
}
