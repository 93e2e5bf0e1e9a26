import { z } from 'zod';
import { ZCadreCategory } from './cadre.ts';
import { HOME_ROOMS, ZFen, ZFundingSource, ZHomeKind, ZLeaseState } from './home.ts';

/** The HTTP contracts of standard homes, their signage and their funding ledger (issue 6). */

const ZDate = z.iso.date();
const ZVillageCode = z.string().regex(/^\d{12}$/);
const ZTownshipCode = z.string().regex(/^\d{9}$/);
const ZId = z.number().int().positive();
const ZCount = z.number().int();

/** Limits of the forms. */
export const HOME_LIMITS = {
  name: 60,
  address: 100,
  roomLabel: 20,
  /** Beds in one standard room. */
  beds: 4,
  facility: 20,
  facilities: 30,
  landlord: 30,
  note: 500,
  purpose: 200,
  reason: 200,
  photos: 12,
} as const;

/* ---------- homes (驻村干部家园) ---------- */

/** A mobile number, or one masked as every view shows it (`138****5678`). */
export const MASKED_OR_PHONE = /^1[3-9]\d(\d{4}|\*{4})\d{4}$/;

/** A room as the form sends it: an existing room keeps its id (and its occupants). */
export const ZHomeRoomInput = z.object({
  id: ZId.optional(),
  label: z.string().trim().min(1).max(HOME_LIMITS.roomLabel),
  beds: z.number().int().min(0).max(HOME_LIMITS.beds),
});
export type THomeRoomInput = z.input<typeof ZHomeRoomInput>;

/** The rent contract of a rented farmhouse (租房合同); its file is uploaded separately. */
export const ZRentContract = z.object({
  landlord: z.string().trim().min(1).max(HOME_LIMITS.landlord),
  /**
   * A villager's phone, so every view masks it (docs/domain.md §0.5). The masked number sent back unchanged
   * (`139****5678`) keeps the stored one.
   */
  landlordPhone: z.string().regex(MASKED_OR_PHONE).optional(),
  startDate: ZDate,
  endDate: ZDate,
  /** Rent a year, in fen. */
  annualRentFen: ZFen.min(0),
});
export type TRentContract = z.infer<typeof ZRentContract>;

/** A facility of the checklist: a key of the county's list (`bed`, `heating` …) or a county's own wording. */
export const ZFacility = z.string().trim().min(1).max(HOME_LIMITS.facility);

const homeFields = {
  kind: ZHomeKind,
  /** e.g. 某某村党群服务中心驻村干部公寓; empty = named after the village and kind. */
  title: z.string().trim().max(HOME_LIMITS.name).default(''),
  address: z.string().trim().min(1).max(HOME_LIMITS.address),
  hasKitchen: z.boolean(),
  facilities: z.array(ZFacility).max(HOME_LIMITS.facilities).default([]),
  /** 2–4 standard rooms make the standard; one room may be registered (it is flagged), five may not. */
  rooms: z.array(ZHomeRoomInput).min(1).max(HOME_ROOMS.max),
  /** Only a farmhouse has one (null or absent for an apartment). */
  contract: ZRentContract.nullable().default(null),
  note: z.string().trim().max(HOME_LIMITS.note).default(''),
};

/** POST /api/homes: register a home in a village. */
export const ZHomeCreate = z.object({ villageCode: ZVillageCode, ...homeFields });
export type THomeCreate = z.input<typeof ZHomeCreate>;

/** PUT /api/homes/:id: the whole home again (its village does not change). */
export const ZHomeUpdate = z.object(homeFields);
export type THomeUpdate = z.input<typeof ZHomeUpdate>;

/** What a home lacks (core `homeShortfalls`), as sent to the browser. */
export const ZHomeShortfall = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('too_few_rooms'), rooms: ZCount, min: ZCount }),
  z.object({ kind: z.literal('room_without_bed'), room: ZCount }),
  z.object({ kind: z.literal('no_kitchen') }),
  z.object({ kind: z.literal('missing_facility'), facility: z.string() }),
]);

