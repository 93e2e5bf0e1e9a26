import {
  BULLETIN_SECTIONS,
  localDate,
  proposeNumbers,
  type TBulletin,
  type TBulletinContent,
  type TBulletinDetail,
  type TBulletinFigures,
  type TBulletinList,
  type TCreateBulletin,
  type TScope,
  unknownPlaceholders,
} from '@zhucun/core';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findCountyCodes, findDivision } from '../divisions/divisions.repository.ts';
import { bulletinDocument } from './bulletin.docx.ts';
import { countBulletinFigures, type TBulletinSources } from './bulletin-figures.ts';
import { bulletinTemplate } from './bulletin-template.ts';
import {
  findBulletin,
  findBulletins,
  findNumberHolders,
  findNumbers,
  insertBulletin,
  issueDraft,
  type TBulletinRow,
  updateDraft,
} from './bulletins.repository.ts';

type TActor = TActorContext & { userId: number };

const contentOf = (r: TBulletinRow): TBulletinContent => ({
  issueNo: r.issueNo,
  runningNo: r.runningNo,
  masthead: r.masthead,
  issuingOffice: r.issuingOffice,
  issuedOn: r.issuedOn,
  asOf: r.asOf,
  headline: r.headline,
  sections: Object.fromEntries(
    BULLETIN_SECTIONS.map((s) => [s, r.sections[s] ?? '']),
  ) as TBulletinContent['sections'],
  distributionTo: r.distributionTo,
  distributionCc: r.distributionCc,
  printedBy: r.printedBy,
});

