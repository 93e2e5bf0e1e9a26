import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
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
