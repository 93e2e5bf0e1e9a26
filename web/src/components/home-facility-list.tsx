import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { facilityLabel } from '../lib/home-labels.ts';

type Props = { present: readonly string[]; standard: readonly string[] };

/** The checklist against the county's standard: what the home has (green) and what it lacks (red). */
export function HomeFacilityList({ present, standard }: Props) {
  const { t } = useTranslation();
  const missing = standard.filter((f) => !present.includes(f));
  const row = (label: string, items: readonly string[], ok: boolean) => (
    <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 8 }}>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Typography.Text>
      <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
        {items.map((f) => (
          <Tag
            key={f}
            color={ok ? 'green' : 'red'}
            icon={ok ? <CheckOutlined /> : <CloseOutlined />}
            style={{ marginInlineEnd: 0 }}
          >
            {facilityLabel(f, t)}
          </Tag>
        ))}
      </span>
    </div>
  );
  return (
    <>
      {present.length > 0 && row(t('homes.detail.present'), present, true)}
      {missing.length > 0 ? (
        row(t('homes.detail.missing'), missing, false)
      ) : (
        <Typography.Text type="success">{t('homes.detail.noneMissing')}</Typography.Text>
      )}
    </>
  );
}
