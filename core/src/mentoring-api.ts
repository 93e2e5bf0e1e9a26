import { z } from 'zod';
import { ZCadreCategory, ZEducationLevel, ZGender } from './cadre.ts';
import { MAX_ID } from './id-param.ts';
import { INELIGIBLE_REASONS, MENTOR_LEVELS, PAIR_END_REASONS } from './mentoring.ts';

const ZDate = z.iso.date();
const ZCode = z.string().regex(/^\d{9}(\d{3})?$/);
const ZId = z.number().int().positive().max(MAX_ID);

export const ZMentorLevel = z.enum(MENTOR_LEVELS);
export const ZPairEndReason = z.enum(PAIR_END_REASONS);
export const ZIneligibleReason = z.enum(INELIGIBLE_REASONS);

/** Limits of a talk's record: a phone, a few lines. */
export const TALK_LIMITS = { topic: 100, notes: 2000 } as const;

/** 结对: pair a mentor account (holding the `mentor` role) with a mentee at a level. */
export const ZAssignMentorRequest = z.object({
  personId: ZId,
  level: ZMentorLevel,
  mentorUserId: ZId,
  startDate: ZDate,
});
export type TAssignMentorRequest = z.infer<typeof ZAssignMentorRequest>;

export const ZEndPairRequest = z.object({
  endDate: ZDate,
  endReason: ZPairEndReason,
  endNote: z.string().trim().max(200).nullable().default(null),
});
export type TEndPairRequest = z.input<typeof ZEndPairRequest>;

/** 谈心谈话: what a mentor records of a talk with a mentee. */
export const ZTalkRequest = z.object({
  date: ZDate,
  topic: z.string().trim().min(1).max(TALK_LIMITS.topic),
  notes: z.string().trim().max(TALK_LIMITS.notes).default(''),
});
export type TTalkRequest = z.input<typeof ZTalkRequest>;

export const ZMentoringTalk = z.object({
  id: z.number().int(),
  pairId: z.number().int(),
  date: ZDate,
  topic: z.string(),
  notes: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type TMentoringTalk = z.infer<typeof ZMentoringTalk>;

/** A pair as the township, the county and the mentor read it; history kept (ended pairs too). */
export const ZMentorPair = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  level: ZMentorLevel,
  mentorUserId: z.number().int(),
  mentorName: z.string(),
  startDate: ZDate,
  endDate: ZDate.nullable(),
  endReason: ZPairEndReason.nullable(),
  endNote: z.string().nullable(),
  createdBy: z.string(),
  talks: z.array(ZMentoringTalk),
});
export type TMentorPair = z.infer<typeof ZMentorPair>;

/** Where a mentee serves: the active posting, named. */
export const ZMenteePosting = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  category: ZCadreCategory,
  postTitle: z.string(),
  startDate: ZDate,
});
export type TMenteePosting = z.infer<typeof ZMenteePosting>;

/** A person's mentors: who they are, whether they are eligible today (and why not), every pair. */
export const ZPersonMentoring = z.object({
  personId: z.number().int(),
  name: z.string(),
  eligible: z.boolean(),
  ineligibleReasons: z.array(ZIneligibleReason),
  missingLevels: z.array(ZMentorLevel),
  pairs: z.array(ZMentorPair),
});
export type TPersonMentoring = z.infer<typeof ZPersonMentoring>;

/** One eligible person without a full set of mentors (a gap, never a ranking). */
export const ZMentoringGap = z.object({
  personId: z.number().int(),
  name: z.string(),
  posting: ZMenteePosting,
  mentors: z.array(z.object({ pairId: z.number().int(), level: ZMentorLevel, mentorName: z.string() })),
  missingLevels: z.array(ZMentorLevel),
});
export type TMentoringGap = z.infer<typeof ZMentoringGap>;

export const ZMentoringGaps = z.object({
  /** Eligible people with an active posting in scope, and how many of them have all three mentors. */
  eligible: z.number().int(),
  complete: z.number().int(),
  items: z.array(ZMentoringGap),
});
export type TMentoringGaps = z.infer<typeof ZMentoringGaps>;

export const ZMentoringFilter = z.object({
  township: ZCode.optional(),
  village: ZCode.optional(),
});
export type TMentoringFilter = z.infer<typeof ZMentoringFilter>;

export const ZActivePair = ZMentorPair.omit({ talks: true }).extend({
  posting: ZMenteePosting.nullable(),
  talkCount: z.number().int(),
});
export type TActivePair = z.infer<typeof ZActivePair>;

/** An account holding the `mentor` role, to pick when pairing. */
export const ZMentorAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  activeMentees: z.number().int(),
});
export type TMentorAccount = z.infer<typeof ZMentorAccount>;

/** A mentee as their mentor reads them: the basics of the profile, never ID number or phone. */
export const ZMentee = z.object({
  personId: z.number().int(),
  name: z.string(),
  gender: ZGender,
  age: z.number().int(),
  educationLevel: ZEducationLevel,
  fullTimeEducation: z.boolean(),
  school: z.string().nullable(),
  major: z.string().nullable(),
  posting: ZMenteePosting.nullable(),
  /** The mentor's own pair with the mentee. */
  pair: ZMentorPair.omit({ talks: true }),
  /** Every active mentor of the mentee (the other levels too). */
  mentors: z.array(z.object({ level: ZMentorLevel, mentorName: z.string() })),
  lastLogDate: ZDate.nullable(),
});
export type TMentee = z.infer<typeof ZMentee>;

export const ZMenteeDetail = ZMentee.extend({ talks: z.array(ZMentoringTalk) });
export type TMenteeDetail = z.infer<typeof ZMenteeDetail>;

export const ZMentorCommentRequest = z.object({ text: z.string().trim().min(1).max(500) });
