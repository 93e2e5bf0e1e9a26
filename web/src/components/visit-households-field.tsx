import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  form: FormInstance;
  householdOptions: { value: number; label: string }[];
  searching: boolean;
  onSearch: (q: string) => void;
  /** The village has no household registered yet: the picker says how to add one, and who can. */
  noHouseholds: boolean;
};

/** 走访农户: households of the village picked by the head's name, or new ones typed in (户主姓名, 住址). */
export function VisitHouseholdsField({ form, householdOptions, searching, onSearch, noHouseholds }: Props) {
  const { t } = useTranslation();
  const atLeastOne = {
    validator: () => {
      const ids = form.getFieldValue('householdIds') as number[] | undefined;
      const added = form.getFieldValue('newHouseholds') as unknown[] | undefined;
      return (ids?.length ?? 0) + (added?.length ?? 0) > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('visits.householdsRequired')));
    },
  };
  const hint = (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {t('visits.householdsNone')}
    </Typography.Text>
  );
  return (
    <>
      <Form.Item
        name="householdIds"
        label={t('visits.households')}
        rules={[atLeastOne]}
        dependencies={['newHouseholds']}
        extra={noHouseholds ? hint : undefined}
        style={{ marginBottom: 8 }}
      >
        <Select<number[]>
          mode="multiple"
          showSearch={{ filterOption: false, onSearch }}
          loading={searching}
          placeholder={noHouseholds ? t('visits.householdsNonePlaceholder') : t('visits.householdsPick')}
          options={householdOptions}
          notFoundContent={noHouseholds ? hint : undefined}
        />
      </Form.Item>
      <Form.List name="newHouseholds">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item
                  name={[field.name, 'headName']}
                  rules={[{ required: true, whitespace: true, message: t('visits.headNameRequired') }]}
                  style={{ flex: '1 1 40%', marginBottom: 8 }}
                >
                  <Input
                    maxLength={30}
                    placeholder={t('visits.headName')}
                    aria-label={t('visits.headName')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'address']} style={{ flex: '1 1 60%', marginBottom: 8 }}>
                  <Input maxLength={100} placeholder={t('visits.address')} aria-label={t('visits.address')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('visits.remove')}
                  onClick={() => {
                    remove(field.name);
                    void form.validateFields(['householdIds']).catch(() => undefined);
                  }}
                />
              </div>
            ))}
            <Button
              type={noHouseholds && fields.length === 0 ? 'primary' : 'dashed'}
              ghost={noHouseholds && fields.length === 0}
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add({ headName: '', address: '' })}
              style={{ marginBottom: 16 }}
            >
              {t('visits.newHousehold')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
