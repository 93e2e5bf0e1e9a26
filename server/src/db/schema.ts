import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  json,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** 县 / 乡镇 / 村(社区), keyed by the NBS code; the code prefix is the data scope. */
export const divisions = pgTable(
  'divisions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    parentCode: varchar('parent_code', { length: 12 }),
    level: varchar('level', { length: 16 }).notNull(),
    kind: varchar('kind', { length: 16 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
  },
  (t) => [index('divisions_parent_idx').on(t.parentCode)],
);

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    username: varchar('username', { length: 32 }).notNull(),
    phone: varchar('phone', { length: 11 }),
    displayName: varchar('display_name', { length: 50 }).notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  // Sign-in names are unique across accounts: a username is never all digits and a phone always
  // is, so a name typed at sign-in matches one username or one phone, never two accounts.
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    uniqueIndex('users_phone_key').on(t.phone),
    check('users_username_not_digits', sql`${t.username} !~ '^[0-9]+$'`),
    check('users_phone_digits', sql`${t.phone} ~ '^[0-9]{11}$'`),
  ],
);

/** One role an account holds, anchored at a division (null for the MLPS administrators). */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 32 }).notNull(),
    divisionCode: varchar('division_code', { length: 12 }).references(() => divisions.code),
    /** For a dispatching unit's administrator: the unit whose cadres they see. */
    unitId: integer('unit_id').references(() => units.id),
  },
  (t) => [
    uniqueIndex('role_assignments_user_role_key').on(t.userId, t.role),
    index('role_assignments_division_idx').on(t.divisionCode),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: varchar('id', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    idleMinutes: integer('idle_minutes').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: varchar('ip', { length: 64 }),
    userAgent: varchar('user_agent', { length: 256 }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins per login name, known or not, so both answer the same (lockout after N). */
/**
 * Failed sign-ins of a login name: one row per address it was tried from, locked after a few
 * failures, and one row with the address `*` when the account itself is locked (many failures
 * from several addresses), so nobody can lock anyone out from one address.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    login: varchar('login', { length: 64 }).notNull(),
    address: varchar('address', { length: 64 }).notNull().default('*'),
    failures: integer('failures').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.login, t.address] })],
);

/**
 * `Idempotency-Key` of a signed-in write (server/src/plugins/idempotency.ts): reserved before the
 * handler runs, completed with the 2xx answer sent, so a write resent is answered from here and
 * stored once. `createdAt` is when it was reserved (or taken over); kept 7 days.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: varchar('key', { length: 100 }).notNull(),
    method: varchar('method', { length: 8 }).notNull(),
    path: text('path').notNull(),
    /** SHA-256 (hex) of the method, path, query and body. */
    requestHash: varchar('request_hash', { length: 64 }).notNull(),
    /** The answer, null while the write is in progress. */
    statusCode: integer('status_code'),
    contentType: varchar('content_type', { length: 200 }),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Append-only, hash-chained audit trail; a trigger refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: integer('actor_id'),
    actorName: varchar('actor_name', { length: 64 }),
    role: varchar('role', { length: 200 }),
    ip: varchar('ip', { length: 64 }),
    action: varchar('action', { length: 64 }).notNull(),
    objectType: varchar('object_type', { length: 32 }),
    objectId: varchar('object_id', { length: 64 }),
    outcome: varchar('outcome', { length: 16 }).notNull(),
    requestId: varchar('request_id', { length: 64 }),
    details: jsonb('details').$type<Record<string, unknown>>(),
    prevHash: varchar('prev_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorName),
    index('audit_log_action_idx').on(t.action),
  ],
);

/** Small key/value facts about this installation (mode: demo | production). */
export const appSettings = pgTable('app_settings', {
  key: varchar('key', { length: 64 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The county's rules (docs/rules.md §4), one document per year. A year without a row takes the nearest earlier
 * row's rules (its public holidays its own year's); year 0 holds the rules kept before they were kept
 * by year, for every year before the first row of its own.
 */
export const countyRules = pgTable('county_rules', {
  year: integer('year').primaryKey(),
  rules: jsonb('rules').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 派出单位: the agency or institution that sends a cadre. */
export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 100 }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    level: varchar('level', { length: 16 }).notNull(),
    contactName: varchar('contact_name', { length: 50 }),
    contactPhone: varchar('contact_phone', { length: 20 }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('units_name_key').on(t.name)],
);

/**
 * A file kept in the file storage (photos, later vouchers): the key is a generated name, never a
 * user-supplied one; the bytes live outside the database and outside the web root.
 */
export const storedFiles = pgTable('stored_files', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  storageKey: text('storage_key').notNull().unique(),
  contentType: varchar('content_type', { length: 64 }).notNull(),
  byteSize: integer('byte_size').notNull(),
  width: integer('width'),
  height: integer('height'),
  sha256: text('sha256').notNull(),
  /** What the file is for, e.g. `person_photo`. */
  purpose: varchar('purpose', { length: 32 }).notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: createdAt(),
});

/** A person in the cadre registry (干部台账). The ID number is the natural key of an import. */
export const persons = pgTable(
  'persons',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /**
     * The division the person is filed under, which data scope is matched against: the village
     * of their latest posting (active or ended), or the county when they have never had one.
     */
    filedUnder: varchar('filed_under', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    name: varchar('name', { length: 30 }).notNull(),
    gender: varchar('gender', { length: 8 }).notNull(),
    ethnicity: varchar('ethnicity', { length: 20 }).notNull(),
    birthDate: date('birth_date').notNull(),
    idNumber: varchar('id_number', { length: 18 }).notNull(),
    phone: varchar('phone', { length: 11 }).notNull(),
    politicalStatus: varchar('political_status', { length: 32 }).notNull(),
    partyJoinDate: date('party_join_date'),
    educationLevel: varchar('education_level', { length: 32 }).notNull(),
    fullTimeEducation: boolean('full_time_education').notNull(),
    school: varchar('school', { length: 100 }),
    major: varchar('major', { length: 100 }),
    personnelStatus: varchar('personnel_status', { length: 32 }).notNull(),
    homeUnit: varchar('home_unit', { length: 100 }),
    homePost: varchar('home_post', { length: 50 }),
    workStartDate: date('work_start_date'),
    userId: integer('user_id').references(() => users.id),
    /** The person's photo (证件照), a JPEG without EXIF. */
    photoFileId: integer('photo_file_id').references(() => storedFiles.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_id_number_key').on(t.idNumber),
    index('persons_filed_under_idx').on(t.filedUnder.op('varchar_pattern_ops')),
    index('persons_name_idx').on(t.name),
    // a cadre's own requests find their person by account on every call
    index('persons_user_idx').on(t.userId),
  ],
);

/** A person's posting to a village; at most one active (no actual end) per person. History is kept. */
export const postings = pgTable(
  'postings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    category: varchar('category', { length: 32 }).notNull(),
    postTitle: varchar('post_title', { length: 50 }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    isTeamLeader: boolean('is_team_leader').notNull().default(false),
    startDate: date('start_date').notNull(),
    plannedEndDate: date('planned_end_date'),
    actualEndDate: date('actual_end_date'),
    endReason: varchar('end_reason', { length: 32 }),
    endNote: varchar('end_note', { length: 200 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('postings_one_active_key').on(t.personId).where(sql`${t.actualEndDate} is null`),
    index('postings_village_idx').on(t.villageCode.op('varchar_pattern_ops')),
    index('postings_person_idx').on(t.personId),
    // the ledger's filtered counts: active postings by village prefix and category, from the index alone
    index('postings_active_village_category_idx')
      .on(t.villageCode.op('varchar_pattern_ops'), t.category)
      .where(sql`${t.actualEndDate} is null`),
    index('postings_unit_idx').on(t.unitId),
  ],
);

/**
 * 一日一记: a cadre's day — where they were by day and by night, and the day's work log.
 * One row per person per calendar day; a second save edits it (the earlier state goes to versions).
 * The village is the one the cadre served on that day: scope follows the record, not today's posting.
 */
export const dutyDays = pgTable(
  'duty_days',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    date: date('date').notNull(),
    dayPlace: varchar('day_place', { length: 16 }).notNull(),
    nightPlace: varchar('night_place', { length: 16 }).notNull(),
    work: text('work').notNull().default(''),
    activities: text('activities').notNull().default(''),
    rolePlayed: text('role_played').notNull().default(''),
    /** The four roles (政策宣传员 …) the day's work is tagged with. */
    roles: jsonb('roles').$type<string[]>().notNull().default([]),
    /** Written after the day itself (补记). */
    backfilled: boolean('backfilled').notNull().default(false),
    /** Returned by the township for completion; cleared when the cadre saves again. */
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('duty_days_person_date_key').on(t.personId, t.date),
    index('duty_days_village_date_idx').on(t.villageCode.op('varchar_pattern_ops'), t.date),
    index('duty_days_date_idx').on(t.date),
  ],
);

/** PostgreSQL's bit(n): a bitmap, read and written as its text of 0s and 1s. */
const bits = (name: string, length: number) =>
  customType<{ data: string }>({ dataType: () => `bit(${length})` })(name);

/** The days of an ISO week-year: 53 weeks of seven. */
export const WEEK_YEAR_DAYS = 371;

/**
 * 五天四夜 as bitmaps, derived from `duty_days` and kept by its triggers (migration 0027): per person,
 * village and ISO week-year (the weeks whose Thursday falls in the year), a bit a date at
 * (week − 1) × 7 + (weekday − 1), set when the place by day (`days`) or by night (`nights`) is 在村 or
 * 公务外出. The rating reads a year of 30,000 cadres from it in one small scan instead of millions of
 * day records. Derived, so backups leave it out and a restore rebuilds it through the same triggers.
 */
export const dutyPresence = pgTable(
  'duty_presence',
  {
    weekYear: integer('week_year').notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    personId: integer('person_id').notNull(),
    days: bits('days', WEEK_YEAR_DAYS).notNull(),
    nights: bits('nights', WEEK_YEAR_DAYS).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.weekYear, t.villageCode] }),
    index('duty_presence_village_idx').on(t.weekYear, t.villageCode.op('varchar_pattern_ops')),
  ],
);

/** Earlier states of a day (history kept): the snapshot before each edit, who changed it and when. */
export const dutyDayVersions = pgTable(
  'duty_day_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dutyDayId: integer('duty_day_id')
      .notNull()
      .references(() => dutyDays.id),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    editedBy: integer('edited_by').references(() => users.id),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('duty_day_versions_day_idx').on(t.dutyDayId)],
);

/** Photos attached to a day's log (optional evidence; never required). */
export const dutyDayPhotos = pgTable(
  'duty_day_photos',
  {
    dutyDayId: integer('duty_day_id')
      .notNull()
      .references(() => dutyDays.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('duty_day_photos_key').on(t.dutyDayId, t.fileId)],
);

/** A township's or county's comment on a day's log; `returned` sends it back for completion. */
export const dutyComments = pgTable(
  'duty_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dutyDayId: integer('duty_day_id')
      .notNull()
      .references(() => dutyDays.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    text: varchar('text', { length: 500 }).notNull(),
    returned: boolean('returned').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('duty_comments_day_idx').on(t.dutyDayId)],
);

/** Leave (请假) or reported official duty outside (公务外出报备), with its approval state. */
export const absences = pgTable(
  'absences',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    kind: varchar('kind', { length: 16 }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    reason: varchar('reason', { length: 200 }).notNull(),
    state: varchar('state', { length: 24 }).notNull(),
    townshipDecidedBy: integer('township_decided_by').references(() => users.id),
    townshipDecidedAt: timestamp('township_decided_at', { withTimezone: true }),
    countyDecidedBy: integer('county_decided_by').references(() => users.id),
    countyDecidedAt: timestamp('county_decided_at', { withTimezone: true }),
    decisionNote: varchar('decision_note', { length: 200 }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('absences_person_idx').on(t.personId, t.startDate),
    index('absences_village_state_idx').on(t.villageCode.op('varchar_pattern_ops'), t.state),
  ],
);

/** A spot check (抽查 / 视频点名): who was checked, how, when, and what was found. */
export const spotChecks = pgTable(
  'spot_checks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    method: varchar('method', { length: 16 }).notNull(),
    finding: varchar('finding', { length: 16 }).notNull(),
    note: varchar('note', { length: 500 }),
    fileId: integer('file_id').references(() => storedFiles.id),
    checkedBy: integer('checked_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    /** The cadre's one statement on a check that found them absent (kept beside the check, never edited). */
    answer: varchar('answer', { length: 500 }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('spot_checks_person_idx').on(t.personId, t.checkedAt),
    index('spot_checks_village_idx').on(t.villageCode.op('varchar_pattern_ops'), t.checkedAt),
  ],
);

/** An in-app notification (not SMS): a reminder, an approval waiting, a log returned. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: varchar('kind', { length: 32 }).notNull(),
    payload: jsonb('payload').notNull().default({}),
    /** Makes a scheduled notification safe to create twice (e.g. `reminder:12:2026-11-29`). */
    dedupeKey: varchar('dedupe_key', { length: 100 }).unique(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** A household (农户) a cadre visits; later visits and requests attach to the same one. Phone masked by default. */
export const households = pgTable(
  'households',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    headName: varchar('head_name', { length: 30 }).notNull(),
    address: varchar('address', { length: 100 }).notNull().default(''),
    phone: varchar('phone', { length: 11 }),
    note: varchar('note', { length: 200 }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('households_village_idx').on(t.villageCode.op('varchar_pattern_ops'), t.headName)],
);

/** 夜访: a visit as it happened (time, households, who was there, what was heard), part of the cadre's day. */
export const visits = pgTable(
  'visits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
    /** The local (Asia/Shanghai) date: the day of the cadre's log the visit belongs to. */
    date: date('date').notNull(),
    /** 18:00–24:00 local time (docs/rules.md §4.4); a visit at another hour is still a visit. */
    atNight: boolean('at_night').notNull(),
    attendees: varchar('attendees', { length: 200 }).notNull().default(''),
    heard: text('heard').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('visits_person_date_idx').on(t.personId, t.date),
    index('visits_village_date_idx').on(t.villageCode.op('varchar_pattern_ops'), t.date),
  ],
);

export const visitHouseholds = pgTable(
  'visit_households',
  {
    visitId: integer('visit_id')
      .notNull()
      .references(() => visits.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
  },
  (t) => [uniqueIndex('visit_households_key').on(t.visitId, t.householdId)],
);

/** 群众诉求: a villager's request, carried to resolution and back to the villager (docs/rules.md §4.3). */
export const requests = pgTable(
  'requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    category: varchar('category', { length: 32 }).notNull(),
    urgency: varchar('urgency', { length: 16 }).notNull(),
    description: text('description').notNull(),
    state: varchar('state', { length: 16 }).notNull(),
    /** village / township / county, and the division that level means for this request. */
    ownerLevel: varchar('owner_level', { length: 16 }).notNull(),
    ownerDivisionCode: varchar('owner_division_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    /** The person working it, when one is named (a cadre of the village, or a department's officer). */
    ownerName: varchar('owner_name', { length: 50 }),
    /** How it came: from a visit, registered by a cadre, or through the village's public page. */
    source: varchar('source', { length: 16 }).notNull(),
    visitId: integer('visit_id').references(() => visits.id),
    householdId: integer('household_id').references(() => households.id),
    /** A public submitter's optional name and phone, never shown on any public page. */
    submitterName: varchar('submitter_name', { length: 30 }),
    submitterPhone: varchar('submitter_phone', { length: 11 }),
    consentVersion: varchar('consent_version', { length: 20 }),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    trackingCode: varchar('tracking_code', { length: 12 }).unique(),
    registeredOn: date('registered_on').notNull(),
    acceptBy: date('accept_by').notNull(),
    resolveBy: date('resolve_by').notNull(),
    result: text('result'),
    evidenceFileId: integer('evidence_file_id').references(() => storedFiles.id),
    satisfaction: varchar('satisfaction', { length: 24 }),
    /** The four roles (政策宣传员 …) the deed is tagged with, for the ledger of practical deeds. */
    fourRole: varchar('four_role', { length: 24 }),
    duplicateOfId: integer('duplicate_of_id'),
    responsibleParty: varchar('responsible_party', { length: 100 }),
    reopenCount: integer('reopen_count').notNull().default(0),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('requests_village_state_idx').on(t.villageCode.op('varchar_pattern_ops'), t.state),
    // the queue by the deadline that matters now, as requests.repository.ts orders it: a page of one
    // state is read straight off the first; the open requests (and the overdue ones, a range) off the second
    index('requests_state_deadline_idx').on(
      t.state,
      sql`(case when ${t.state} = 'registered' then ${t.acceptBy} else ${t.resolveBy} end)`,
      t.id,
    ),
    index('requests_open_deadline_idx')
      .on(sql`(case when ${t.state} = 'registered' then ${t.acceptBy} else ${t.resolveBy} end)`, t.id)
      .where(sql`${t.state} in ('registered', 'accepted', 'in_progress')`),
    // the ledger of a month reads that month, not every request ever resolved
    index('requests_resolved_at_idx').on(t.resolvedAt).where(sql`${t.resolvedAt} is not null`),
    index('requests_visit_idx').on(t.visitId),
  ],
);

/** Every change of a request, in order: who (a user, the system, the submitter), what, from and to which state. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: varchar('actor_kind', { length: 16 }).notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: varchar('action', { length: 24 }).notNull(),
    fromState: varchar('from_state', { length: 16 }),
    toState: varchar('to_state', { length: 16 }).notNull(),
    ownerLevel: varchar('owner_level', { length: 16 }).notNull(),
    note: text('note'),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);

/** The token in a village's QR code: the public page's address, replaceable without reprinting the others. */
export const villagePublicTokens = pgTable('village_public_tokens', {
  villageCode: varchar('village_code', { length: 12 })
    .primaryKey()
    .references(() => divisions.code),
  token: varchar('token', { length: 32 }).notNull().unique(),
  createdAt: createdAt(),
});

/** 驻村干部家园 (docs/domain.md §1): an apartment in the Party-mass service centre or a rented farmhouse. */
export const homes = pgTable(
  'homes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    kind: varchar('kind', { length: 16 }).notNull(),
    title: varchar('title', { length: 60 }).notNull().default(''),
    address: varchar('address', { length: 100 }).notNull(),
    hasKitchen: boolean('has_kitchen').notNull(),
    /** The facilities present, as keys of the county's checklist (or its own wording). */
    facilities: jsonb('facilities').$type<string[]>().notNull().default([]),
    /** The rent contract of a farmhouse (租房合同); null for an apartment. */
    landlord: varchar('landlord', { length: 30 }),
    landlordPhone: varchar('landlord_phone', { length: 11 }),
    contractStart: date('contract_start'),
    contractEnd: date('contract_end'),
    annualRentFen: bigint('annual_rent_fen', { mode: 'number' }),
    contractFileId: integer('contract_file_id').references(() => storedFiles.id),
    note: varchar('note', { length: 500 }).notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('homes_village_idx').on(t.villageCode.op('varchar_pattern_ops'))],
);

/** A standard room of a home (2–4 of them), with its beds. */
export const homeRooms = pgTable(
  'home_rooms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    homeId: integer('home_id')
      .notNull()
      .references(() => homes.id),
    label: varchar('label', { length: 20 }).notNull(),
    beds: integer('beds').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('home_rooms_home_idx').on(t.homeId, t.position)],
);

/** Who lives in which room: a person lives in one room at most. */
export const homeOccupants = pgTable(
  'home_occupants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    homeId: integer('home_id')
      .notNull()
      .references(() => homes.id),
    roomId: integer('room_id')
      .notNull()
      .references(() => homeRooms.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    since: date('since').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('home_occupants_person_key').on(t.personId),
    index('home_occupants_room_idx').on(t.roomId),
    index('home_occupants_home_idx').on(t.homeId),
  ],
);

/** Photos of a home (JPEG without EXIF). */
export const homePhotos = pgTable(
  'home_photos',
  {
    homeId: integer('home_id')
      .notNull()
      .references(() => homes.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('home_photos_key').on(t.homeId, t.fileId)],
);

/**
 * 统一资金: money in (> 0) or out (< 0) of a home, in fen, by source. Never updated: a correction is
 * a new row carrying the difference and naming the row it corrects.
 */
export const homeFundingEntries = pgTable(
  'home_funding_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    homeId: integer('home_id')
      .notNull()
      .references(() => homes.id),
    source: varchar('source', { length: 32 }).notNull(),
    direction: varchar('direction', { length: 8 }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    entryDate: date('entry_date').notNull(),
    purpose: varchar('purpose', { length: 200 }).notNull(),
    voucherFileId: integer('voucher_file_id').references(() => storedFiles.id),
    correctsId: integer('corrects_id').references((): AnyPgColumn => homeFundingEntries.id),
    reason: varchar('reason', { length: 200 }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('home_funding_home_idx').on(t.homeId, t.entryDate),
    index('home_funding_corrects_idx').on(t.correctsId),
  ],
);

/**
 * 项目化帮扶 (docs/domain.md §3.3): a project led (领办) by one person and claimed (认领) by others,
 * in one township's villages. The township is the scope anchor (a project's villages all lie in it);
 * a cadre reaches a project through project_villages. Money in fen. The plan as approved is frozen
 * into the milestones' baseline_* columns (and baseline_planned_end here) by the township's approval.
 */
export const projects = pgTable(
  'projects',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    title: varchar('title', { length: 100 }).notNull(),
    kind: varchar('kind', { length: 24 }).notNull(),
    /** 一村一示范: the village secretary's demonstration project. */
    isDemonstration: boolean('is_demonstration').notNull().default(false),
    description: text('description').notNull().default(''),
    /** The township all its villages lie in: the data scope of a township's staff. */
    townshipCode: varchar('township_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    /** 领办人. */
    leaderPersonId: integer('leader_person_id')
      .notNull()
      .references(() => persons.id),
    /** The measurable target: what (建成蔬菜大棚), how many (20), unit (座), by when. */
    targetWhat: varchar('target_what', { length: 200 }).notNull(),
    targetQuantity: numeric('target_quantity', { precision: 14, scale: 2, mode: 'number' }),
    targetUnit: varchar('target_unit', { length: 20 }).notNull().default(''),
    targetDate: date('target_date').notNull(),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull().default(0),
    beneficiaryHouseholds: integer('beneficiary_households').notNull().default(0),
    beneficiaryPeople: integer('beneficiary_people').notNull().default(0),
    startDate: date('start_date').notNull(),
    plannedEndDate: date('planned_end_date').notNull(),
    /** The planned end frozen at the township's approval (null before it). */
    baselinePlannedEnd: date('baseline_planned_end'),
    baselineFrozenAt: timestamp('baseline_frozen_at', { withTimezone: true }),
    /** Set when acceptance is passed (state done). */
    actualEndDate: date('actual_end_date'),
    state: varchar('state', { length: 16 }).notNull().default('draft'),
    stopReason: varchar('stop_reason', { length: 200 }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('projects_township_state_idx').on(t.townshipCode.op('varchar_pattern_ops'), t.state),
    index('projects_leader_idx').on(t.leaderPersonId),
    index('projects_kind_idx').on(t.kind),
    check(
      'projects_kind_check',
      sql`${t.kind} in ('industry', 'infrastructure', 'rural_tourism', 'employment', 'party_building', 'public_services', 'other')`,
    ),
    check(
      'projects_state_check',
      sql`${t.state} in ('draft', 'submitted', 'approved', 'filed', 'in_progress', 'acceptance', 'done', 'stopped')`,
    ),
    check('projects_stop_reason_check', sql`${t.state} <> 'stopped' or ${t.stopReason} is not null`),
    check('projects_budget_check', sql`${t.budgetFen} >= 0`),
    check(
      'projects_beneficiaries_check',
      sql`${t.beneficiaryHouseholds} >= 0 and ${t.beneficiaryPeople} >= 0`,
    ),
    check('projects_dates_check', sql`${t.plannedEndDate} >= ${t.startDate}`),
    check('projects_target_quantity_check', sql`${t.targetQuantity} is null or ${t.targetQuantity} >= 0`),
  ],
);

/** The villages a project serves (at least one; all in the project's township). */
export const projectVillages = pgTable(
  'project_villages',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.villageCode] }),
    index('project_villages_village_idx').on(t.villageCode.op('varchar_pattern_ops'), t.projectId),
  ],
);

/** 认领人: persons who claim a share of a project (人人有"责任田"), and what share. */
export const projectClaimants = pgTable(
  'project_claimants',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** What this person answers for in the project (optional). */
    duty: varchar('duty', { length: 200 }).notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.personId] }),
    index('project_claimants_person_idx').on(t.personId),
  ],
);

