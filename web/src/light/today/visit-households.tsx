import { REQUEST_LIMITS } from '@zhucun/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TrashIcon } from './request-fields.tsx';
import {
  householdCount,
  LIMITS,
  nextKey,
  type THouseholdOption,
  type TNewHouseholdDraft,
  type TVisitErrors,
} from './visit-draft.ts';

type THouseholds = { picked: THouseholdOption[]; added: TNewHouseholdDraft[] };

type Props = THouseholds & {
  errors: TVisitErrors;
  /** The new choice, and the path whose errors it settles (`householdIds`, `newHouseholds.0.headName`). */
  onChange: (next: THouseholds, touched: string) => void;
  /** The village's households whose head's name holds what was typed. */
  householdOptions: readonly THouseholdOption[];
  searching: boolean;
  onSearch: (q: string) => void;
  /** The village has no household registered yet: the field says how to add one, and who can. */
  noHouseholds: boolean;
  /** What the search was given when it found nobody, else null: the field says how to add that household. */
  noMatch: string | null;
};

/** 走访农户: households of the village ticked from a search by the head's name, or new ones typed in (户主姓名, 住址). */
export function VisitHouseholds(props: Props) {
  const { picked, added, errors, onChange, householdOptions, searching, noHouseholds, noMatch } = props;
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const full = householdCount(props) >= REQUEST_LIMITS.householdsPerVisit;
  const isPicked = (value: number) => picked.some((h) => h.value === value);
  // the ticked ones stay in view whatever the search, then what the search found
  const options = [...picked, ...householdOptions.filter((o) => !isPicked(o.value))];
  const toggle = (o: THouseholdOption) =>
    onChange(
      {
        picked: isPicked(o.value) ? picked.filter((h) => h.value !== o.value) : [...picked, o],
        added: [...added],
      },
      'householdIds',
    );
  const setAdded = (next: TNewHouseholdDraft[], touched: string) =>
    onChange({ picked: [...picked], added: next }, touched);
  const error = errors.householdIds;
  const hint = noHouseholds
    ? t('visits.householdsNone')
    : noMatch && q.trim()
      ? t('visits.householdsNoMatch', { q: noMatch })
      : null;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <>
      <div className={error ? 'zl-field zl-field-error zl-visit-hh' : 'zl-field zl-visit-hh'}>
        <label htmlFor={id}>{t('visits.households')}</label>
        <input
          id={id}
          type="search"
          className="zl-input"
          placeholder={noHouseholds ? t('visits.householdsNonePlaceholder') : t('visits.householdsPick')}
          value={q}
          aria-invalid={!!error}
          aria-describedby={describedBy || undefined}
          aria-controls={`${id}-options`}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            props.onSearch(e.currentTarget.value.trim());
          }}
        />
        <p id={`${id}-hint`} className="zl-muted zl-small zl-visit-hh-hint" aria-live="polite" hidden={!hint}>
          {hint}
        </p>
        {options.length > 0 && (
          <ul id={`${id}-options`} className="zl-visit-hh-options" aria-busy={searching}>
            {options.map((o) => (
              <li key={o.value}>
                <label className="zl-visit-check">
                  <input
                    type="checkbox"
                    checked={isPicked(o.value)}
                    disabled={full && !isPicked(o.value)}
                    onChange={() => toggle(o)}
                  />
                  <span>{o.label}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {error && (
          <div id={`${id}-error`} className="zl-field-message" role="alert">
            {error}
          </div>
        )}
      </div>
      {added.map((h, i) => {
        const nameError = errors[`newHouseholds.${i}.headName`];
        const addressError = errors[`newHouseholds.${i}.address`];
        const set = (patch: Partial<TNewHouseholdDraft>, field: string) =>
          setAdded(
            added.map((x, j) => (j === i ? { ...x, ...patch } : x)),
            `newHouseholds.${i}.${field}`,
          );
        return (
          <div key={h.key} className="zl-visit-hh-new">
            <div className={nameError ? 'zl-visit-hh-name zl-field-error' : 'zl-visit-hh-name'}>
              <input
                className="zl-input"
                maxLength={LIMITS.headName}
                placeholder={t('visits.headName')}
                aria-label={t('visits.headName')}
                value={h.headName}
                aria-invalid={!!nameError}
                aria-describedby={nameError ? `${id}-${h.key}-name` : undefined}
                onChange={(e) => set({ headName: e.currentTarget.value }, 'headName')}
              />
              {nameError && (
                <div id={`${id}-${h.key}-name`} className="zl-field-message" role="alert">
                  {nameError}
                </div>
              )}
            </div>
            <div className={addressError ? 'zl-visit-hh-address zl-field-error' : 'zl-visit-hh-address'}>
              <input
                className="zl-input"
                maxLength={LIMITS.address}
                placeholder={t('visits.address')}
                aria-label={t('visits.address')}
                value={h.address}
                aria-invalid={!!addressError}
                aria-describedby={addressError ? `${id}-${h.key}-address` : undefined}
                onChange={(e) => set({ address: e.currentTarget.value }, 'address')}
              />
              {addressError && (
                <div id={`${id}-${h.key}-address`} className="zl-field-message" role="alert">
                  {addressError}
                </div>
              )}
            </div>
            <button
              type="button"
              className="zl-icon-btn"
              aria-label={t('visits.remove')}
              onClick={() =>
                setAdded(
                  added.filter((_, j) => j !== i),
                  'newHouseholds',
                )
              }
            >
              <TrashIcon />
            </button>
          </div>
        );
      })}
      {!full && (
        <button
          type="button"
          className={`zl-btn zl-visit-hh-add ${noHouseholds && added.length === 0 ? 'zl-visit-ghost' : 'zl-visit-dashed'}`}
          // after a search that found nobody, the new household starts with the name searched for
          onClick={() =>
            setAdded(
              [
                ...added,
                {
                  key: nextKey(),
                  headName: hint && noMatch ? noMatch.slice(0, LIMITS.headName) : '',
                  address: '',
                },
              ],
              'householdIds',
            )
          }
        >
          <span aria-hidden="true">+</span>
          {t('visits.newHousehold')}
        </button>
      )}
    </>
  );
}
