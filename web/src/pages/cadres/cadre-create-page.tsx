import { Alert, Button, Card, Form, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCadre } from '../../api/cadres.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useUnits } from '../../api/registry.ts';
import { PersonFields } from '../../components/person-fields.tsx';
import { PostingFields } from '../../components/posting-fields.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import {
  type TPersonValues,
  type TPostingValues,
  toPersonInput,
  toPostingInput,
} from '../../lib/cadre-form.ts';
import { applyApiError } from '../../lib/form-rules.ts';
import { factsFromIdNumber } from '../../lib/id-autofill.ts';

type TValues = { person: TPersonValues; posting: TPostingValues; createAccount: boolean };
export type TCreatedState = { account: { username: string; oneTimePassword: string } | null };

/** Fields whose server errors are shown beside them; anything else goes to the banner. */
const FORM_FIELDS = ['person', 'posting', 'createAccount'];
const INITIAL = { person: { ethnicity: '汉族', fullTimeEducation: true }, createAccount: false };

/** `/cadres/new`: registers a cadre with their posting, optionally with a sign-in account. */
export function CadreCreatePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const create = useCreateCadre();
  const tree = useDivisionTree();
  const units = useUnits();
  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));

  const fillFromId = (value: string) => {
    const facts = factsFromIdNumber(value);
    if (!facts) return;
    form.setFieldValue(['person', 'birthDate'], facts.birthDate);
    form.setFieldValue(['person', 'gender'], facts.gender);
    void form
      .validateFields([
        ['person', 'birthDate'],
        ['person', 'gender'],
      ])
      .catch(() => undefined);
  };

  const submit = (values: TValues) => {
    setBanner(null);
    create.mutate(
      {
        person: toPersonInput(values.person),
        posting: toPostingInput(values.posting),
        createAccount: values.createAccount,
      },
      {
        onSuccess: (result) => {
          const state: TCreatedState = { account: result.account };
          void navigate(`/cadres/${result.cadre.id}`, { state });
        },
        onError: (error) => setBanner(applyApiError(form, error, FORM_FIELDS)),
      },
    );
  };

  const section = { styles: { body: { padding: isMobile ? 12 : 24 } }, style: { marginBottom: 16 } };
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('registry.createTitle')}</Typography.Title>
      </div>
      <Form
        form={form}
        name="create-cadre"
        layout="vertical"
        initialValues={INITIAL}
        onFinish={submit}
        scrollToFirstError
      >
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Card title={t('cadre.personSection')} {...section}>
          <PersonFields prefix="person" onIdNumberChange={fillFromId} />
        </Card>
        <Card title={t('cadre.postingSection')} {...section}>
          <PostingFields prefix="posting" divisions={tree.data?.roots ?? []} units={unitOptions} />
          <Form.Item
            name="createAccount"
            label={t('cadre.createAccount')}
            extra={t('cadre.createAccountHint')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
