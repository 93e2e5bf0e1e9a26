import {
  ArrowLeftOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  PictureOutlined,
} from '@ant-design/icons';
import { formatYuan, SELECTION_LIMITS } from '@zhucun/core';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Image,
  Input,
  Result,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import {
  caseDocxUrl,
  casePhotoUrl,
  useAddCasePhoto,
  useAward,
  useRemoveCasePhoto,
  useUpdateCase,
} from '../../api/project-selections.ts';
import { FileButton } from '../../components/file-button.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';

type TCase = { casePractice: string; caseResults: string };

/** Paragraphs of a text typed with line breaks, or a hint that it is still to be written. */
function Text({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text.trim())
    return <Typography.Text type="secondary">{t('projectSelections.case.empty')}</Typography.Text>;
  return (
    <>
      {text.split(/\n+/).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
        <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
      ))}
    </>
  );
}

/** `/project-selections/cases/:id`: 典型案例, what was done and what it achieved, with photos and a Word export. */
export function AwardCasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const award = useAward(valid ? id : null);
  const update = useUpdateCase(id);
  const addPhoto = useAddCasePhoto(id);
  const removePhoto = useRemoveCasePhoto(id);
  const [form] = Form.useForm<TCase>();
  const [editing, setEditing] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);

  if (!valid || (award.error instanceof ApiError && award.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (award.isError) return <LoadError error={award.error} onRetry={() => void award.refetch()} />;
  if (!award.data) return <PageSpinner />;
  const a = award.data;

  return (
    <>
      <Link to="/project-selections?tab=cases">
        <ArrowLeftOutlined /> {t('projectSelections.case.back')}
      </Link>
      <div className="zc-page-head" style={{ marginTop: 8 }}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {a.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color="gold">{t('projectSelections.case.badge', { year: a.year })}</Tag>
            <Tag>{t(`projects.kinds.${a.kind}`)}</Tag>
          </Space>
        </div>
        <Space wrap>
          {a.mayEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('projectSelections.case.edit')}
            </Button>
          )}
          <Button type="primary" icon={<DownloadOutlined />} href={caseDocxUrl(a.id)} download>
            {t('projectSelections.case.word')}
          </Button>
        </Space>
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
          <Descriptions column={isMobile ? 1 : 2} size="small">
            <Descriptions.Item label={t('projectSelections.case.place')}>
              {`${a.townshipName} ${a.villageNames.join('、')}`}
            </Descriptions.Item>
            {a.leaderName && (
              <Descriptions.Item label={t('projectSelections.case.leader')}>{a.leaderName}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('projectSelections.case.target')}>{a.target}</Descriptions.Item>
            <Descriptions.Item label={t('projectSelections.case.budget')}>
              {formatYuan(a.budgetFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('projectSelections.case.beneficiaries')}>
              {t('projectSelections.case.beneficiaryLine', {
                households: a.beneficiaryHouseholds,
                people: a.beneficiaryPeople,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('projectSelections.case.period')}>
              {a.actualEndDate
                ? `${a.startDate} ~ ${a.actualEndDate}`
                : t('projectSelections.case.since', { date: a.startDate })}
            </Descriptions.Item>
            {a.score !== null && (
              <Descriptions.Item label={t('projectSelections.case.score')}>
                {t('projectSelections.case.scoreLine', { score: a.score.toFixed(1) })}
              </Descriptions.Item>
            )}
          </Descriptions>
          {a.summary && (
            <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
              {a.summary}
            </Typography.Paragraph>
          )}
        </Card>
        <Card title={t('projectSelections.case.practice')}>
          <Text text={a.casePractice} />
        </Card>
        <Card title={t('projectSelections.case.results')}>
          <Text text={a.caseResults} />
        </Card>
        <Card
          title={t('projectSelections.case.photos')}
          extra={
            a.mayEdit &&
            a.photos.length < SELECTION_LIMITS.casePhotos && (
              <FileButton
                accept="image/jpeg,image/png,image/webp"
                loading={addPhoto.isPending}
                testId="case-photo"
                icon={<PictureOutlined />}
                onFile={(file) =>
                  addPhoto.mutateAsync(file).catch((e: unknown) => void message.error(errorMessage(e)))
                }
              >
                {t('projectSelections.case.addPhoto')}
              </FileButton>
            )
          }
        >
          {a.photos.length === 0 ? (
            <Empty description={t('projectSelections.case.noPhotos')} />
          ) : (
            <Image.PreviewGroup>
              <Space wrap size={12}>
                {a.photos.map((p) => (
                  <div key={p.photoId} style={{ position: 'relative' }}>
                    <Image src={casePhotoUrl(p.photoId)} width={isMobile ? 150 : 220} alt={a.title} />
                    {a.mayEdit && (
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('projectSelections.case.removePhoto')}
                        style={{ position: 'absolute', top: 4, right: 4 }}
                        onClick={() =>
                          removePhoto
                            .mutateAsync(p.photoId)
                            .catch((e: unknown) => void message.error(errorMessage(e)))
                        }
                      />
                    )}
                  </div>
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
        </Card>
      </Space>
      <FormModal<TCase>
        open={editing}
        title={t('projectSelections.case.edit')}
        name="award-case"
        form={form}
        pending={update.isPending}
        banner={banner}
        width={720}
        initialValues={{ casePractice: a.casePractice, caseResults: a.caseResults }}
        onFinish={(v) =>
          update.mutateAsync(v).then(
            () => {
              setBanner(null);
              setEditing(false);
            },
            (e: unknown) => setBanner(errorMessage(e)),
          )
        }
        onClose={() => setEditing(false)}
        onAfterClose={() => setBanner(null)}
      >
        <Form.Item
          name="casePractice"
          label={t('projectSelections.case.practice')}
          extra={t('projectSelections.case.practiceHint')}
        >
          <Input.TextArea rows={8} maxLength={SELECTION_LIMITS.caseText} />
        </Form.Item>
        <Form.Item
          name="caseResults"
          label={t('projectSelections.case.results')}
          extra={t('projectSelections.case.resultsHint')}
        >
          <Input.TextArea rows={6} maxLength={SELECTION_LIMITS.caseText} />
        </Form.Item>
      </FormModal>
    </>
  );
}
