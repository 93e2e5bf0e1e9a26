import type { TRoleAssignment } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A user's roles, each with the division it is scoped to. */
export function RoleTags({ roles }: { roles: readonly TRoleAssignment[] }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {roles.map((r) => (
        <Tag
          key={`${r.role}-${r.divisionCode ?? ''}`}
          color={r.divisionCode ? 'red' : 'geekblue'}
          style={{ marginInlineEnd: 0 }}
        >
          {t(`roles.${r.role}`)}
          {r.unitName
            ? ` · ${r.unitName}`
            : r.divisionName
              ? ` · ${r.divisionName}`
              : r.divisionCode
                ? ` · ${r.divisionCode}`
                : ''}
        </Tag>
      ))}
    </span>
  );
}
