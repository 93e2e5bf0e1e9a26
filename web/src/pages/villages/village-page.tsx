import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useVillageStaff } from '../../api/registry.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { VillageHomes } from '../../components/village-homes.tsx';
import { VillageStaffView } from '../../components/village-staff-view.tsx';
import { VillageDoorCard } from './village-door-card.tsx';
import { VillagePointCard } from './village-point-card.tsx';

/** `/villages/:code`: the villagers' door (QR code, address, card), homes, secretaries, graduates, work team and committee. */
export function VillagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  const staff = useVillageStaff(code);
  const notFound = !/^\d{12}$/.test(code) || (staff.error instanceof ApiError && staff.error.status === 404);
  if (notFound) {
    return (
      <Result
        status="404"
        title={t('village.notFound')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('errors.backHome')}
          </Button>
        }
      />
    );
  }
  if (staff.isError) return <LoadError error={staff.error} onRetry={() => void staff.refetch()} />;
  if (!staff.data) return <PageSpinner />;
  const { village } = staff.data;
  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3}>{village.name}</Typography.Title>
          <Typography.Text type="secondary">{village.townshipName}</Typography.Text>
        </div>
        <Link to={`/cadres?township=${village.townshipCode}&village=${village.code}`}>
          {t('village.cadres')}
        </Link>
      </div>
      <VillageDoorCard villageCode={village.code} villageName={village.name} />
      <VillageHomes villageCode={village.code} />
      <VillageStaffView staff={staff.data} />
      <VillagePointCard villageCode={village.code} />
    </>
  );
}