/** Funding of a project by source, in fen (the planned amounts; one row per source). */
export const projectFunding = pgTable(
  'project_funding',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    source: varchar('source', { length: 24 }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    note: varchar('note', { length: 200 }).notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.source] }),
    check('project_funding_amount_check', sql`${t.amountFen} >= 0`),
    check(
      'project_funding_source_check',
      sql`${t.source} in ('fiscal_linked', 'county_finance', 'township_finance', 'dispatching_unit', 'village_collective', 'enterprise', 'bank_loan', 'villagers', 'other')`,
    ),
  ],
);

/** Every change of a project's state, in order, with the reason given (a return, a stop). */
export const projectEvents = pgTable(
  'project_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: varchar('action', { length: 24 }).notNull(),
    fromState: varchar('from_state', { length: 16 }),
    toState: varchar('to_state', { length: 16 }).notNull(),
    note: varchar('note', { length: 500 }),
  },
  (t) => [index('project_events_project_idx').on(t.projectId, t.at)],
);

/**
 * 挂图作战: a milestone with its owner, due date and deliverable. The baseline (the plan as approved)
 * lives in baseline_start / baseline_due, copied from start_date / due_date when the township
 * approves; a milestone added after approval has a null baseline (新增). A milestone is never deleted
 * after approval: it is dropped (dropped_at, drop_reason) and shown struck through.
 */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    position: integer('position').notNull().default(0),
    title: varchar('title', { length: 100 }).notNull(),
    deliverable: varchar('deliverable', { length: 200 }).notNull().default(''),
    ownerPersonId: integer('owner_person_id')
      .notNull()
      .references(() => persons.id),
    /** The planned start of the work towards it (optional: a Gantt bar starts here, else at the previous due). */
    startDate: date('start_date'),
    dueDate: date('due_date').notNull(),
    doneOn: date('done_on'),
    baselineStart: date('baseline_start'),
    baselineDue: date('baseline_due'),
    droppedAt: timestamp('dropped_at', { withTimezone: true }),
    dropReason: varchar('drop_reason', { length: 200 }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('project_milestones_project_idx').on(t.projectId, t.position),
    // overdue milestones: open and past due, off one partial index
    index('project_milestones_open_due_idx')
      .on(t.dueDate)
      .where(sql`${t.doneOn} is null and ${t.droppedAt} is null`),
    index('project_milestones_owner_idx').on(t.ownerPersonId),
    check('project_milestones_dates_check', sql`${t.startDate} is null or ${t.startDate} <= ${t.dueDate}`),
  ],
);

