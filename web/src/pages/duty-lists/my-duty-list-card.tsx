import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyDutyLists } from '../../api/duty-lists.ts';
import { DutyListText } from '../../components/duty-list-text.tsx';
import { LoadError } from '../../components/load-error.tsx';

/** 我的岗位职责: the list of the cadre's post in force today, with its number and date (on `/me`). */
export function MyDutyListCard() {
  const { t } = useTranslation();
  const mine = useMyDutyLists();
  if (mine.isError)
    return (
      <Card title={t('dutyLists.mine.title')} style={{ marginBottom: 16 }}>
        <LoadError error={mine.error} onRetry={() => void mine.refetch()} />
      </Card>
    );
  if (!mine.data) return <Card title={t('dutyLists.mine.title')} loading style={{ marginBottom: 16 }} />;
  if (mine.data.posts.length === 0)
    return (
      <Card title={t('dutyLists.mine.title')} style={{ marginBottom: 16 }}>
        <Empty description={t('dutyLists.mine.noPost')} />
      </Card>
    );
  return (
    <>
      {mine.data.posts.map((p) => (
        <Card key={p.category} title={t('dutyLists.mine.title')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {t(`dutyLists.posts.${p.category}`)}
          </Typography.Paragraph>
          {p.list ? (
            <>
              <Typography.Paragraph type="secondary">
                {t('dutyLists.mine.version', { no: p.list.versionNo, date: p.list.effectiveFrom })}
              </Typography.Paragraph>
              <DutyListText items={p.list.items} />
            </>
          ) : (
            <Empty description={t('dutyLists.mine.noList')} />
          )}
        </Card>
      ))}
    </>
  );
}
