import { AWARD_LEVEL_LABELS, labelsIn } from '@zhucun/core';
import type { awardsZhCN } from './awards.zh-CN.ts';

/** English strings of the awards register, the same shape as the Chinese. */
export const awardsEnUS: typeof awardsZhCN = {
  awards: {
    title: 'Commendations',
    intro:
      'Commendations of a cadre or of their village collective add stars in the rating of their year: national +2, provincial or ministerial +1. The county organisation department registers them with the issuer, document number and certificate.',
    create: 'Register a commendation',
    createTitle: 'Register a commendation',
    holder: 'Commended',
    holders: { person: 'A cadre', village: 'A village collective' },
    person: 'Cadre',
    village: 'Village collective',
    level: 'Level',
    levels: labelsIn(AWARD_LEVEL_LABELS, 'en-US'),
    allLevels: 'All levels',
    year: 'Year',
    allYears: 'All years',
    titleField: 'Commendation',
    titlePlaceholder: 'e.g. National model in poverty alleviation',
    issuer: 'Issued by',
    issuerPlaceholder: 'e.g. Shanxi Provincial Party Committee and Government',
    documentNo: 'Document number',
    awardedOn: 'Date',
    evidence: 'Certificate or document',
    addEvidence: 'Upload a photo of the certificate',
    viewEvidence: 'View',
    stars: 'Stars',
    starsValue: '+{{count}} stars',
    remove: 'Remove',
    removeConfirm: 'Remove this commendation registered by mistake? The removal is kept in the audit log.',
    removed: 'Removed',
    saved: 'Registered',
    empty: 'No commendation registered yet',
    pickTownship: 'Township',
    pickVillage: 'Village',
  },
};
