import type { TDayProjectTieInput, TMyPlanProjects } from '@zhucun/core';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field.tsx';

type Props = {
  /** The cadre's projects (those they lead, claim, or of their village, approved and under way). */
  projects: TMyPlanProjects['items'];
  value: TDayProjectTieInput | null | undefined;
  /** The day's date: a milestone met that day is marked with it. */
  date: string;
  onChange: (value: TDayProjectTieInput | null) => void;
};

/** A chosen id, or null for the empty first option (the placeholder, which also clears the choice). */
const idOf = (text: string): number | null => (text ? Number(text) : null);

/**
 * 记入项目 on 今天: one picker (kept to one line on a phone) ties the day's log to a project; a
 * milestone and "met today" appear only once a project is chosen. Nothing is typed twice: the log's
 * words become the project's progress. It does not fetch.
 */
export function ProjectTie({ projects, value, date, onChange }: Props) {
  const { t } = useTranslation();
  if (projects.length === 0 && !value) return null;
  const project = value ? projects.find((p) => p.id === value.projectId) : undefined;
  const milestone = project?.milestones.find((m) => m.id === value?.milestoneId);
  const metBefore = milestone?.doneOn && milestone.doneOn !== date ? milestone.doneOn : null;
  const choices = project?.milestones.filter((m) => !m.doneOn || m.id === value?.milestoneId) ?? [];
  return (
    <Field label={t('plans.tie.label')}>
      {({ id }) => (
        <>
          <select
            id={id}
            className="zl-input zl-select"
            value={value ? String(value.projectId) : ''}
            onChange={(e) => {
              const projectId = idOf(e.currentTarget.value);
              onChange(projectId ? { projectId, milestoneId: null, milestoneDone: false } : null);
            }}
          >
            <option value="">{t('plans.tie.placeholder')}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
            {/* a tie to a project no longer offered keeps showing (by its number) until changed */}
            {value && !project && <option value={value.projectId}>{value.projectId}</option>}
          </select>
          {value && project && (
            <div className="zl-tie-more">
              <select
                className="zl-input zl-select zl-tie-milestone"
                aria-label={t('plans.tie.milestone')}
                value={value.milestoneId ? String(value.milestoneId) : ''}
                onChange={(e) =>
                  onChange({ ...value, milestoneId: idOf(e.currentTarget.value), milestoneDone: false })
                }
              >
                <option value="">{t('plans.tie.milestonePlaceholder')}</option>
                {choices.map((m) => (
                  <option key={m.id} value={m.id}>
                    {t('plans.tie.milestoneOption', m)}
                  </option>
                ))}
              </select>
              {value.milestoneId && !metBefore && (
                <label className="zl-check">
                  <input
                    type="checkbox"
                    checked={Boolean(value.milestoneDone)}
                    disabled={milestone?.doneOn === date}
                    onChange={(e) => onChange({ ...value, milestoneDone: e.currentTarget.checked })}
                  />
                  {t('plans.tie.done')}
                </label>
              )}
              {metBefore && <span className="zl-muted">{t('plans.tie.metBefore', { date: metBefore })}</span>}
            </div>
          )}
        </>
      )}
    </Field>
  );
}
