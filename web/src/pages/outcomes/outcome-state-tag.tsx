import type { TOutcomeState } from '@zhucun/core';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<TOutcomeState, string> = { submitted: 'gold', returned: 'red', approved: 'green' };

/** A report's or designation's state, and the county's reason under a returned one (the enterer reads it). */
export function OutcomeStateTag({ item }: { item: { state: TOutcomeState; returnReason: string | null } }) {
  const { t } = useTranslation();
  return (
    <div>
      <Tag color={COLORS[item.state]}>{t(`outcomes.states.${item.state}`)}</Tag>
      {item.state === 'returned' && item.returnReason && (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
          {t('outcomes.review.returnReason', { reason: item.returnReason })}
        </Typography.Text>
      )}
    </div>
  );
}
