import { ArrowLeftOutlined, DownloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { BULLETIN_SECTIONS, type TBulletinContent, type TBulletinDetail } from '@zhucun/core';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import {
  bulletinDocxUrl,
  useBulletin,
  useBulletinFigures,
  useIssueBulletin,
  useUpdateBulletin,
} from '../../api/bulletins.ts';
import { DateField } from '../../components/date-field.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { BulletinFiguresTable } from './bulletin-figures-table.tsx';
import { BulletinPreview } from './bulletin-preview.tsx';
import { SectionField } from './section-field.tsx';

const FIELDS = [
  'issueNo',
  'runningNo',
  'masthead',
  'issuingOffice',
  'issuedOn',
  'asOf',
  'headline',
  'sections',
  'distributionTo',
  'distributionCc',
  'printedBy',
] as const;

const contentOf = ({ bulletin: b }: TBulletinDetail): TBulletinContent => ({
  issueNo: b.issueNo,
  runningNo: b.runningNo,
  masthead: b.masthead,
  issuingOffice: b.issuingOffice,
  issuedOn: b.issuedOn,
  asOf: b.asOf,
  headline: b.headline,
  sections: b.sections,
  distributionTo: b.distributionTo,
  distributionCc: b.distributionCc,
  printedBy: b.printedBy,
});

/** `/bulletins/:id`: compose a bulletin — title block, sections with figures, preview with sources, issue, Word. */
export function BulletinComposePage() {
  const id = Number(useParams().id);
  const detail = useBulletin(id);
  if (detail.isError) return <LoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <PageSpinner />;
  return <Composer key={id} detail={detail.data} />;
}

function Composer({ detail }: { detail: TBulletinDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { bulletin } = detail;
  const canWrite = useSession().data?.user.permissions.includes('bulletins:write') ?? false;
  const editable = canWrite && bulletin.state === 'draft';
  const [form] = Form.useForm<TBulletinContent>();
  const [content, setContent] = useState<TBulletinContent>(() => contentOf(detail));
  const [banner, setBanner] = useState<string | null>(null);
  const refresh = () => setContent({ ...contentOf(detail), ...form.getFieldsValue(true) });
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(content.asOf ?? '') ? content.asOf : null;
  const live = useBulletinFigures(bulletin.state === 'draft' ? validDate : null);
  const figures = bulletin.state === 'draft' && live.data ? live.data : detail.figures;
  const update = useUpdateBulletin(bulletin.id);
  const issue = useIssueBulletin(bulletin.id);

  /** Saves the form; true when saved. A refusal shows beside its field (or above the form). */
  const save = async (): Promise<boolean> => {
    setBanner(null);
    if (!(await form.validateFields().catch(() => null))) return false;
    try {
      await update.mutateAsync({ ...contentOf(detail), ...form.getFieldsValue(true) });
      return true;
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS));
      return false;
    }
  };
  const saveNow = async () => {
    if (await save()) void message.success(t('bulletins.saved'));
  };
  /** A draft is saved first, so the Word file holds what is on the page. */
  const downloadDraft = async () => {
    if (!(await save())) return;
    const link = document.createElement('a');
    link.href = bulletinDocxUrl(bulletin.id);
    link.download = '';
    link.click();
  };
  /** Issues what is on the page: saved first, then its figures frozen. */
  const issueNow = async () => {
    if (!(await save())) return;
    try {
      await issue.mutateAsync();
      void message.success(t('bulletins.issued'));
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS));
    }
  };
  const required = [{ required: true }];
  return (
    <>
      <div className="zc-page-head">
        <Space align="center" wrap>
          <Link to="/bulletins" aria-label={t('bulletins.back')}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('bulletins.title')} {t('bulletins.numberValue', bulletin)}
          </Typography.Title>
          <Tag color={bulletin.state === 'issued' ? 'green' : 'blue'}>
            {t(`bulletins.states.${bulletin.state}`)}
          </Tag>
        </Space>
        <Space wrap>
          {editable && (
            <>
              <Button icon={<SaveOutlined />} loading={update.isPending} onClick={() => void saveNow()}>
                {t('bulletins.save')}
              </Button>
              <Popconfirm title={t('bulletins.issueConfirm')} onConfirm={() => void issueNow()}>
                <Button icon={<SendOutlined />} loading={issue.isPending}>
                  {t('bulletins.issue')}
                </Button>
              </Popconfirm>
            </>
          )}
          {editable ? (
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => void downloadDraft()}>
              {t('bulletins.download')}
            </Button>
          ) : (
            <Button type="primary" icon={<DownloadOutlined />} href={bulletinDocxUrl(bulletin.id)} download>
              {t('bulletins.download')}
            </Button>
          )}
        </Space>
      </div>
      {!canWrite && (
        <Alert type="info" showIcon message={t('bulletins.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {bulletin.issuedAt && (
        <Alert
          type="success"
          showIcon
          message={t('bulletins.issuedNote', { date: bulletin.issuedAt.slice(0, 10) })}
          style={{ marginBottom: 12 }}
        />
      )}
      {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col span={12}>
          <Form<TBulletinContent>
            form={form}
            layout="vertical"
            name="bulletin"
            disabled={!editable}
            initialValues={contentOf(detail)}
            onValuesChange={refresh}
          >
            <Card size="small" title={t('bulletins.titleBlock')} style={{ marginBottom: 12 }}>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="masthead" label={t('bulletins.masthead')} rules={required}>
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="issuingOffice" label={t('bulletins.issuingOffice')} rules={required}>
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name="issueNo" label={t('bulletins.issueNo')} rules={required}>
                    <InputNumber min={1} max={9999} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name="runningNo" label={t('bulletins.runningNo')} rules={required}>
                    <InputNumber min={1} max={9999} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <DateField name="issuedOn" label={t('bulletins.issuedOn')} rules={required} />
                </Col>
                <Col span={7}>
                  <DateField name="asOf" label={t('bulletins.asOf')} rules={required} />
                </Col>
              </Row>
              <Form.Item name="headline" label={t('bulletins.headline')} rules={required}>
                <Input maxLength={100} />
              </Form.Item>
            </Card>
            <Card size="small" title={t('bulletins.sectionsTitle')} style={{ marginBottom: 12 }}>
              {BULLETIN_SECTIONS.map((s) => (
                <SectionField key={s} section={s} form={form} disabled={!editable} onChanged={refresh} />
              ))}
            </Card>
            <Card size="small" title={t('bulletins.distribution')}>
              <Form.Item name="distributionTo" label={t('bulletins.distributionTo')}>
                <Input.TextArea autoSize maxLength={500} />
              </Form.Item>
              <Form.Item name="distributionCc" label={t('bulletins.distributionCc')}>
                <Input.TextArea autoSize maxLength={500} />
              </Form.Item>
              <Form.Item name="printedBy" label={t('bulletins.printedBy')} rules={required}>
                <Input maxLength={60} />
              </Form.Item>
            </Card>
          </Form>
        </Col>
        <Col span={12}>
          <Card
            size="small"
            title={t('bulletins.preview')}
            extra={
              <Typography.Text type="secondary">
                {figures.frozenAt
                  ? t('bulletins.frozen', { date: figures.frozenAt.slice(0, 10) })
                  : t('bulletins.live')}
              </Typography.Text>
            }
            style={{ marginBottom: 12 }}
          >
            <Typography.Paragraph type="secondary">{t('bulletins.previewHint')}</Typography.Paragraph>
            <BulletinPreview content={content} figures={figures} />
          </Card>
          <Card size="small" title={t('bulletins.figuresTitle')}>
            <BulletinFiguresTable figures={figures} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