/**
 * A progress report: text and photos, optionally about a milestone. One tied to a day's log
 * (duty_day_id) takes its words from that log: text stays empty and the log's work is shown.
 */
export const projectProgress = pgTable(
  'project_progress',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    milestoneId: integer('milestone_id').references(() => projectMilestones.id),
    dutyDayId: integer('duty_day_id').references(() => dutyDays.id),
    text: text('text').notNull().default(''),
    /** The local date the progress is about. */
    date: date('date').notNull(),
    reportedByPersonId: integer('reported_by_person_id').references(() => persons.id),
    reportedBy: integer('reported_by')
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('project_progress_project_idx').on(t.projectId, t.date),
    uniqueIndex('project_progress_duty_day_key')
      .on(t.projectId, t.dutyDayId)
      .where(sql`${t.dutyDayId} is not null`),
    index('project_progress_milestone_idx').on(t.milestoneId),
  ],
);

/** Photos of a progress report (stored files, purpose `project_photo`; JPEG without EXIF). */
export const projectProgressPhotos = pgTable(
  'project_progress_photos',
  {
    progressId: integer('progress_id')
      .notNull()
      .references(() => projectProgress.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.progressId, t.fileId] })],
);

/** A comment on a progress report (a township's staff, a mentor). */
export const projectProgressComments = pgTable(
  'project_progress_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    progressId: integer('progress_id')
      .notNull()
      .references(() => projectProgress.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    text: varchar('text', { length: 500 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('project_progress_comments_progress_idx').on(t.progressId)],
);

/** 一项目一标准: an acceptance criterion: a measure, its target value, weight (the weights sum to 100) and evidence. */
export const projectCriteria = pgTable(
  'project_criteria',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    position: integer('position').notNull().default(0),
    measure: varchar('measure', { length: 200 }).notNull(),
    targetValue: numeric('target_value', { precision: 14, scale: 2, mode: 'number' }),
    /** The unit of the target value, or the target in words when it is not a number. */
    targetUnit: varchar('target_unit', { length: 50 }).notNull().default(''),
    weight: integer('weight').notNull(),
    evidenceRequired: varchar('evidence_required', { length: 200 }).notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('project_criteria_project_idx').on(t.projectId, t.position),
    check('project_criteria_weight_check', sql`${t.weight} between 1 and 100`),
  ],
);

/** The township's quarterly assessment of a project (动态考核); scores per criterion beside it. */
export const projectAssessments = pgTable(
  'project_assessments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    comment: varchar('comment', { length: 500 }).notNull().default(''),
    assessedBy: integer('assessed_by')
      .notNull()
      .references(() => users.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('project_assessments_quarter_key').on(t.projectId, t.year, t.quarter),
    check('project_assessments_quarter_check', sql`${t.quarter} between 1 and 4`),
  ],
);

/** One criterion's score (0–100) in an assessment, with the value reached, a comment and evidence. */
export const projectAssessmentScores = pgTable(
  'project_assessment_scores',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => projectAssessments.id),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => projectCriteria.id),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    actualValue: numeric('actual_value', { precision: 14, scale: 2, mode: 'number' }),
    comment: varchar('comment', { length: 500 }).notNull().default(''),
    evidence: varchar('evidence', { length: 500 }).notNull().default(''),
    evidenceFileId: integer('evidence_file_id').references(() => storedFiles.id),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.criterionId] }),
    check('project_assessment_scores_score_check', sql`${t.score} between 0 and 100`),
  ],
);

