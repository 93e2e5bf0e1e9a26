import { ArrowLeftOutlined } from '@ant-design/icons';
import { RECTIFICATION_OWNER_ROLES, type TRectificationView } from '@zhucun/core';
import { Alert, Card, Descriptions, Image, List, Result, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { rectificationPhotoUrl, useRectification } from '../../api/rectification.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { formatDateTime } from '../../lib/format.ts';
import { RectificationActions } from './rectification-actions.tsx';
import { placeOf, RectificationFlags, RectificationStateTag } from './rectification-tags.tsx';

/** The latest return's reason while the problem waits to be reported again. */
function ReturnedBanner({ item }: { item: TRectificationView }) {
  const { t } = useTranslation();
  const last = item.events.at(-1);
  if (item.state !== 'returned' || !last?.note) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${t(`rectification.actions.${last.action}`)}：${last.note}`}
      style={{ marginBottom: 16 }}
    />
  );
}

/** The timeline: every report, review, return, close and escalation, with who, when, words and photos. */
function RectificationTimeline({ item }: { item: TRectificationView }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={[...item.events].reverse().map((e) => ({
        color: e.action.endsWith('return') ? 'red' : e.action === 'close' ? 'green' : 'blue',
        content: (
          <div data-testid="rectification-event">
            <Typography.Text strong>{t(`rectification.actions.${e.action}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {e.actor ?? t('rectification.detail.system')} · {formatDateTime(e.at)}
            </Typography.Text>
            {e.action === 'escalate' && (
              <div>
                {t('rectification.detail.escalatedTo', {
                  level: t(`rectification.levels.${e.superviseLevel}`),
                })}
              </div>
            )}
            {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
            {e.photoIds.length > 0 && (
              <Image.PreviewGroup>
                <Space wrap style={{ marginTop: 4 }}>
                  {e.photoIds.map((id) => (
                    <Image
                      key={id}
                      width={72}
                      height={72}
                      style={{ objectFit: 'cover' }}
                      src={rectificationPhotoUrl(id)}
                      alt={t('rectification.detail.photoAlt')}
                    />
                  ))}
                </Space>
              </Image.PreviewGroup>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** `/rectification/:id`: a problem, its measures and owners, its timeline and the viewer's actions. */
export function RectificationDetailPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useRectification(valid ? id : null);
  if (!valid || (query.error instanceof ApiError && query.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpinner />;
  const item = query.data;
  const pad = { body: { padding: isMobile ? 12 : 24 } };

  return (
    <>
      <Link to="/rectification">
        <ArrowLeftOutlined /> {t('rectification.detail.back')}
      </Link>
      <div className="zc-page-head" style={{ marginTop: 8 }}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {item.problem}
          </Typography.Title>
          <Space wrap size={4}>
            <RectificationStateTag state={item.state} />
            <RectificationFlags item={item} />
            {item.returnCount > 0 && (
              <Typography.Text type="secondary">
                {t('rectification.detail.returns', { count: item.returnCount })}
              </Typography.Text>
            )}
          </Space>
        </div>
      </div>
      <ReturnedBanner item={item} />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: isMobile ? '1fr' : 'minmax(0, 3fr) minmax(0, 2fr)',
          gap: 16,
        }}
      >
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card styles={pad}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('rectification.col.source')}>
                {t(`rectification.sources.${item.source}`)}
              </Descriptions.Item>
              {item.sourceRef && (
                <Descriptions.Item label={t('rectification.detail.sourceRef')}>
                  {item.sourceRef}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('rectification.col.place')}>
                {placeOf(item)}（{t(`rectification.levels.${item.level}`)}）
              </Descriptions.Item>
              <Descriptions.Item label={t('rectification.col.deadline')}>
                <Typography.Text type={item.overdue ? 'danger' : undefined}>{item.deadline}</Typography.Text>
              </Descriptions.Item>
              {item.evidenceRequired && (
                <Descriptions.Item label={t('rectification.detail.evidenceRequired')}>
                  {item.evidenceRequired}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={t('rectification.detail.measures')} styles={pad}>
            <List
              size="small"
              dataSource={item.measures}
              renderItem={(m, i) => (
                <List.Item extra={<Typography.Text type="secondary">{m.deadline}</Typography.Text>}>
                  {i + 1}. {m.text}
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('rectification.detail.owners')} styles={pad}>
            <Descriptions column={1} size="small">
              {RECTIFICATION_OWNER_ROLES.filter((r) => item.ownerList.some((o) => o.role === r)).map((r) => (
                <Descriptions.Item key={r} label={t(`rectification.ownerRoles.${r}`)}>
                  {item.ownerList
                    .filter((o) => o.role === r)
                    .map((o) => o.name)
                    .join('、')}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Space>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={t('rectification.act.reportTitle')} styles={pad}>
            <RectificationActions item={item} />
          </Card>
          <Card title={t('rectification.detail.timeline')} styles={pad}>
            <RectificationTimeline item={item} />
          </Card>
        </Space>
      </div>
    </>
  );
}
