import { Button, Empty, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useMenteeDays, useMyMentee } from '../../api/mentoring.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { LIST_STYLE } from './gap-list.tsx';
import { MenteeBasics, MenteeDay, TalkForm, TalkList } from './mentee-parts.tsx';

/** `/mentoring/mine/:personId`: one mentee — basics, a talk to record, the talks, the last 30 days of logs. */
export function MenteePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const personId = Number(useParams().personId);
  const mentee = useMyMentee(personId);
  const days = useMenteeDays(personId);
  const gone =
    !Number.isInteger(personId) || (mentee.error instanceof ApiError && mentee.error.status === 404);
  if (gone)
    return (
      <Result
        status="404"
        title={t('mentoring.menteePage.notFound')}
        subTitle={t('mentoring.menteePage.notFoundDetail')}
        extra={
          <Button type="primary" onClick={() => void navigate('/mentoring/mine')}>
            {t('mentoring.menteePage.back')}
          </Button>
        }
      />
    );
  if (mentee.isError) return <LoadError error={mentee.error} onRetry={() => void mentee.refetch()} />;
  if (!mentee.data) return <PageSpinner />;
  const m = mentee.data;
  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Link to="/mentoring/mine">{t('mentoring.menteePage.back')}</Link>
          <Typography.Title level={3}>{m.name}</Typography.Title>
          <Typography.Text type="secondary">
            {t('mentoring.mine.myLevel', { level: t(`mentoring.levels.${m.pair.level}`) })} ·{' '}
            {t('mentoring.profile.since', { date: m.pair.startDate })}
          </Typography.Text>
        </div>
      </div>
      <MenteeBasics mentee={m} />
      <TalkForm personId={m.personId} />
      <TalkList mentee={m} />
      <Typography.Title level={4} style={{ marginTop: 20 }}>
        {t('mentoring.menteePage.logs')}
      </Typography.Title>
      {days.isError && <LoadError error={days.error} onRetry={() => void days.refetch()} />}
      {days.data &&
        (days.data.items.length === 0 ? (
          <Empty description={t('mentoring.menteePage.noLogs')} />
        ) : (
          <ul aria-label={t('mentoring.menteePage.logs')} style={LIST_STYLE}>
            {days.data.items.map((day) => (
              <MenteeDay key={day.id} day={day} />
            ))}
          </ul>
        ))}
    </>
  );
}
