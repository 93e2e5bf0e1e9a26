import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import type { THomeOccupant, THomeRoomView } from '@zhucun/core';
import { App, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useCountyRules } from '../../api/rules.ts';
import { HomeFacilityList } from '../../components/home-facility-list.tsx';
import { HomeRoomCard } from '../../components/home-room-card.tsx';
import { HomeKindTag, HomeLeaseTag, HomeShortfallTags } from '../../components/home-tags.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useDeleteHome, useHome, useRemoveOccupant } from '../../lib/home-queries.ts';
import { HomeAssignModal } from './home-assign-modal.tsx';
import { HomeContractCard } from './home-contract-card.tsx';
import { HomeFundingPanel } from './home-funding-panel.tsx';
import { HomePhotosCard } from './home-photos-card.tsx';

/** `/homes/:id`: a home — what it lacks, who lives in which room, facilities, contract, photos, funding. */
export function HomeDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const home = useHome(valid ? id : null);
  const rules = useCountyRules();
  const moveOut = useRemoveOccupant(id);
  const remove = useDeleteHome(id);
  const canWrite = useSession().data?.user.permissions.includes('homes:write') ?? false;
  const [assigning, setAssigning] = useState<THomeRoomView | null>(null);
  if (!valid || (home.error instanceof ApiError && home.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (home.isError) return <LoadError error={home.error} onRetry={() => void home.refetch()} />;
  if (!home.data) return <PageSpinner />;
  const h = home.data;
  const leave = (_room: THomeRoomView, o: THomeOccupant) =>
    moveOut.mutateAsync(o.personId).then(
      () => void message.success(t('homes.detail.movedOut')),
      (error: unknown) => void message.error(errorMessage(error)),
    );
  const standard = rules.data?.homeFacilities ?? [];

  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Link to="/homes">
            <ArrowLeftOutlined /> {t('homes.detail.back')}
          </Link>
          <Typography.Title level={3} style={{ marginTop: 4 }}>
            {h.title}
          </Typography.Title>
          <Space size={[8, 4]} wrap style={{ marginTop: 4 }}>
            <HomeKindTag kind={h.kind} />
            <Typography.Text type="secondary">
              {h.townshipName} · {h.villageName}
            </Typography.Text>
          </Space>
          <div style={{ marginTop: 8 }}>
            <HomeShortfallTags shortfalls={h.shortfalls} />
            <HomeLeaseTag lease={h.lease} />
          </div>
        </div>
        <Space wrap>
          {canWrite && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/homes/${h.id}/edit`)}>
              {t('homes.detail.edit')}
            </Button>
          )}
          <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/homes/${h.id}/sign`)}>
            {t('homes.detail.printSign')}
          </Button>
          {canWrite && (
            // only a home registered by mistake: the server refuses one lived in or with money recorded
            <Popconfirm
              title={t('homes.detail.deleteConfirm')}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                remove.mutateAsync().then(
                  () => {
                    void message.success(t('homes.detail.deleted'));
                    void navigate('/homes');
                  },
                  (error: unknown) => void message.error(errorMessage(error)),
                )
              }
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="home-delete">
                {t('homes.detail.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={isMobile ? 1 : 3}
          items={[
            { key: 'address', label: t('homes.detail.address'), children: h.address },
            {
              key: 'kitchen',
              label: t('homes.detail.kitchen'),
              children: t(h.hasKitchen ? 'homes.detail.kitchenYes' : 'homes.detail.kitchenNo'),
            },
            ...(h.note ? [{ key: 'note', label: t('homes.detail.note'), children: h.note }] : []),
          ]}
        />
      </Card>
      <Typography.Title level={4}>{t('homes.detail.roomsTitle')}</Typography.Title>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {h.rooms.map((room) => (
          <Col key={room.id} xs={24} sm={12} lg={8}>
            <HomeRoomCard room={room} canWrite={canWrite} onAssign={setAssigning} onMoveOut={leave} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={h.contract ? 12 : 24}>
          <Card size="small" title={t('homes.detail.facilitiesTitle')} style={{ height: '100%' }}>
            <HomeFacilityList present={h.facilities} standard={standard} />
          </Card>
        </Col>
        {h.contract && (
          <Col xs={24} lg={12}>
            <HomeContractCard home={h} canWrite={canWrite} />
          </Col>
        )}
      </Row>
      <div style={{ marginBottom: 16 }}>
        <HomePhotosCard home={h} canWrite={canWrite} />
      </div>
      <HomeFundingPanel homeId={h.id} canWrite={canWrite} />
      <HomeAssignModal homeId={h.id} room={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
