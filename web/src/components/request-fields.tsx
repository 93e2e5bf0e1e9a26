import { FOUR_ROLES, REQUEST_CATEGORIES, REQUEST_LIMITS, URGENCIES } from '@zhucun/core';
import { Form, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** Category, urgency (一般/紧急), description and an optional four-role tag; `name` nests them in a Form.List row. */
export function RequestFields({ name = [] }: { name?: (string | number)[] }) {
  const { t } = useTranslation();
  const path = (field: string) => [...name, field];
  return (
    <>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Form.Item
          name={path('category')}
          label={t('requests.category')}
          rules={[{ required: true, message: t('requests.categoryRequired') }]}
          style={{ flex: '1 1 150px', marginBottom: 12 }}
        >
          <Select
            options={REQUEST_CATEGORIES.map((c) => ({ value: c, label: t(`requests.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          name={path('urgency')}
          label={t('requests.urgency')}
          initialValue="normal"
          style={{ marginBottom: 12 }}
        >
          <Segmented options={URGENCIES.map((u) => ({ value: u, label: t(`requests.urgencies.${u}`) }))} />
        </Form.Item>
      </div>
      <Form.Item
        name={path('description')}
        label={t('requests.description')}
        rules={[{ required: true, whitespace: true, message: t('requests.descriptionRequired') }]}
        style={{ marginBottom: 12 }}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={REQUEST_LIMITS.description}
          placeholder={t('requests.descriptionPlaceholder')}
        />
      </Form.Item>
      <Form.Item name={path('fourRole')} label={t('requests.fourRole')} style={{ marginBottom: 12 }}>
        <Select allowClear options={FOUR_ROLES.map((r) => ({ value: r, label: t(`duty.fourRoles.${r}`) }))} />
      </Form.Item>
    </>
  );
}