/** 验收: the county's acceptance of a project; the latest row is the result (a failed one may be redone). */
export const projectAcceptances = pgTable(
  'project_acceptances',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    result: varchar('result', { length: 16 }).notNull(),
    /**
     * The project's score at acceptance (0–100), and each criterion's [{ criterionId, score, comment }],
     * with the value reached and the evidence (text, a stored file of purpose `project_evidence`).
     */
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
    criterionScores: jsonb('criterion_scores')
      .$type<
        {
          criterionId: number;
          score: number;
          comment?: string;
          actualValue?: number | null;
          evidence?: string;
          evidenceFileId?: number | null;
        }[]
      >()
      .notNull()
      .default([]),
    acceptedOn: date('accepted_on').notNull(),
    note: varchar('note', { length: 500 }).notNull().default(''),
    acceptedBy: integer('accepted_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('project_acceptances_project_idx').on(t.projectId, t.createdAt),
    check('project_acceptances_result_check', sql`${t.result} in ('passed', 'failed')`),
    check('project_acceptances_score_check', sql`${t.score} is null or ${t.score} between 0 and 100`),
  ],
);

/** 优秀创新项目评选: one selection per year, its stages and the public notice's window. */
export const projectSelections = pgTable(
  'project_selections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year').notNull().unique(),
    state: varchar('state', { length: 16 }).notNull().default('nominating'),
    /** How many projects the county means to award. */
    awardCount: integer('award_count').notNull().default(0),
    nominationsCloseOn: date('nominations_close_on'),
    noticeStart: date('notice_start'),
    noticeEnd: date('notice_end'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: integer('confirmed_by').references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'project_selections_state_check',
      sql`${t.state} in ('nominating', 'scoring', 'notice', 'confirmed')`,
    ),
    check(
      'project_selections_notice_check',
      sql`${t.noticeEnd} is null or ${t.noticeEnd} >= ${t.noticeStart}`,
    ),
  ],
);

