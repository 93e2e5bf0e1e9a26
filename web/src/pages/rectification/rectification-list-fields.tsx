import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { RECTIFICATION_LIMITS, RECTIFICATION_OWNER_ROLES } from '@zhucun/core';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field.tsx';

/** 整改措施: one or more measures, each with its own deadline or the problem's. */
export function MeasureFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="measures">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start' }}>
              <Form.Item
                name={[f.name, 'text']}
                label={`${t('rectification.form.measure')} ${i + 1}`}
                rules={[{ required: true, whitespace: true, message: t('rectification.form.measureRule') }]}
                style={{ flex: '1 1 320px' }}
              >
                <Input maxLength={RECTIFICATION_LIMITS.measure} />
              </Form.Item>
              <DateField
                name={[f.name, 'deadline']}
                label={t('rectification.form.measureDeadline')}
                style={{ flex: '0 0 220px' }}
              />
              {fields.length > 1 && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('rectification.form.remove')}
                  onClick={() => remove(f.name)}
                  style={{ marginTop: 30 }}
                />
              )}
            </div>
          ))}
          {fields.length < RECTIFICATION_LIMITS.measures && (
            <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })} style={{ marginBottom: 16 }}>
              {t('rectification.form.addMeasure')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

/** 责任单位、责任领导、责任人: by kind and name. */
export function OwnerFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="owners">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <div key={f.key} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start' }}>
              <Form.Item
                name={[f.name, 'role']}
                label={t('rectification.form.ownerRole')}
                style={{ flex: '0 0 140px' }}
              >
                <Select
                  options={RECTIFICATION_OWNER_ROLES.map((r) => ({
                    value: r,
                    label: t(`rectification.ownerRoles.${r}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'name']}
                label={t('rectification.form.ownerName')}
                rules={[{ required: true, whitespace: true, message: t('rectification.form.ownerRule') }]}
                style={{ flex: '1 1 220px' }}
              >
                <Input maxLength={RECTIFICATION_LIMITS.ownerName} />
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('rectification.form.remove')}
                  onClick={() => remove(f.name)}
                  style={{ marginTop: 30 }}
                />
              )}
            </div>
          ))}
          {fields.length < RECTIFICATION_LIMITS.owners && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ role: 'person', name: '' })}
              style={{ marginBottom: 16 }}
            >
              {t('rectification.form.addOwner')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
