import { AccountBookOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A button to the county's funding summary (`/homes/funding`), for the homes list's head. */
export function HomeFundingSummaryLink({ township }: { township?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const to = township ? `/homes/funding?township=${township}` : '/homes/funding';
  return (
    <Button icon={<AccountBookOutlined />} onClick={() => void navigate(to)}>
      {t('homeFunding.summaryLink')}
    </Button>
  );
}