/** How many projects a township may nominate in a selection. */
export const projectSelectionQuotas = pgTable(
  'project_selection_quotas',
  {
    selectionId: integer('selection_id')
      .notNull()
      .references(() => projectSelections.id),
    townshipCode: varchar('township_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    quota: integer('quota').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.selectionId, t.townshipCode] }),
    check('project_selection_quotas_quota_check', sql`${t.quota} >= 0`),
  ],
);

/** A township's nomination of one of its projects. */
export const projectNominations = pgTable(
  'project_nominations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => projectSelections.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The nominating township (the project's township, kept as nominated). */
    townshipCode: varchar('township_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    reason: text('reason').notNull().default(''),
    nominatedBy: integer('nominated_by')
      .notNull()
      .references(() => users.id),
    nominatedAt: timestamp('nominated_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('project_nominations_project_key').on(t.selectionId, t.projectId),
    index('project_nominations_township_idx').on(t.selectionId, t.townshipCode),
  ],
);

/**
 * A panel member of a selection: an account, with the township and dispatching unit they belong
 * to as appointed (they never score a project of their own township or unit).
 */
export const projectPanelMembers = pgTable(
  'project_panel_members',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => projectSelections.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: varchar('name', { length: 50 }).notNull(),
    townshipCode: varchar('township_code', { length: 12 }).references(() => divisions.code),
    unitId: integer('unit_id').references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('project_panel_members_key').on(t.selectionId, t.userId)],
);

/** One panel member's score of one nomination (0–100), given alone. */
export const projectPanelScores = pgTable(
  'project_panel_scores',
  {
    panelMemberId: integer('panel_member_id')
      .notNull()
      .references(() => projectPanelMembers.id),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => projectNominations.id),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    comment: varchar('comment', { length: 500 }).notNull().default(''),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.panelMemberId, t.nominationId] }),
    index('project_panel_scores_nomination_idx').on(t.nominationId),
    check('project_panel_scores_score_check', sql`${t.score} between 0 and 100`),
  ],
);

/** An objection raised during the public notice (公示), and how it was handled. */
export const projectObjections = pgTable(
  'project_objections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => projectNominations.id),
    receivedOn: date('received_on').notNull(),
    raisedBy: varchar('raised_by', { length: 50 }).notNull().default(''),
    text: text('text').notNull(),
    outcome: varchar('outcome', { length: 16 }).notNull().default('pending'),
    handling: text('handling'),
    handledBy: integer('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('project_objections_nomination_idx').on(t.nominationId),
    check('project_objections_outcome_check', sql`${t.outcome} in ('pending', 'upheld', 'dismissed')`),
  ],
);

/** An award confirmed by the county, with its case page (典型案例: what was done, results, photos). */
export const projectAwards = pgTable(
  'project_awards',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => projectSelections.id),
    nominationId: integer('nomination_id')
      .notNull()
      .unique()
      .references(() => projectNominations.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The combined score (highest and lowest dropped) the award was made on. */
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
    casePractice: text('case_practice').notNull().default(''),
    caseResults: text('case_results').notNull().default(''),
    confirmedBy: integer('confirmed_by')
      .notNull()
      .references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_awards_project_idx').on(t.projectId)],
);

/** Photos of an award's case page. */
export const projectAwardPhotos = pgTable(
  'project_award_photos',
  {
    awardId: integer('award_id')
      .notNull()
      .references(() => projectAwards.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.awardId, t.fileId] })],
);

/**
 * 结对帮带: a mentor account (holding the `mentor` role) paired with a mentee at a level. Pairs are
 * never deleted: ending one sets its end date and reason. At most one active pair per mentee and level.
 */
