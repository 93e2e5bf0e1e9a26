import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLE_SCOPE_LEVEL, ROLES, type TDivisionNode, type TRole } from '@zhucun/core';
import { Button, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/auth.ts';
import { useUnits } from '../api/registry.ts';
import { CODE_DIGITS, divisionOptions, onlyChoice } from '../lib/division-options.ts';

type Props = {
  /** The divisions the admin can see; null when they lack divisions:read (a code is typed instead). */
  divisions: readonly TDivisionNode[] | null;
};

/** For a dispatching unit's administrator: which unit (listed when the admin may read units). */
function UnitField({ name }: { name: number }) {
  const { t } = useTranslation();
  const permissions = useSession().data?.user.permissions ?? [];
  const units = useUnits(permissions.includes('registry:read'));
  const rules = [{ required: true, message: t('users.unitRequired') }];
  if (!units.data)
    return (
      <Form.Item name={[name, 'unitId']} label={t('users.unitId')} rules={rules}>
        <InputNumber min={1} style={{ width: '100%' }} />
      </Form.Item>
    );
  return (
    <Form.Item name={[name, 'unitId']} label={t('users.unit')} rules={rules}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        options={units.data.items.map((u) => ({ value: u.id, label: u.name }))}
      />
    </Form.Item>
  );
}

/** Form.List `roles`: each row a role and, for scoped roles, the division it covers. */
export function RoleGrantFields({ divisions }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  const divisionField = (name: number, role: TRole | undefined) => {
    const level = role ? ROLE_SCOPE_LEVEL[role] : null;
    if (!level) return null;
    const levelName = t(`levels.${level}`);
    const digits = CODE_DIGITS[level];
    if (!divisions) {
      return (
        <Form.Item
          name={[name, 'divisionCode']}
          label={t('users.divisionCode', { level: levelName })}
          extra={t('users.divisionCodeHint', { digits })}
          rules={[
            {
              required: true,
              pattern: new RegExp(`^\\d{${digits}}$`),
              message: t('users.divisionCodeRule', { digits }),
            },
          ]}
        >
          <Input inputMode="numeric" maxLength={digits} />
        </Form.Item>
      );
    }
    return (
      <Form.Item
        name={[name, 'divisionCode']}
        label={t('users.division')}
        rules={[{ required: true, message: t('users.divisionRequired') }]}
      >
        <TreeSelect
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeData={divisionOptions(divisions, level)}
          placeholder={t('users.divisionPick', { level: levelName })}
          treeDefaultExpandAll={level !== 'village'}
          allowClear
        />
      </Form.Item>
    );
  };

  const onRoleChange = (name: number, role: TRole) => {
    const level = ROLE_SCOPE_LEVEL[role];
    const only = level && divisions ? onlyChoice(divisionOptions(divisions, level)) : null;
    form.setFieldValue(['roles', name, 'divisionCode'], only);
  };

  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_r, value: unknown[] | undefined) => {
            if (!value?.length) throw new Error(t('users.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map(({ key, name }) => (
            <div
              key={key}
              style={{
                border: '1px solid #f0f0f0',
                borderRadius: 6,
                padding: '12px 12px 0',
                marginBottom: 12,
              }}
            >
              <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item
                  name={[name, 'role']}
                  label={t('users.role')}
                  style={{ flex: 1, minWidth: 0 }}
                  rules={[{ required: true, message: t('users.roleRequired') }]}
                >
                  <Select options={roleOptions} onChange={(role: TRole) => onRoleChange(name, role)} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('users.removeRole')}
                    title={t('users.removeRole')}
                    onClick={() => remove(name)}
                    style={{ marginTop: 30 }}
                  />
                )}
              </div>
              <Form.Item noStyle dependencies={[['roles', name, 'role']]}>
                {({ getFieldValue }) => {
                  const role = getFieldValue(['roles', name, 'role']) as TRole | undefined;
                  return (
                    <>
                      {divisionField(name, role)}
                      {role === 'unit_admin' && <UnitField name={name} />}
                    </>
                  );
                }}
              </Form.Item>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ divisionCode: null })}
            style={{ marginBottom: 16 }}
          >
            {t('users.addRole')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
