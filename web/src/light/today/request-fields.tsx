import {
  FOUR_ROLES,
  REQUEST_CATEGORIES,
  REQUEST_LIMITS,
  type TFourRole,
  type TRequestCategory,
  URGENCIES,
} from '@zhucun/core';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field.tsx';
import { Segmented } from '../ui/segmented.tsx';
import { newRequest, type TRequestDraft, type TVisitErrors } from './visit-draft.ts';

export type TRequestErrors = Partial<Record<'category' | 'urgency' | 'description' | 'fourRole', string>>;

type Props = {
  value: TRequestDraft;
  errors: TRequestErrors;
  onChange: (patch: Partial<TRequestDraft>) => void;
};

/** Category, urgency (一般/紧急), description and an optional four-role tag of one request. */
export function RequestFields({ value, errors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="zl-visit-request-top">
        <Field label={t('requests.category')} error={errors.category}>
          {({ id, errorId }) => (
            <select
              id={id}
              className="zl-input"
              value={value.category}
              aria-invalid={!!errorId}
              aria-describedby={errorId}
              onChange={(e) => onChange({ category: e.currentTarget.value as TRequestCategory })}
            >
              <option value="" disabled />
              {REQUEST_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`requests.categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="zl-field zl-visit-urgency">
          <span className="zl-label">{t('requests.urgency')}</span>
          <Segmented
            label={t('requests.urgency')}
            options={URGENCIES.map((u) => ({ value: u, label: t(`requests.urgencies.${u}`) }))}
            value={value.urgency}
            onChange={(urgency) => onChange({ urgency })}
          />
          {errors.urgency && (
            <div className="zl-field-message" role="alert">
              {errors.urgency}
            </div>
          )}
        </div>
      </div>
      <Field label={t('requests.description')} error={errors.description}>
        {({ id, errorId }) => (
          <textarea
            id={id}
            className="zl-input zl-visit-autosize"
            rows={2}
            maxLength={REQUEST_LIMITS.description}
            placeholder={t('requests.descriptionPlaceholder')}
            value={value.description}
            aria-invalid={!!errorId}
            aria-describedby={errorId}
            onChange={(e) => onChange({ description: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('requests.fourRole')} error={errors.fourRole}>
        {({ id, errorId }) => (
          <select
            id={id}
            className="zl-input"
            value={value.fourRole}
            aria-invalid={!!errorId}
            aria-describedby={errorId}
            onChange={(e) => onChange({ fourRole: e.currentTarget.value as TFourRole | '' })}
          >
            <option value="" />
            {FOUR_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`duty.fourRoles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

type ListProps = {
  requests: readonly TRequestDraft[];
  /** What was heard: a new request starts with it. */
  heard: string;
  errors: TVisitErrors;
  /** The new list, and the path whose errors it settles (`requests.0.category`, or `requests` on removal). */
  onChange: (requests: TRequestDraft[], touched: string) => void;
};

/** The requests raised in a visit: each a group 诉求 N with its fields and 删除, then 添加诉求 (up to 10). */
export function VisitRequests({ requests, heard, errors, onChange }: ListProps) {
  const { t } = useTranslation();
  const errorsOf = (i: number): TRequestErrors => ({
    category: errors[`requests.${i}.category`],
    urgency: errors[`requests.${i}.urgency`],
    description: errors[`requests.${i}.description`],
    fourRole: errors[`requests.${i}.fourRole`],
  });
  return (
    <>
      {requests.map((r, i) => {
        const name = t('visits.requestN', { n: i + 1 });
        return (
          <fieldset key={r.key} className="zl-visit-request" aria-label={name}>
            <div className="zl-visit-request-head">
              <strong>{name}</strong>
              <button
                type="button"
                className="zl-icon-btn"
                aria-label={`${t('visits.remove')} ${name}`}
                onClick={() =>
                  onChange(
                    requests.filter((_, j) => j !== i),
                    'requests',
                  )
                }
              >
                <TrashIcon />
              </button>
            </div>
            <RequestFields
              value={r}
              errors={errorsOf(i)}
              onChange={(patch) =>
                onChange(
                  requests.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                  `requests.${i}.${Object.keys(patch)[0] ?? ''}`,
                )
              }
            />
          </fieldset>
        );
      })}
      {requests.length < REQUEST_LIMITS.requestsPerVisit && (
        <button
          type="button"
          className="zl-btn zl-visit-dashed zl-btn-block"
          onClick={() => onChange([...requests, newRequest(heard)], `requests.${requests.length}`)}
        >
          <span aria-hidden="true">+</span>
          {t('visits.addRequest')}
        </button>
      )}
    </>
  );
}

/** A waste bin, drawn in the text's colour. */
export function TrashIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor">
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.5 6.5v4.5M9.5 6.5v4.5" strokeWidth="1.2" />
    </svg>
  );
}
