import type {
  TCadreCategory,
  TEducationLevel,
  TPersonnelStatus,
  TPoliticalStatus,
  UNIT_KINDS,
  UNIT_LEVELS,
} from '@zhucun/core';
import type { TGender } from './names.ts';

export type TUnitKind = (typeof UNIT_KINDS)[number];
export type TUnitLevel = (typeof UNIT_LEVELS)[number];

/** 派出单位 of the demo county. */
export type TDemoUnit = {
  name: string;
  kind: TUnitKind;
  level: TUnitLevel;
  contactName: string;
  contactPhone: string;
};

/** A row of `persons` (the county code is added at insert). */
export type TDemoPerson = {
  name: string;
  gender: TGender;
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  phone: string;
  politicalStatus: TPoliticalStatus;
  partyJoinDate: string | null;
  educationLevel: TEducationLevel;
  fullTimeEducation: boolean;
  school: string | null;
  major: string | null;
  personnelStatus: TPersonnelStatus;
  homeUnit: string | null;
  homePost: string | null;
  workStartDate: string | null;
};

/** An active posting; the person by index into `persons`, the unit by its (unique) name. */
export type TDemoPosting = {
  personIndex: number;
  villageCode: string;
  category: TCadreCategory;
  postTitle: string;
  unitName: string | null;
  isTeamLeader: boolean;
  startDate: string;
  plannedEndDate: string;
};

export type TDemoRegistry = {
  units: TDemoUnit[];
  persons: TDemoPerson[];
  postings: TDemoPosting[];
};

/** The divisions the generator needs (a flat list, as stored). */
export type TDemoDivision = {
  code: string;
  parentCode: string | null;
  level: string;
  kind: string;
  name: string;
};
