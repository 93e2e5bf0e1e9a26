import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatYuan, SELECTION_LIMITS, type TMyScoring } from '@zhucun/core';
import { Alert, App, Button, Card, Form, Input, InputNumber, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useMyScoring, useScore } from '../../api/project-selections.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';

type TItem = TMyScoring['items'][number];

/** One nominated project on a panel member's sheet: its facts and their own score, or why they abstain. */
function ScoreItem({ selectionId, item, open }: { selectionId: number; item: TItem; open: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ score: number; comment: string }>();
  const score = useScore(selectionId);
  return (
    <Card
      size="small"
      title={item.title}
      extra={
        item.myScore !== null && (
          <Tag color="green">{t('projectSelections.scoring.mine', { score: item.myScore })}</Tag>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {`${item.townshipName} ${item.villageNames.join('、')} · ${t(`projects.kinds.${item.kind}`)}`}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('projectSelections.scoring.facts', {
          target: item.target,
          households: item.beneficiaryHouseholds,
          people: item.beneficiaryPeople,
          budget: formatYuan(item.budgetFen),
        })}
      </Typography.Paragraph>
      {item.summary && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.summary}</Typography.Paragraph>
      )}
      <Typography.Paragraph>
        <Typography.Text strong>{t('projectSelections.scoring.reason')}</Typography.Text>
        {item.reason}
      </Typography.Paragraph>
      {item.conflict ? (
        <Alert type="info" showIcon title={t(`projectSelections.scoring.conflict.${item.conflict}`)} />
      ) : (
        open && (
          <Form
            form={form}
            layout="inline"
            name={`score-${item.nominationId}`}
            initialValues={{ score: item.myScore ?? undefined, comment: item.myComment }}
            onFinish={(v) =>
              score.mutateAsync({ nominationId: item.nominationId, body: v }).then(
                () => void message.success(t('projectSelections.scoring.saved', { title: item.title })),
                (e: unknown) => void message.error(errorMessage(e)),
              )
            }
          >
            <Form.Item
              name="score"
              label={t('projectSelections.scoring.score')}
              rules={[{ required: true, type: 'number', min: 0, max: 100 }]}
            >
              <InputNumber
                min={0}
                max={100}
                precision={1}
                style={{ width: 110 }}
                aria-label={t('projectSelections.scoring.scoreOf', { title: item.title })}
              />
            </Form.Item>
            <Form.Item
              name="comment"
              label={t('projectSelections.scoring.comment')}
              style={{ minWidth: 240, flex: 1 }}
            >
              <Input maxLength={SELECTION_LIMITS.comment} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={score.isPending}>
                {t('projectSelections.scoring.save')}
              </Button>
            </Form.Item>
          </Form>
        )
      )}
    </Card>
  );
}

/** `/project-selections/:id/score`: a panel member's own sheet, scored alone (nobody else's scores shown). */
export function SelectionScoringPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const sheet = useMyScoring(valid ? id : null);
  if (!valid || (sheet.error instanceof ApiError && sheet.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (sheet.error instanceof ApiError && sheet.error.status === 403)
    return <Result status="403" title={sheet.error.message} />;
  if (sheet.isError) return <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <PageSpinner />;
  const s = sheet.data;
  const open = s.stage === 'scoring';
  const left = s.items.filter((i) => !i.conflict && i.myScore === null).length;
  return (
    <>
      <Link to={`/project-selections/${s.selectionId}`}>
        <ArrowLeftOutlined /> {t('projectSelections.yearTitle', { year: s.year })}
      </Link>
      <div className="zc-page-head" style={{ marginTop: 8 }}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('projectSelections.scoring.title', { year: s.year })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {[s.member.name, s.member.townshipName, s.member.unitName].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Alert
          type={open ? 'info' : 'warning'}
          showIcon
          title={
            open
              ? t('projectSelections.scoring.left', { count: left })
              : t('projectSelections.scoring.closed')
          }
          description={t('projectSelections.scoring.alone')}
        />
        {s.items.map((item) => (
          <ScoreItem key={item.nominationId} selectionId={s.selectionId} item={item} open={open} />
        ))}
      </Space>
    </>
  );
}
