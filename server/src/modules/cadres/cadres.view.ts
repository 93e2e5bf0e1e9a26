import {
  firstSecretaryWarnings,
  isMentoringEligible,
  isTermEndingSoon,
  maskIdNumber,
  maskPhone,
  type TCadreCategory,
  type TCadreListItem,
  type TCadreProfile,
  type TEducationLevel,
  type TEndReason,
  type TPosting,
  termOverdueDays,
} from '@zhucun/core';
import type { TPersonRow, TPostingWithNames } from './cadres.repository.ts';

export function toPosting(p: TPostingWithNames): TPosting {
  const r = p.posting;
  return {
    id: r.id,
    villageCode: r.villageCode,
    villageName: p.villageName,
    townshipCode: p.townshipCode,
    townshipName: p.townshipName,
    category: r.category as TCadreCategory,
    postTitle: r.postTitle,
    unitId: r.unitId,
    unitName: p.unitName,
    isTeamLeader: r.isTeamLeader,
    startDate: r.startDate,
    plannedEndDate: r.plannedEndDate,
    actualEndDate: r.actualEndDate,
    endReason: r.endReason as TEndReason | null,
    endNote: r.endNote,
  };
}

/** A ledger row: masked ID number and phone, the active posting, and the derived flags. */
export function toListItem(person: TPersonRow, active: TPosting | null, today: string): TCadreListItem {
  const category = active?.category;
  return {
    id: person.id,
    name: person.name,
    gender: person.gender as TCadreListItem['gender'],
    birthDate: person.birthDate,
    idNumber: maskIdNumber(person.idNumber),
    phone: maskPhone(person.phone),
    politicalStatus: person.politicalStatus as TCadreListItem['politicalStatus'],
    educationLevel: person.educationLevel as TEducationLevel,
    personnelStatus: person.personnelStatus as TCadreListItem['personnelStatus'],
    posting: active,
    flags: {
      termEndingSoon: isTermEndingSoon(active?.plannedEndDate ?? null, today),
      termOverdueDays: termOverdueDays(active?.plannedEndDate ?? null, today),
      mentoringEligible: category
        ? isMentoringEligible(
            {
              category,
              birthDate: person.birthDate,
              educationLevel: person.educationLevel as TEducationLevel,
              fullTimeEducation: person.fullTimeEducation,
            },
            today,
          )
        : false,
      firstSecretaryWarnings:
        category === 'first_secretary' && active ? firstSecretaryWarnings(person, active.startDate) : [],
    },
  };
}

export function toProfile(person: TPersonRow, history: TPostingWithNames[], today: string): TCadreProfile {
  const postings = history.map(toPosting);
  const active = postings.find((p) => p.actualEndDate === null) ?? null;
  return {
    ...toListItem(person, active, today),
    ethnicity: person.ethnicity,
    partyJoinDate: person.partyJoinDate,
    fullTimeEducation: person.fullTimeEducation,
    school: person.school,
    major: person.major,
    homeUnit: person.homeUnit,
    homePost: person.homePost,
    workStartDate: person.workStartDate,
    hasAccount: person.userId !== null,
    hasPhoto: person.photoFileId !== null,
    postings,
  };
}
