import type { TDayProjectTieInput, TMyPlanProjects } from '@zhucun/core';
import { Checkbox, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The cadre's projects (those they lead, claim, or of their village, approved and under way). */
  projects: TMyPlanProjects['items'];
  value: TDayProjectTieInput | null | undefined;
  /** The day's date: a milestone met that day is marked with it. */
  date: string;
  onChange: (value: TDayProjectTieInput | null) => void;
};

/**
 * 记入项目 on 今天: one picker (kept to one line on a phone) ties the day's log to a project; a
 * milestone and "met today" appear only once a project is chosen. Nothing is typed twice: the log's
 * words become the project's progress. It does not fetch.
 */
export function ProjectPlanDayTie({ projects, value, date, onChange }: Props) {
  const { t } = useTranslation();
  if (projects.length === 0 && !value) return null;
  const project = value ? projects.find((p) => p.id === value.projectId) : undefined;
  const milestone = project?.milestones.find((m) => m.id === value?.milestoneId);
  const metBefore = milestone?.doneOn && milestone.doneOn !== date ? milestone.doneOn : null;
  const choices = project?.milestones.filter((m) => !m.doneOn || m.id === value?.milestoneId) ?? [];
  return (
    <Form.Item label={t('plans.tie.label')} htmlFor="duty-project" style={{ marginBottom: 12 }}>
      <Select<number>
        id="duty-project"
        allowClear
        aria-label={t('plans.tie.label')}
        placeholder={t('plans.tie.placeholder')}
        value={value?.projectId}
        options={projects.map((p) => ({ value: p.id, label: p.title }))}
        onChange={(projectId) =>
          onChange(projectId ? { projectId, milestoneId: null, milestoneDone: false } : null)
        }
        size="large"
        style={{ width: '100%' }}
      />
      {value && project && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 8 }}>
          <Select<number>
            allowClear
            aria-label={t('plans.tie.milestone')}
            placeholder={t('plans.tie.milestonePlaceholder')}
            value={value.milestoneId ?? undefined}
            options={choices.map((m) => ({ value: m.id, label: t('plans.tie.milestoneOption', m) }))}
            onChange={(milestoneId) =>
              onChange({ ...value, milestoneId: milestoneId ?? null, milestoneDone: false })
            }
            style={{ flex: '1 1 180px', minWidth: 0 }}
          />
          {value.milestoneId && !metBefore && (
            <Checkbox
              checked={Boolean(value.milestoneDone)}
              disabled={milestone?.doneOn === date}
              onChange={(e) => onChange({ ...value, milestoneDone: e.target.checked })}
            >
              {t('plans.tie.done')}
            </Checkbox>
          )}
          {metBefore && (
            <Typography.Text type="secondary">
              {t('plans.tie.metBefore', { date: metBefore })}
            </Typography.Text>
          )}
        </div>
      )}
    </Form.Item>
  );
}