export const mentorPairs = pgTable(
  'mentor_pairs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    mentorUserId: integer('mentor_user_id')
      .notNull()
      .references(() => users.id),
    level: varchar('level', { length: 16 }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    endReason: varchar('end_reason', { length: 32 }),
    endNote: varchar('end_note', { length: 200 }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    endedBy: integer('ended_by').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mentor_pairs_one_active_key').on(t.personId, t.level).where(sql`${t.endDate} is null`),
    index('mentor_pairs_person_idx').on(t.personId),
    index('mentor_pairs_mentor_idx').on(t.mentorUserId),
    check('mentor_pairs_level', sql`${t.level} in ('county', 'township', 'village')`),
    check('mentor_pairs_end_after_start', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** 谈心谈话: a talk a mentor records with a mentee (date, topic, notes), kept with the pair. */
export const mentoringTalks = pgTable(
  'mentoring_talks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pairId: integer('pair_id')
      .notNull()
      .references(() => mentorPairs.id),
    date: date('date').notNull(),
    topic: varchar('topic', { length: 100 }).notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentoring_talks_pair_idx').on(t.pairId, t.date)],
);

// ---- Meetings and video roll calls (会议 / 视频点名, 三晋先锋视频会议系统) ----

/**
 * A meeting or video roll call scheduled by the county (for the county) or a township (for itself), held in
 * the province's external video system (the link); Zhucun records who was invited and who attended.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: varchar('kind', { length: 16 }).notNull(),
    title: varchar('title', { length: 100 }).notNull(),
    /** The organising level: the county's or a township's code; the meeting is seen within it. */
    divisionCode: varchar('division_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    videoUrl: varchar('video_url', { length: 500 }).notNull(),
    /** How the invitees were chosen (townships, categories, persons), kept as asked. */
    selection: jsonb('selection').notNull().default({}),
    /** 纪要, edited by the organiser. */
    minutes: text('minutes').notNull().default(''),
    minutesUpdatedBy: integer('minutes_updated_by').references(() => users.id),
    minutesUpdatedAt: timestamp('minutes_updated_at', { withTimezone: true }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('meetings_division_idx').on(t.divisionCode.op('varchar_pattern_ops'), t.startsAt),
    index('meetings_starts_idx').on(t.startsAt),
    check('meetings_kind', sql`${t.kind} in ('meeting', 'roll_call')`),
    check('meetings_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** An invitee: a cadre posted in scope when the meeting was scheduled, with their attendance once marked. */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    attendance: varchar('attendance', { length: 16 }),
    markedBy: integer('marked_by').references(() => users.id),
    markedAt: timestamp('marked_at', { withTimezone: true }),
    /** A roll call's mark is the spot check (method video): one row, updated when the mark changes. */
    spotCheckId: integer('spot_check_id').references(() => spotChecks.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    index('meeting_invitees_person_idx').on(t.personId),
    uniqueIndex('meeting_invitees_spot_check_key').on(t.spotCheckId),
    check('meeting_invitees_attendance', sql`${t.attendance} in ('present', 'absent', 'excused')`),
  ],
);

/** A decision taken at a meeting, made a task in the same step (the task lives in the task list). */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    text: varchar('text', { length: 500 }).notNull(),
    /** The task it became (tasks module); null only if none could be made. */
    taskId: integer('task_id'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId)],
);

// ——— 整改台账 (rectification ledger): problems from the national assessment, the province and the county ———

/**
 * A problem to rectify (整改问题): where it came from, the level and division that must fix it (its
 * scope), the level now supervising it (raised one step by the overdue job), its state and deadline.
 */
export const rectificationItems = pgTable(
  'rectification_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** national_assessment (国考反馈) / provincial_inspection (省级督查巡视) / county_self_check (县级自查). */
    source: varchar('source', { length: 32 }).notNull(),
    /** The feedback or inspection it came from, e.g. 2022年国家巩固脱贫成果后评估反馈. */
    sourceRef: varchar('source_ref', { length: 100 }).notNull().default(''),
    problem: text('problem').notNull(),
    /** county / township / village: where it must be fixed; division_code is that division (its scope). */
    level: varchar('level', { length: 16 }).notNull(),
    divisionCode: varchar('division_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    /** The level supervising it now: its own level, raised one step at a time while it is overdue. */
    superviseLevel: varchar('supervise_level', { length: 16 }).notNull(),
    escalatedOn: date('escalated_on'),
    state: varchar('state', { length: 24 }).notNull(),
    deadline: date('deadline').notNull(),
    /** What evidence closing it needs (佐证材料). */
    evidenceRequired: varchar('evidence_required', { length: 500 }).notNull().default(''),
    /** The date of the latest completion report (the one a close accepts). */
    reportedOn: date('reported_on'),
    closedOn: date('closed_on'),
    returnCount: integer('return_count').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rectification_items_division_idx').on(t.divisionCode.op('varchar_pattern_ops'), t.state),
    index('rectification_items_open_deadline_idx')
      .on(t.deadline)
      .where(sql`${t.state} in ('open', 'returned')`),
  ],
);

/** A measure (整改措施) of a problem, with its own deadline: the rows of the task list (任务清单). */
export const rectificationMeasures = pgTable(
  'rectification_measures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer('item_id')
      .notNull()
      .references(() => rectificationItems.id),
    position: integer('position').notNull().default(0),
    text: varchar('text', { length: 500 }).notNull(),
    deadline: date('deadline').notNull(),
  },
  (t) => [index('rectification_measures_item_idx').on(t.itemId, t.position)],
);

/**
 * Who answers for a problem (责任清单): a responsible unit or division, a leader (责任领导) or a
 * responsible person (责任人), by name and, when they are in the registry, by person.
 */
export const rectificationOwners = pgTable(
  'rectification_owners',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer('item_id')
      .notNull()
      .references(() => rectificationItems.id),
    /** unit (责任单位) / leader (责任领导) / person (责任人). */
    role: varchar('role', { length: 16 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    personId: integer('person_id').references(() => persons.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('rectification_owners_item_idx').on(t.itemId, t.position),
    index('rectification_owners_person_idx').on(t.personId),
  ],
);

/** The timeline of a problem: every report, review, return, close and escalation, with its words. */
export const rectificationEvents = pgTable(
  'rectification_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    itemId: integer('item_id')
      .notNull()
      .references(() => rectificationItems.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** user / system. */
    actorKind: varchar('actor_kind', { length: 16 }).notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: varchar('action', { length: 24 }).notNull(),
    fromState: varchar('from_state', { length: 24 }),
    toState: varchar('to_state', { length: 24 }).notNull(),
    superviseLevel: varchar('supervise_level', { length: 16 }).notNull(),
    /** A report's text, or a return's reason. */
    note: text('note'),
  },
  (t) => [index('rectification_events_item_idx').on(t.itemId, t.at)],
);

/** Photos of a report (stored files, purpose `rectification_photo`; JPEG without EXIF). */
export const rectificationEventPhotos = pgTable(
  'rectification_event_photos',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => rectificationEvents.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.fileId] })],
);

// ——— Duty lists (岗位职责清单, issue 15 item 1) ———

/**
 * One version of a post's duty list: the county's draft (at most one per post, edited in place) or a
 * published version (numbered, in force from its date, never changed again: a trigger refuses it).
 */
export const dutyListVersions = pgTable(
  'duty_list_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The post: a dispatched cadre category (core DUTY_LIST_POSTS). */
    category: varchar('category', { length: 32 }).notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    /** 1, 2, 3 … per post once published; null while a draft. */
    versionNo: integer('version_no'),
    /** The day the version takes effect (publishing date chosen by the county); null while a draft. */
    effectiveFrom: date('effective_from'),
    /** Ordered lines: `{ kind: 'heading' | 'duty', wording }` (core ZDutyListItem). */
    items: jsonb('items').$type<{ kind: 'heading' | 'duty'; wording: string }[]>().notNull(),
    /** What changed, in a line (shown in the history). */
    note: varchar('note', { length: 200 }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: integer('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('duty_list_versions_one_draft_key').on(t.category).where(sql`${t.status} = 'draft'`),
    uniqueIndex('duty_list_versions_number_key').on(t.category, t.versionNo),
    index('duty_list_versions_in_force_idx').on(t.category, t.effectiveFrom),
    check('duty_list_versions_status', sql`${t.status} in ('draft', 'published')`),
    check(
      'duty_list_versions_category',
      sql`${t.category} in ('party_secretary', 'graduate_official', 'selected_graduate', 'first_secretary', 'team_member')`,
    ),
    check(
      'duty_list_versions_published_fields',
      sql`(${t.status} = 'draft') = (${t.versionNo} is null and ${t.effectiveFrom} is null and ${t.publishedAt} is null)`,
    ),
  ],
);

// ── 履职行为负面清单: the catalogue of forbidden conduct and violation records (docs/rules.md §4.10) ──

/** A year's negative list (履职行为负面清单): the days a cadre has to answer a violation record. */
export const conductCatalogues = pgTable('conduct_catalogues', {
  year: integer('year').primaryKey(),
  /** Days after the notice (and after a decision, to appeal) within which the cadre may answer. */
  answerDays: integer('answer_days').notNull().default(5),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An item of forbidden conduct of a year: its text, its deduction, and whether it is a veto (一票否决). */
export const conductItems = pgTable(
  'conduct_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year')
      .notNull()
      .references(() => conductCatalogues.year),
    position: integer('position').notNull().default(0),
    text: varchar('text', { length: 200 }).notNull(),
    /** Points deducted from the year's assessment when a record of it is upheld. */
    deduction: integer('deduction').notNull(),
    veto: boolean('veto').notNull().default(false),
    /** Taken off the year's list; records citing it keep it. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('conduct_items_year_idx').on(t.year, t.position)],
);

/** A violation record (违反负面清单的记录): never public; the cadre, their township and the county see it. */
export const violations = pgTable(
  'violations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The village the cadre served when it was recorded: the record's scope. */
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    /** The year of the conduct (occurredOn): the year whose catalogue it cites and whose grade it caps. */
    year: integer('year').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => conductItems.id),
    occurredOn: date('occurred_on').notNull(),
    description: text('description').notNull(),
    state: varchar('state', { length: 16 }).notNull(),
    /** The item's deduction and veto when recorded. */
    deduction: integer('deduction').notNull(),
    veto: boolean('veto').notNull(),
    /** The last local date the cadre may answer the notice. */
    answerDue: date('answer_due').notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The decision in force (upheld / reduced / dismissed) and the deduction it sets. */
    outcome: varchar('outcome', { length: 16 }),
    finalDeduction: integer('final_deduction'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The last local date the cadre may appeal the decision. */
    appealDue: date('appeal_due'),
    appeal: text('appeal'),
    appealedAt: timestamp('appealed_at', { withTimezone: true }),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    /** county / township: who recorded it. */
    recordedLevel: varchar('recorded_level', { length: 16 }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('violations_village_idx').on(t.villageCode.op('varchar_pattern_ops'), t.year, t.state),
    index('violations_person_idx').on(t.personId, t.year),
    index('violations_item_idx').on(t.itemId),
  ],
);

/** The timeline of a violation record: recorded, answered, decided, appealed, appeal decided. */
export const violationEvents = pgTable(
  'violation_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: varchar('action', { length: 24 }).notNull(),
    fromState: varchar('from_state', { length: 16 }),
    toState: varchar('to_state', { length: 16 }).notNull(),
    outcome: varchar('outcome', { length: 16 }),
    deduction: integer('deduction'),
    /** The answer, the appeal, or the reason of a decision. */
    note: text('note'),
  },
  (t) => [index('violation_events_violation_idx').on(t.violationId, t.at)],
);

/** Evidence photos of a violation record (stored files, purpose `violation_evidence`; JPEG without EXIF). */
export const violationPhotos = pgTable(
  'violation_photos',
  {
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.fileId] })],
);

