import { PlusOutlined } from '@ant-design/icons';
import { MENTOR_LEVELS, mayAssignMentorLevel, type TMentorPair } from '@zhucun/core';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { usePersonMentoring } from '../../api/mentoring.ts';
import { AssignMentorModal, EndPairModal, type TAssignTarget } from './pair-modals.tsx';

/** The talks of a pair, latest first: date and topic. */
function TalkLines({ pair }: { pair: TMentorPair }) {
  const { t } = useTranslation();
  if (pair.talks.length === 0) return null;
  return (
    <details style={{ marginTop: 4 }}>
      <summary>{t('mentoring.profile.talks', { count: pair.talks.length })}</summary>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {pair.talks.map((talk) => (
          <li key={talk.id}>
            {talk.date} · {talk.topic}
            {talk.notes && <Typography.Text type="secondary">：{talk.notes}</Typography.Text>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** 结对帮带 on a cadre's profile: eligibility, the mentor at each level, the pairs that ended. */
export function CadreMentorsCard({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const permissions = user?.permissions ?? [];
  const roles = (user?.roles ?? []).map((r) => r.role);
  const canRead = permissions.includes('mentoring:read');
  const canAssign = permissions.includes('mentoring:assign');
  const mentoring = usePersonMentoring(personId, canRead);
  const [assigning, setAssigning] = useState<TAssignTarget | null>(null);
  const [ending, setEnding] = useState<TMentorPair | null>(null);
  if (!canRead || !mentoring.data) return null;
  const m = mentoring.data;
  const active = m.pairs.filter((p) => p.endDate === null);
  const ended = m.pairs.filter((p) => p.endDate !== null);
  // nobody is given a first mentor, nor an empty level filled, unless eligible; a pair kept still shows
  if (!m.eligible && m.pairs.length === 0) return null;
  const mine = (level: TMentorPair['level']) => canAssign && mayAssignMentorLevel(roles, level);
  const levelName = (level: TMentorPair['level']) => t(`mentoring.levels.${level}`);

  return (
    <Card
      title={t('mentoring.profile.title')}
      style={{ marginBottom: 16 }}
      aria-label={t('mentoring.profile.title')}
    >
      <Typography.Paragraph type={m.eligible ? undefined : 'warning'}>
        {m.eligible
          ? t('mentoring.profile.eligible')
          : t('mentoring.profile.notEligible', {
              reasons: m.ineligibleReasons.map((r) => t(`mentoring.ineligible.${r}`)).join('、'),
            })}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={[...MENTOR_LEVELS]}
        renderItem={(level) => {
          const pair = active.find((p) => p.level === level);
          return (
            <List.Item
              actions={[
                pair && mine(level) && (
                  <Button key="end" size="small" danger onClick={() => setEnding(pair)}>
                    {t('mentoring.end')}
                  </Button>
                ),
                !pair && m.eligible && mine(level) && (
                  <Button
                    key="assign"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() =>
                      setAssigning({
                        personId: m.personId,
                        name: m.name,
                        levels: [level, ...m.missingLevels.filter((l) => l !== level && mine(l))],
                      })
                    }
                  >
                    {t('mentoring.assignLevel', { level: levelName(level) })}
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <div style={{ minWidth: 0 }}>
                <Space wrap size={4}>
                  <Typography.Text strong>
                    {t('mentoring.levelMentor', { level: levelName(level) })}
                  </Typography.Text>
                  {pair ? (
                    <>
                      <span>{pair.mentorName}</span>
                      <Typography.Text type="secondary">
                        {t('mentoring.profile.since', { date: pair.startDate })} ·{' '}
                        {t('mentoring.profile.pairedBy', { name: pair.createdBy })}
                      </Typography.Text>
                    </>
                  ) : (
                    <Tag color="orange">{t('mentoring.profile.none')}</Tag>
                  )}
                </Space>
                {pair && <TalkLines pair={pair} />}
              </div>
            </List.Item>
          );
        }}
      />
      {ended.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('mentoring.profile.history')}
          </Typography.Title>
          <ul aria-label={t('mentoring.profile.history')} style={{ margin: 0, paddingLeft: 20 }}>
            {ended.map((p) => (
              <li key={p.id}>
                {t('mentoring.mentorOf', { level: levelName(p.level), name: p.mentorName })} ·{' '}
                {t('mentoring.profile.period', { start: p.startDate, end: p.endDate })} ·{' '}
                {p.endReason && t(`mentoring.endReasons.${p.endReason}`)}
                {p.endNote && <Typography.Text type="secondary">（{p.endNote}）</Typography.Text>}
                <TalkLines pair={p} />
              </li>
            ))}
          </ul>
        </>
      )}
      <AssignMentorModal target={assigning} onClose={() => setAssigning(null)} />
      <EndPairModal pair={ending} onClose={() => setEnding(null)} />
    </Card>
  );
}
