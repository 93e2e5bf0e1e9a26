import { describe, expect, it } from 'vitest';
import { surveyHousehold, villagersPart } from './rating-survey.ts';

const households = [
  { id: 1, headName: '张建国', phones: ['13800001234'] },
  { id: 2, headName: '李秀英', phones: ['13900005678', '13700001111'] },
  { id: 3, headName: '王 强', phones: ['13600002222'] },
  { id: 4, headName: '王强', phones: ['15000002222'] },
];

describe('who answers the survey', () => {
  it('is the household whose head and phone on file match', () => {
    expect(surveyHousehold(households, '张建国', '1234')?.id).toBe(1);
    expect(surveyHousehold(households, ' 李秀英 ', '1111')?.id).toBe(2);
  });

  it('is nobody with a wrong name, wrong digits or malformed digits', () => {
    expect(surveyHousehold(households, '张建国', '9999')).toBeNull();
    expect(surveyHousehold(households, '张国', '1234')).toBeNull();
    expect(surveyHousehold(households, '张建国', '123')).toBeNull();
    expect(surveyHousehold(households, '', '1234')).toBeNull();
  });

  it('is nobody when two households match (no guessing for someone else)', () => {
    expect(surveyHousehold(households, '王强', '2222')).toBeNull();
  });
});

describe('the villagers’ part', () => {
  const answers = (n: number, answer: 'satisfied' | 'basically_satisfied' | 'dissatisfied') =>
    Array.from({ length: n }, (_, i) => ({ householdId: i + 1, answer }));

  it('is insufficient below the minimum sample, and counts from it on', () => {
    expect(villagersPart(answers(9, 'satisfied'), 10)).toEqual({
      score: null,
      households: 9,
      insufficient: true,
    });
    expect(villagersPart(answers(10, 'satisfied'), 10)).toEqual({
      score: 100,
      households: 10,
      insufficient: false,
    });
  });

  it('counts one answer per household: the first stands', () => {
    const stuffed = [...answers(10, 'basically_satisfied'), ...answers(10, 'satisfied')];
    expect(villagersPart(stuffed, 10)).toEqual({ score: 60, households: 10, insufficient: false });
  });

  it('averages 100 / 60 / 0', () => {
    const mixed = [
      ...answers(5, 'satisfied'),
      ...answers(10, 'basically_satisfied').slice(5, 8),
      ...answers(10, 'dissatisfied').slice(8),
    ];
    expect(villagersPart(mixed, 10).score).toBe(68);
  });
});