// ─── 任务清单 (task lists, issue 15 item 2; docs/rules.md §4.9) ─────────────────────────────────

/** A task assigned downward in one step by the county or a township (assigner_code), with a deadline. */
export const tasks = pgTable(
  'tasks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    title: varchar('title', { length: 100 }).notNull(),
    description: text('description').notNull().default(''),
    deadline: date('deadline').notNull(),
    /** 佐证要求: what an assignee shows to mark it done. */
    evidenceRequired: varchar('evidence_required', { length: 500 }).notNull().default(''),
    priority: varchar('priority', { length: 8 }).notNull().default('normal'),
    /** The assigning level: the county's or a township's code. */
    assignerCode: varchar('assigner_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    targetKind: varchar('target_kind', { length: 16 }).notNull(),
    /** For a task to all cadres of a category: the category (expanded at assignment time). */
    category: varchar('category', { length: 32 }),
    /** Made by another module in one step (a meeting's decision): its kind and id. */
    sourceKind: varchar('source_kind', { length: 16 }),
    sourceId: integer('source_id'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('tasks_assigner_idx').on(t.assignerCode.op('varchar_pattern_ops'), t.deadline),
    index('tasks_source_idx').on(t.sourceKind, t.sourceId),
    check('tasks_priority', sql`${t.priority} in ('high', 'normal', 'low')`),
    check('tasks_target_kind', sql`${t.targetKind} in ('township', 'village', 'person', 'category')`),
  ],
);

/** One assignee's share of a task (a township, a village or a cadre), scoped by its division code. */
export const taskAssignments = pgTable(
  'task_assignments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    assigneeKind: varchar('assignee_kind', { length: 16 }).notNull(),
    /** The township or village; a person's: the village of their posting at assignment time. */
    divisionCode: varchar('division_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    personId: integer('person_id').references(() => persons.id),
    state: varchar('state', { length: 8 }).notNull().default('open'),
    percent: integer('percent'),
    note: varchar('note', { length: 500 }).notNull().default(''),
    evidence: varchar('evidence', { length: 500 }).notNull().default(''),
    doneOn: date('done_on'),
    doneBy: integer('done_by').references(() => users.id),
    /** The deadline whose passing was told (task_overdue): once per assignment and deadline. */
    overdueToldFor: date('overdue_told_for'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('task_assignments_task_idx').on(t.taskId),
    index('task_assignments_open_idx').on(t.state, t.overdueToldFor),
    index('task_assignments_division_idx').on(t.divisionCode.op('varchar_pattern_ops')),
    index('task_assignments_person_idx').on(t.personId),
    uniqueIndex('task_assignments_division_key')
      .on(t.taskId, t.divisionCode)
      .where(sql`${t.personId} is null`),
    uniqueIndex('task_assignments_person_key').on(t.taskId, t.personId).where(sql`${t.personId} is not null`),
    check('task_assignments_kind', sql`${t.assigneeKind} in ('township', 'village', 'person')`),
    check('task_assignments_state', sql`${t.state} in ('open', 'done')`),
    check('task_assignments_percent', sql`${t.percent} between 0 and 100`),
    check('task_assignments_done', sql`(${t.state} = 'done') = (${t.doneOn} is not null)`),
  ],
);

/** A progress report or done on an assignment; from 今天 it points at the day it was saved with. */
export const taskReports = pgTable(
  'task_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => taskAssignments.id),
    date: date('date').notNull(),
    percent: integer('percent'),
    note: varchar('note', { length: 500 }).notNull().default(''),
    done: boolean('done').notNull().default(false),
    evidence: varchar('evidence', { length: 500 }).notNull().default(''),
    dutyDayId: integer('duty_day_id').references(() => dutyDays.id),
    reportedBy: integer('reported_by')
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('task_reports_assignment_idx').on(t.assignmentId),
    uniqueIndex('task_reports_day_key')
      .on(t.assignmentId, t.dutyDayId)
      .where(sql`${t.dutyDayId} is not null`),
  ],
);

/** Photos kept as evidence of a report (uploaded through the evidence route, purpose task_evidence). */
export const taskReportPhotos = pgTable(
  'task_report_photos',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => taskReports.id),
    fileId: integer('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fileId] }), index('task_report_photos_file_idx').on(t.fileId)],
);

// ——— 星级化管理: the awards register (docs/rules.md §4.6) ———

/**
 * A commendation (表彰) of a cadre, or of a village collective, that adds stars in the year it was
 * given: national +2, provincial or ministerial +1. Kept with its issuer, document and evidence.
 */
export const awards = pgTable(
  'awards',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id').references(() => persons.id),
    villageCode: varchar('village_code', { length: 12 }).references(() => divisions.code),
    level: varchar('level', { length: 16 }).notNull(),
    title: varchar('title', { length: 100 }).notNull(),
    issuer: varchar('issuer', { length: 100 }).notNull(),
    documentNo: varchar('document_no', { length: 60 }).notNull().default(''),
    awardedOn: date('awarded_on').notNull(),
    fileId: integer('file_id').references(() => storedFiles.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('awards_level_check', sql`${t.level} in ('national', 'provincial')`),
    check('awards_holder_check', sql`(${t.personId} is null) <> (${t.villageCode} is null)`),
    index('awards_person_idx').on(t.personId),
    index('awards_village_idx').on(t.villageCode),
  ],
);

/**
 * 星级化管理 (docs/rules.md §4.6): one rating cycle per county and year. Its settings (weights,
 * indicator weights, thresholds, quota, award stars, survey sample, organisation criteria) are frozen
 * once the totals are computed; its stage moves open → … → confirmed (core/src/rating-cycle.ts).
 */
export const ratingCycles = pgTable(
  'rating_cycles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    countyCode: varchar('county_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    year: integer('year').notNull(),
    stage: varchar('stage', { length: 16 }).notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    surveyFrom: date('survey_from'),
    surveyUntil: date('survey_until'),
    noticeFrom: date('notice_from'),
    noticeUntil: date('notice_until'),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    totalledAt: timestamp('totalled_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    openedBy: integer('opened_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rating_cycles_county_year_key').on(t.countyCode, t.year),
    check(
      'rating_cycles_stage',
      sql`${t.stage} in ('open', 'computed', 'evaluating', 'surveying', 'review', 'notice', 'appeals', 'confirmed')`,
    ),
  ],
);

/**
 * One cadre's result in a cycle: the snapshot of the quantitative inputs (recomputing from it gives the
 * same figures), the three parts, the total, the grade by thresholds, the caps and quota that changed
 * it, the grade in force (as computed, or amended by the reviewer or on appeal) and the stars.
 */
export const ratingResults = pgTable(
  'rating_results',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => ratingCycles.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The village the cadre served in the cycle's year (the result's scope), category and status then. */
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    category: varchar('category', { length: 32 }).notNull(),
    personnelStatus: varchar('personnel_status', { length: 32 }),
    /**
     * The snapshot as the quantitative step read it (TRatingSnapshot, `totals` null): the figures and the
     * record ids behind each. Stored as json (kept as written, not re-parsed into jsonb): the step writes
     * every cadre's at once, and only ever reads them back whole.
     */
    inputs: json('inputs').$type<Record<string, unknown>>().notNull(),
    /** The snapshot's `totals` (TRatingTotalsInputs): what the totals step read; null until it runs. */
    totalsInputs: json('totals_inputs').$type<Record<string, unknown>>(),
    quantitative: numeric('quantitative', { precision: 5, scale: 2, mode: 'number' }),
    organisation: numeric('organisation', { precision: 5, scale: 2, mode: 'number' }),
    villagers: numeric('villagers', { precision: 5, scale: 2, mode: 'number' }),
    villagerHouseholds: integer('villager_households').notNull().default(0),
    total: numeric('total', { precision: 5, scale: 2, mode: 'number' }),
    /** The grade by thresholds, before caps and quota. */
    scoreGrade: varchar('score_grade', { length: 24 }),
    /** The caps that lowered the grade, e.g. ['spot_check_absences', 'veto']. */
    caps: jsonb('caps').$type<string[]>().notNull().default([]),
    quotaAdjusted: boolean('quota_adjusted').notNull().default(false),
    /** The grade the computation gives (after caps and quota). */
    computedGrade: varchar('computed_grade', { length: 24 }),
    /** The grade in force: the computed one, or as amended by the reviewer or on appeal. */
    grade: varchar('grade', { length: 24 }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewReason: text('review_reason'),
    awardStars: integer('award_stars'),
    stars: integer('stars'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rating_results_cycle_person_key').on(t.cycleId, t.personId),
    index('rating_results_village_idx').on(t.cycleId, t.villageCode.op('varchar_pattern_ops')),
    index('rating_results_person_idx').on(t.personId),
  ],
);

/**
 * 组织评价: a scoring form on one cadre by the township, the dispatching unit or the county organisation
 * department, with the cycle's criteria (德、能、勤、绩、廉 by default), signed by the account that submits it.
 */
export const ratingOrgForms = pgTable(
  'rating_org_forms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => ratingCycles.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** township / unit / county. */
    evaluator: varchar('evaluator', { length: 16 }).notNull(),
    /** criterion code → score 0–100. */
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    comment: varchar('comment', { length: 500 }).notNull().default(''),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rating_org_forms_key').on(t.cycleId, t.personId, t.evaluator),
    check('rating_org_forms_evaluator', sql`${t.evaluator} in ('township', 'unit', 'county')`),
  ],
);