const viewOf = (r: TBulletinRow): TBulletin => ({
  ...contentOf(r),
  id: r.id,
  state: r.state as TBulletin['state'],
  issuedAt: r.issuedAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

/** 简报 (docs/rules.md §4.17): the county composes, issues (freezing the figures) and downloads its bulletins. */
export function createBulletinsService(s: TBulletinSources) {
  const { db, now } = s;

  /** The county a scope composes for: its one county-level code (all counties: the first loaded). */
  async function countyOf(scope: TScope): Promise<string> {
    const county = scope.all ? (await findCountyCodes(db))[0] : scope.codes.find((c) => c.length === 6);
    if (!county) throw new AppError('forbidden', 'bulletin_no_county');
    return county;
  }

  /** Refuses what a draft may not hold, naming the field: unknown placeholders, figures dated after the bulletin, numbers taken. */
  async function check(countyCode: string, c: TBulletinContent, exceptId: number | null) {
    const today = localDate(now());
    if (c.asOf > today) throw invalidField('asOf', 'outcome_date_future', { date: c.asOf });
    if (c.asOf > c.issuedOn) throw invalidField('asOf', 'bulletin_as_of_after', { date: c.issuedOn });
    const texts: [string, string][] = [
      ['headline', c.headline],
      ...BULLETIN_SECTIONS.map((k): [string, string] => [`sections.${k}`, c.sections[k]]),
    ];
    for (const [field, text] of texts) {
      const unknown = unknownPlaceholders(text);
      if (unknown.length)
        throw invalidField(field, 'bulletin_placeholder_unknown', {
          names: unknown.map((u) => `{{${u}}}`).join('、'),
        });
    }
    const year = Number(c.issuedOn.slice(0, 4));
    const holders = await findNumberHolders(db, countyCode, { ...c, year }, exceptId);
    if (holders.some((h) => h.year === year && h.issueNo === c.issueNo))
      throw invalidField('issueNo', 'bulletin_issue_no_taken', { value: c.issueNo, year });
    if (holders.some((h) => h.runningNo === c.runningNo))
      throw invalidField('runningNo', 'bulletin_running_no_taken', { value: c.runningNo });
  }

  async function getRow(scope: TScope, id: number) {
    const row = await findBulletin(db, scope, id);
    if (!row) throw notFound();
    return row;
  }

  /** A draft's figures counted now; an issued bulletin's as stored when it was issued. */
  const figuresOf = (row: TBulletinRow): Promise<TBulletinFigures> | TBulletinFigures =>
    row.state === 'issued' && row.figures
      ? (row.figures as TBulletinFigures)
      : countBulletinFigures(s, row.countyCode, row.asOf);

  return {
    /** The scope's bulletins and the numbers proposed for the next one. */
    async list(scope: TScope): Promise<TBulletinList> {
      const rows = await findBulletins(db, scope);
      const county = rows[0]?.countyCode ?? (await countyOf(scope).catch(() => null));
      const numbers = county ? await findNumbers(db, county) : [];
      return {
        items: rows.map((r) => {
          const { sections: _, ...rest } = viewOf(r);
          return rest;
        }),
        next: proposeNumbers(numbers, Number(localDate(now()).slice(0, 4))),
      };
    },

    /** One bulletin in scope with its figures (live for a draft, frozen for an issued one). */
    async get(scope: TScope, id: number): Promise<TBulletinDetail> {
      const row = await getRow(scope, id);
      return { bulletin: viewOf(row), figures: await figuresOf(row) };
    },

    /** The figures of the caller's county as of a date (the composing page's picker). */
    async figures(scope: TScope, asOf: string): Promise<TBulletinFigures> {
      return countBulletinFigures(s, await countyOf(scope), asOf);
    },

    /** A new draft: what is not given is proposed (numbers, today) or copied from the county's latest issue. */
    async create(scope: TScope, input: TCreateBulletin, actor: TActor): Promise<TBulletinDetail> {
      const county = await countyOf(scope);
      const today = localDate(now());
      const [latest] = await findBulletins(db, { all: false, codes: [county] });
      const base = latest
        ? contentOf(latest)
        : bulletinTemplate((await findDivision(db, county))?.name ?? '', today);
      const numbers = proposeNumbers(await findNumbers(db, county), Number(today.slice(0, 4)));
      const content: TBulletinContent = {
        ...base,
        ...numbers,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
        issuedOn: input.issuedOn ?? today,
        // the figures are counted to the bulletin's date (today at the latest) unless another is given
        asOf: input.asOf ?? (input.issuedOn && input.issuedOn < today ? input.issuedOn : today),
      };
      await check(county, content, null);
      const id = await db.transaction(async (tx) => {
        const newId = await insertBulletin(tx, { ...content, countyCode: county, createdBy: actor.userId });
        await recordAudit(tx, actor, {
          action: 'bulletin.create',
          objectType: 'bulletin',
          objectId: String(newId),
          details: { issueNo: content.issueNo, runningNo: content.runningNo, issuedOn: content.issuedOn },
        });
        return newId;
      });
      return this.get(scope, id);
    },

    /** Replaces a draft's content; an issued bulletin never changes. */
    async update(
      scope: TScope,
      id: number,
      content: TBulletinContent,
      actor: TActor,
    ): Promise<TBulletinDetail> {
      const row = await getRow(scope, id);
      if (row.state !== 'draft') throw issuedError(row);
      await check(row.countyCode, content, id);
      await db.transaction(async (tx) => {
        if (!(await updateDraft(tx, id, content, now()))) throw issuedError(row);
        await recordAudit(tx, actor, {
          action: 'bulletin.update',
          objectType: 'bulletin',
          objectId: String(id),
          details: { ...content },
        });
      });
      return this.get(scope, id);
    },

    /** Issues a draft: its figures as of its date are stored and never recounted. */
    async issue(scope: TScope, id: number, actor: TActor): Promise<TBulletinDetail> {
      const row = await getRow(scope, id);
      if (row.state !== 'draft') throw issuedError(row);
      const at = now();
      const figures = {
        ...(await countBulletinFigures(s, row.countyCode, row.asOf)),
        frozenAt: at.toISOString(),
      };
      await db.transaction(async (tx) => {
        if (!(await issueDraft(tx, id, figures, actor.userId, at))) throw issuedError(row);
        await recordAudit(tx, actor, {
          action: 'bulletin.issue',
          objectType: 'bulletin',
          objectId: String(id),
          details: { issueNo: row.issueNo, runningNo: row.runningNo, figures },
        });
      });
      return this.get(scope, id);
    },

    /** The bulletin as Word, with the figures it shows on its page. */
    async document(scope: TScope, id: number): Promise<{ buffer: Buffer; fileName: string }> {
      const row = await getRow(scope, id);
      const figures = await figuresOf(row);
      return {
        buffer: await bulletinDocument(contentOf(row), figures.values),
        fileName: `${row.masthead}第${row.issueNo}期（总第${row.runningNo}期）.docx`,
      };
    },
  };
}
export type TBulletinsService = ReturnType<typeof createBulletinsService>;

const issuedError = (row: TBulletinRow) =>
  new AppError('conflict', 'bulletin_issued', {
    date: row.issuedAt ? localDate(row.issuedAt) : '',
  });
