import { PROJECT_KINDS, PROJECT_LIMITS } from '@zhucun/core';
import { Alert, App, Button, Card, Form, Input, Result, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import {
  useCreateProject,
  useProject,
  useProjectAction,
  useProjectPeople,
  useUpdateProject,
} from '../../api/projects.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { applyApiError } from '../../lib/form-rules.ts';
import {
  newProjectValues,
  PROJECT_FORM_FIELDS,
  projectErrorField,
  projectFormValuesOf,
  type TProjectFormValues,
  toProjectInput,
} from '../../lib/project-form.ts';
import { ProjectMoneyFields } from './project-money-fields.tsx';
import { ProjectTargetFields } from './project-target-fields.tsx';
import { useProposalContext } from './use-project-villages.ts';

/** The server's field paths moved to where the form shows them. */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => ({ ...d, field: projectErrorField(d.field) }));
  return new ApiError(error.status, error.code, error.message, details, error.requestId);
}

/** `/projects/new` and `/projects/:id/edit`: a project's villages, leader, target, money and dates. */
export function ProjectFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const param = useParams().id;
  const id = param === undefined ? null : Number(param);
  const editing = id !== null;
  const valid = !editing || (Number.isInteger(id) && id > 0);
  const project = useProject(editing && valid ? id : null);
  const { villages, me, loadingMe } = useProposalContext();
  const create = useCreateProject();
  const update = useUpdateProject(id ?? 0);
  const action = useProjectAction();
  const [form] = Form.useForm<TProjectFormValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const intent = useRef<'save' | 'submit'>('save');
  const chosen = Form.useWatch('villageCodes', form) ?? [];
  const leader = Form.useWatch('leaderPersonId', form);
  const people = useProjectPeople(chosen);

  // filled once: a new proposal with the caller's village and themselves as leader, or the project
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (editing) {
      if (project.data) form.setFieldsValue(projectFormValuesOf(project.data));
    } else if (!loadingMe) {
      const own = me ? [me.villageCode] : villages.length === 1 ? [villages[0]!.value] : [];
      form.setFieldsValue(newProjectValues(own, me?.id));
    }
  }, [editing, project.data, loadingMe, me?.id, villages.length]);

  if (!valid || (project.error instanceof ApiError && project.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  if ((editing && !project.data) || (!editing && loadingMe)) return <PageSpinner />;
  if (project.data && !project.data.editable)
    return <Result status="info" title={t('projects.detail.notEditable')} />;

  const canSubmit = !editing || project.data?.actions.includes('submit');
  const saving = create.isPending || update.isPending || action.isPending;
  const onError = (error: unknown) =>
    setBanner(applyApiError(form, onFormFields(error), PROJECT_FORM_FIELDS));
  const finish = (values: TProjectFormValues) => {
    setBanner(null);
    const duties = new Map(project.data?.claimants.map((c) => [c.personId, c.duty]) ?? []);
    const body = toProjectInput(values, duties);
    const after = (projectId: number) => {
      if (intent.current !== 'submit') {
        void message.success(t('projects.form.saved'));
        void navigate(`/projects/${projectId}`);
        return;
      }
      action.mutate(
        { id: projectId, path: 'submit' },
        {
          onSuccess: () => {
            void message.success(t('projects.form.submitted'));
            void navigate(`/projects/${projectId}`);
          },
          // saved, not submitted: the project's page says why and offers to submit again
          onError: (error) => {
            void message.error(errorMessage(error));
            void navigate(`/projects/${projectId}`);
          },
        },
      );
    };
    if (editing) update.mutate(body, { onSuccess: (v) => after(v.id), onError });
    else create.mutate(body, { onSuccess: (v) => after(v.id), onError });
  };

  const many = chosen.length > 1;
  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.personId,
    label: [p.name, p.postTitle, many ? p.villageName : null].filter(Boolean).join(' · '),
  }));
  const section = { styles: { body: { padding: isMobile ? 12 : 24 } }, style: { marginBottom: 16 } };
  const required = (message: string) => [{ required: true, message }];
  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>
            {t(editing ? 'projects.form.editTitle' : 'projects.form.newTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('projects.form.hint')}</Typography.Text>
        </div>
      </div>
      <Form<TProjectFormValues>
        form={form}
        name="project"
        layout="vertical"
        onFinish={finish}
        // Enter in a field (a date picked, an amount typed) never sends the whole proposal
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
        scrollToFirstError
        style={{ maxWidth: 800 }}
      >
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Card {...section}>
          <Form.Item
            name="villageCodes"
            label={t('projects.form.villages')}
            rules={required(t('projects.form.villagesRule'))}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={villages}
              disabled={villages.length === 1}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('projects.form.title')}
            rules={[
              {
                required: true,
                whitespace: true,
                max: PROJECT_LIMITS.title,
                message: t('projects.form.titleRule'),
              },
            ]}
          >
            <Input maxLength={PROJECT_LIMITS.title} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('projects.form.kind')}
            rules={required(t('projects.form.kindRule'))}
          >
            <Select options={PROJECT_KINDS.map((k) => ({ value: k, label: t(`projects.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="isDemonstration"
            label={t('projects.form.isDemonstration')}
            extra={t('projects.form.isDemonstrationHint')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="leaderPersonId"
            label={t('projects.form.leader')}
            extra={t('projects.form.leaderHint')}
            rules={required(t('projects.form.leaderRule'))}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={personOptions}
              loading={people.isFetching}
            />
          </Form.Item>
          <Form.Item name="claimantIds" label={t('projects.form.claimants')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={personOptions.filter((o) => o.value !== leader)}
              loading={people.isFetching}
            />
          </Form.Item>
        </Card>
        <Card {...section}>
          <ProjectTargetFields />
        </Card>
        <Card {...section}>
          <ProjectMoneyFields />
        </Card>
        <Space wrap>
          {canSubmit && (
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              onClick={() => (intent.current = 'submit')}
            >
              {t('projects.form.saveAndSubmit')}
            </Button>
          )}
          <Button
            type={canSubmit ? 'default' : 'primary'}
            htmlType="submit"
            loading={saving}
            onClick={() => (intent.current = 'save')}
          >
            {t(editing ? 'projects.form.save' : 'projects.form.saveDraft')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('projects.form.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
