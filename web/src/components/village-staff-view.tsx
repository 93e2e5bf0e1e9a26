import type { TVillageStaff } from '@zhucun/core';
import { Alert, Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type TMember = TVillageStaff['partySecretaries'][number];

function MemberList({ members, leaderId }: { members: readonly TMember[]; leaderId?: number }) {
  const { t } = useTranslation();
  if (members.length === 0) return <Typography.Text type="secondary">{t('village.none')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...members]}
      renderItem={(m) => (
        <List.Item key={m.personId}>
          <div style={{ minWidth: 0 }}>
            <Link to={`/cadres/${m.personId}`}>
              <Typography.Text strong>{m.name}</Typography.Text>
            </Link>
            {m.personId === leaderId && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {t('village.leader')}
              </Tag>
            )}
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {[m.postTitle, m.unitName].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ flex: 'none' }}>
            {m.phone}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

/** Who serves in a village, section by section; the work team's leader first. */
export function VillageStaffView({ staff }: { staff: TVillageStaff }) {
  const { t } = useTranslation();
  const team = staff.team.leader ? [staff.team.leader, ...staff.team.members] : staff.team.members;
  const sections = [
    {
      key: 'partySecretaries',
      title: t('village.partySecretaries'),
      body: <MemberList members={staff.partySecretaries} />,
    },
    {
      key: 'graduateOfficials',
      title: t('village.graduateOfficials'),
      body: <MemberList members={staff.graduateOfficials} />,
    },
    {
      key: 'selectedGraduates',
      title: t('village.selectedGraduates'),
      body: <MemberList members={staff.selectedGraduates} />,
    },
    {
      key: 'team',
      title: t('village.team'),
      body: (
        <>
          {staff.team.warnings.map((w) => (
            <Alert
              key={w}
              type="warning"
              showIcon
              title={t(`registry.warnings.${w}`)}
              style={{ marginBottom: 8 }}
            />
          ))}
          <MemberList members={team} leaderId={staff.team.leader?.personId} />
        </>
      ),
    },
    { key: 'committee', title: t('village.committee'), body: <MemberList members={staff.committee} /> },
  ];
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {sections.map((s) => (
        <section key={s.key} aria-label={s.title}>
          <Card size="small" title={s.title}>
            {s.body}
          </Card>
        </section>
      ))}
    </div>
  );
}