/** A cadre living in a room. */
export const ZHomeOccupant = z.object({
  personId: ZCount,
  name: z.string(),
  /** The current posting's category and title (职务); null when the posting has ended since. */
  category: ZCadreCategory.nullable(),
  postTitle: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  since: ZDate,
});
export type THomeOccupant = z.infer<typeof ZHomeOccupant>;

export const ZHomeRoomView = z.object({
  id: ZCount,
  label: z.string(),
  beds: ZCount,
  occupants: z.array(ZHomeOccupant),
});
export type THomeRoomView = z.infer<typeof ZHomeRoomView>;

const homeHeader = {
  id: ZCount,
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  kind: ZHomeKind,
  /** The home's title, or `<village>驻村干部公寓/农家小院` when none was given. */
  title: z.string(),
  address: z.string(),
  hasKitchen: z.boolean(),
  shortfalls: z.array(ZHomeShortfall),
  /** A farmhouse's lease today (core `leaseState`): ending within 60 days, or ended, is flagged. */
  lease: ZLeaseState.nullable(),
};

/** GET /api/homes/:id: a home with its rooms, occupants, contract and photos. */
export const ZHomeView = z.object({
  ...homeHeader,
  facilities: z.array(z.string()),
  rooms: z.array(ZHomeRoomView),
  contract: ZRentContract.extend({ hasFile: z.boolean() }).nullable(),
  photoIds: z.array(ZCount),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type THomeView = z.infer<typeof ZHomeView>;

/** A home in the county's list: counts instead of rooms. */
export const ZHomeListItem = z.object({
  ...homeHeader,
  rooms: ZCount,
  beds: ZCount,
  occupants: ZCount,
});
export type THomeListItem = z.infer<typeof ZHomeListItem>;

const ZBool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /api/homes?township&village&kind&belowStandard: homes in scope, by township, village and name. */
export const ZHomeListQuery = z.object({
  township: ZTownshipCode.optional(),
  village: ZVillageCode.optional(),
  kind: ZHomeKind.optional(),
  belowStandard: ZBool.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type THomeListQuery = z.infer<typeof ZHomeListQuery>;
export const ZHomeList = z.object({ items: z.array(ZHomeListItem), total: ZCount });
export type THomeList = z.infer<typeof ZHomeList>;

/** Counts of one township (or of all in scope): the bulletin's 44 apartments and 42 farmhouses. */
const ZHomeCounts = z.object({
  apartment: ZCount,
  farmhouse: ZCount,
  belowStandard: ZCount,
  rooms: ZCount,
  beds: ZCount,
  occupants: ZCount,
  /** Stationed cadres (dispatched categories, posting active) not living in any home: 走读 risk. */
  withoutHome: ZCount,
});
/** GET /api/homes/summary: counts by township in scope, and their totals. */
export const ZHomeSummary = z.object({
  rows: z.array(ZHomeCounts.extend({ townshipCode: z.string(), townshipName: z.string() })),
  totals: ZHomeCounts,
});
export type THomeSummary = z.infer<typeof ZHomeSummary>;

/** A stationed cadre who lives in no home (走读 risk), or a candidate for a room. */
export const ZHomeCadre = z.object({
  personId: ZCount,
  name: z.string(),
  category: ZCadreCategory,
  postTitle: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  unitName: z.string().nullable(),
  /** Where they live now, if anywhere (candidates only; always null in the 走读 list). */
  homeId: ZCount.nullable(),
  roomLabel: z.string().nullable(),
});
export type THomeCadre = z.infer<typeof ZHomeCadre>;

/** GET /api/homes/without-home?township&village: sorted by village and name, never by anything else. */
export const ZHomeCadreQuery = z.object({
  township: ZTownshipCode.optional(),
  village: ZVillageCode.optional(),
});
export const ZHomeCadreList = z.object({ items: z.array(ZHomeCadre), total: ZCount });
export type THomeCadreList = z.infer<typeof ZHomeCadreList>;

/** POST /api/homes/:id/occupants: a stationed cadre of the home's township moves into a room. */
export const ZOccupantAssign = z.object({
  roomId: ZId,
  personId: ZId,
  since: ZDate.optional(),
});
export type TOccupantAssign = z.input<typeof ZOccupantAssign>;

/* ---------- signage (统一标识) ---------- */

export const SIGN_SIZES = ['A4', 'A3'] as const;
export const ZSignSize = z.enum(SIGN_SIZES);
export type TSignSize = z.infer<typeof ZSignSize>;

/** GET /api/homes/:id/sign: what the printed sign shows (the cadres' names, posts and phones are public by design). */
export const ZHomeSign = z.object({
  homeId: ZCount,
  kind: ZHomeKind,
  title: z.string(),
  address: z.string(),
  countyName: z.string(),
  townshipName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  residents: z.array(
    z.object({
      personId: ZCount,
      name: z.string(),
      category: ZCadreCategory.nullable(),
      postTitle: z.string().nullable(),
      phone: z.string(),
      /** GET /api/homes/:id/sign/photos/:personId serves it. */
      hasPhoto: z.boolean(),
    }),
  ),
  /** The village's public page the QR code leads to (GET /api/villages/:code/qr.svg draws it). */
  publicUrl: z.string(),
});
export type THomeSign = z.infer<typeof ZHomeSign>;

/* ---------- funding (统一资金) ---------- */

export const FUNDING_DIRECTIONS = ['in', 'out'] as const;
export const ZFundingDirection = z.enum(FUNDING_DIRECTIONS);
export type TFundingDirection = z.infer<typeof ZFundingDirection>;

/** POST /api/homes/:id/funding: money in or out, a positive amount in fen; stored signed (out is negative). */
export const ZFundingCreate = z.object({
  direction: ZFundingDirection,
  source: ZFundingSource,
  amountFen: ZFen.min(1),
  date: ZDate,
  purpose: z.string().trim().min(1).max(HOME_LIMITS.purpose),
  /** An uploaded voucher (POST /api/homes/funding/vouchers). */
  voucherFileId: ZId.optional(),
});
export type TFundingCreate = z.input<typeof ZFundingCreate>;

/**
 * POST /api/homes/:id/funding/:entryId/corrections: what the entry should have said. A new entry
 * carries the difference and names the one it corrects; the original is never changed.
 */
export const ZFundingCorrect = z.object({
  /** The right amount (0 cancels the entry), positive in the original's direction. */
  amountFen: ZFen.min(0),
  reason: z.string().trim().min(1).max(HOME_LIMITS.reason),
  date: ZDate.optional(),
  voucherFileId: ZId.optional(),
});
export type TFundingCorrect = z.input<typeof ZFundingCorrect>;

export const ZFundingEntryView = z.object({
  id: ZCount,
  homeId: ZCount,
  direction: ZFundingDirection,
  source: ZFundingSource,
  /** Signed: in > 0, out < 0; a correction holds the difference. */
  amountFen: ZCount,
  date: ZDate,
  purpose: z.string(),
  hasVoucher: z.boolean(),
  correctsId: ZCount.nullable(),
  reason: z.string().nullable(),
  /** For an original: its amount with every correction applied; null for a correction. */
  effectiveFen: ZCount.nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type TFundingEntryView = z.infer<typeof ZFundingEntryView>;

const ZFundingTotals = z.object({
  bySource: z.record(ZFundingSource, ZCount),
  inFen: ZCount,
  outFen: ZCount,
  /** Balance: in − out. */
  total: ZCount,
});
export type TFundingTotalsView = z.infer<typeof ZFundingTotals>;

/** GET /api/homes/:id/funding: the ledger of one home, oldest first, and its totals. */
export const ZFundingLedger = z.object({ entries: z.array(ZFundingEntryView), totals: ZFundingTotals });
export type TFundingLedger = z.infer<typeof ZFundingLedger>;

/** GET /api/homes/funding/summary?township&year: totals by home and source. */
export const ZFundingSummaryQuery = z.object({
  township: ZTownshipCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type TFundingSummaryQuery = z.infer<typeof ZFundingSummaryQuery>;
export const ZFundingSummary = z.object({
  rows: z.array(
    ZFundingTotals.extend({
      homeId: ZCount,
      homeTitle: z.string(),
      kind: ZHomeKind,
      villageName: z.string(),
      townshipName: z.string(),
    }),
  ),
  totals: ZFundingTotals,
});
export type TFundingSummary = z.infer<typeof ZFundingSummary>;
