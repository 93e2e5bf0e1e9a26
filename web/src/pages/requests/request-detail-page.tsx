import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import type { TRequestActionPath, TRequestContacts } from '@zhucun/core';
import { Alert, Button, Card, Col, Result, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { evidenceUrl, useRequest, useUnmaskRequest } from '../../api/requests.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { RequestActions } from '../../components/request-actions.tsx';
import { RequestFacts } from '../../components/request-facts.tsx';
import { RequestTimeline } from '../../components/request-timeline.tsx';
import { RequestActionModal } from './request-action-modal.tsx';

/** `/requests/:id`: the facts, the deadlines, what happened, and the actions the state allows. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const request = useRequest(valid ? id : null);
  const permissions = useSession().data?.user.permissions ?? [];
  const canWork = permissions.includes('requests:work');
  const unmask = useUnmaskRequest();
  const [asking, setAsking] = useState(false);
  const [contacts, setContacts] = useState<{ id: number; values: TRequestContacts } | null>(null);
  const [action, setAction] = useState<TRequestActionPath | null>(null);
  if (!valid || (request.error instanceof ApiError && request.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (request.isError) return <LoadError error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <PageSpinner />;
  const r = request.data;
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Link to="/requests">
            <ArrowLeftOutlined /> {t('requests.detail.back')}
          </Link>
          <Typography.Title level={3} style={{ marginTop: 4 }}>
            {t('requests.detail.title', { id: r.id })} · {t(`requests.categories.${r.category}`)}
          </Typography.Title>
        </div>
        {permissions.includes('pii:unmask') && (r.household || r.submitter) && (
          <Button icon={<EyeOutlined />} onClick={() => setAsking(true)}>
            {t('requests.detail.unmask')}
          </Button>
        )}
      </div>
      {contacts?.id === r.id && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={[
            contacts.values.household &&
              `${t('requests.household')}：${[contacts.values.household.headName, contacts.values.household.phone].filter(Boolean).join(' · ')}`,
            contacts.values.submitter &&
              `${t('requests.detail.submitter')}：${[contacts.values.submitter.name, contacts.values.submitter.phone].filter(Boolean).join(' · ')}`,
          ]
            .filter(Boolean)
            .join('；')}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('requests.detail.facts')}>
            <RequestFacts
              request={r}
              today={today}
              evidenceSrc={r.evidenceFileId !== null ? evidenceUrl(r.id) : null}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {canWork && (
            <Card size="small" title={t('requests.detail.actions')} style={{ marginBottom: 16 }}>
              <RequestActions state={r.state} onAction={setAction} />
            </Card>
          )}
          <Card size="small" title={t('requests.detail.timeline')}>
            <RequestTimeline events={r.events} />
          </Card>
        </Col>
      </Row>
      <RequestActionModal requestId={r.id} path={action} onClose={() => setAction(null)} />
      <ReasonModal
        open={asking}
        name="unmask-request"
        title={t('requests.detail.unmask')}
        pending={unmask.isPending}
        onClose={() => setAsking(false)}
        onReason={(reason) =>
          unmask.mutateAsync({ id: r.id, reason }).then((values) => {
            setContacts({ id: r.id, values });
            setAsking(false);
          })
        }
      />
    </>
  );
}