/**
 * 群众评议: one villager household's answer on one stationed cadre in a cycle, through the village's QR
 * page. The first answer stands; the address hash serves the per-address limits.
 */
export const ratingSurveyAnswers = pgTable(
  'rating_survey_answers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => ratingCycles.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    answer: varchar('answer', { length: 24 }).notNull(),
    comment: varchar('comment', { length: 500 }).notNull().default(''),
    addressHash: varchar('address_hash', { length: 64 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rating_survey_answers_key').on(t.cycleId, t.personId, t.householdId),
    index('rating_survey_answers_address_idx').on(t.cycleId, t.addressHash, t.createdAt),
    check(
      'rating_survey_answers_answer',
      sql`${t.answer} in ('satisfied', 'basically_satisfied', 'dissatisfied')`,
    ),
  ],
);

/** A cadre's one appeal of their result during the notice, and its decision (kept or amended, with a reason). */
export const ratingAppeals = pgTable(
  'rating_appeals',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    resultId: integer('result_id')
      .notNull()
      .references(() => ratingResults.id),
    text: text('text').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** kept / amended. */
    decision: varchar('decision', { length: 16 }),
    newGrade: varchar('new_grade', { length: 24 }),
    reason: text('reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('rating_appeals_result_key').on(t.resultId)],
);

/**
 * 诫勉: an admonishment of a cadre with no star over the tenure's confirmed years (or issued by hand), in
 * effect until a date, with the rectification item (整改台账) that tracks its deadline to closure.
 */
export const admonishments = pgTable(
  'admonishments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    cycleId: integer('cycle_id').references(() => ratingCycles.id),
    reason: text('reason').notNull(),
    issuedOn: date('issued_on').notNull(),
    effectiveUntil: date('effective_until').notNull(),
    rectificationItemId: integer('rectification_item_id').references(() => rectificationItems.id),
    issuedBy: integer('issued_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('admonishments_person_idx').on(t.personId, t.effectiveUntil),
    uniqueIndex('admonishments_cycle_person_key').on(t.cycleId, t.personId),
  ],
);

// ——— 帮扶成效: outcome indicators (docs/rules.md §4.16) ———

/**
 * A village's month of transfer employment (脱贫劳动力外出务工): entered by its cadres or its township,
 * reviewed by the county (submitted → approved, or returned with a reason and sent again). The figure is
 * the sum over its lines, one per household.
 */
export const labourReports = pgTable(
  'labour_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    /** The first day of the month reported. */
    month: date('month').notNull(),
    state: varchar('state', { length: 16 }).notNull(),
    note: varchar('note', { length: 200 }).notNull().default(''),
    returnReason: varchar('return_reason', { length: 200 }),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('labour_reports_village_month_key').on(t.villageCode, t.month),
    index('labour_reports_month_idx').on(t.month, t.villageCode.op('varchar_pattern_ops')),
    check('labour_reports_state', sql`${t.state} in ('submitted', 'returned', 'approved')`),
    check('labour_reports_month_first', sql`extract(day from ${t.month}) = 1`),
  ],
);

/** One household of a village's month and how many of its labourers work away from home. */
export const labourReportLines = pgTable(
  'labour_report_lines',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => labourReports.id, { onDelete: 'cascade' }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    labourers: integer('labourers').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.householdId] }),
    index('labour_report_lines_household_idx').on(t.householdId),
    check('labour_report_lines_labourers', sql`${t.labourers} between 1 and 20`),
  ],
);

/**
 * A village's demonstration designation (乡村旅游示范村, “长城人家” …): its level, date, issuer and
 * document number, with a scan of the document; entered by the village or township, reviewed by the county.
 */
export const villageDesignations = pgTable(
  'village_designations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    kind: varchar('kind', { length: 24 }).notNull(),
    level: varchar('level', { length: 16 }).notNull(),
    title: varchar('title', { length: 60 }).notNull(),
    issuer: varchar('issuer', { length: 100 }).notNull(),
    documentNo: varchar('document_no', { length: 60 }).notNull(),
    designatedOn: date('designated_on').notNull(),
    fileId: integer('file_id').references(() => storedFiles.id),
    state: varchar('state', { length: 16 }).notNull(),
    returnReason: varchar('return_reason', { length: 200 }),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('village_designations_village_idx').on(t.villageCode.op('varchar_pattern_ops'), t.kind),
    check(
      'village_designations_kind',
      sql`${t.kind} in ('rural_tourism', 'great_wall', 'beautiful_village', 'revitalization', 'other')`,
    ),
    check('village_designations_level', sql`${t.level} in ('national', 'provincial', 'city', 'county')`),
    check('village_designations_state', sql`${t.state} in ('submitted', 'returned', 'approved')`),
  ],
);

/**
 * 简报 (docs/rules.md §4.17): a county's bulletin. A draft's figures are counted when read; issuing stores
 * them (`figures`) and the bulletin never changes again. 第 N 期 is unique within the county's year,
 * 总第 M 期 within the county.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    countyCode: varchar('county_code', { length: 12 })
      .notNull()
      .references(() => divisions.code),
    year: integer('year').notNull(),
    issueNo: integer('issue_no').notNull(),
    runningNo: integer('running_no').notNull(),
    masthead: varchar('masthead', { length: 40 }).notNull(),
    issuingOffice: varchar('issuing_office', { length: 60 }).notNull(),
    issuedOn: date('issued_on').notNull(),
    asOf: date('as_of').notNull(),
    headline: varchar('headline', { length: 100 }).notNull(),
    sections: jsonb('sections').$type<Record<string, string>>().notNull(),
    distributionTo: varchar('distribution_to', { length: 500 }).notNull().default(''),
    distributionCc: varchar('distribution_cc', { length: 500 }).notNull().default(''),
    printedBy: varchar('printed_by', { length: 60 }).notNull(),
    state: varchar('state', { length: 16 }).notNull().default('draft'),
    figures: jsonb('figures').$type<Record<string, unknown>>(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    issuedBy: integer('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bulletins_issue_no_key').on(t.countyCode, t.year, t.issueNo),
    uniqueIndex('bulletins_running_no_key').on(t.countyCode, t.runningNo),
    check('bulletins_state', sql`${t.state} in ('draft', 'issued')`),
    check('bulletins_issued', sql`(${t.state} = 'issued') = (${t.figures} is not null)`),
  ],
);
