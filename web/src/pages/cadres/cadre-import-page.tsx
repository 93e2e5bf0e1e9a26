import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Result, Space, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useImportLedger } from '../../api/cadre-excel.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { ImportProblems } from '../../components/import-problems.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { importProblems, TEMPLATE_URL } from '../../lib/cadre-excel.ts';

/** The upload's state as the user reads it: the progress bar, then the server's check. */
function ImportProgress({ percent }: { percent: number }) {
  const { t } = useTranslation();
  const uploading = percent < 100;
  return (
    <div role="status" aria-live="polite">
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">
        {uploading ? t('cadreExcel.uploading') : t('cadreExcel.checking')}
      </Typography.Text>
    </div>
  );
}

/** Why nothing was imported: the server's message and, when it names rows, every problem. */
function ImportRefused({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = error instanceof ApiError ? importProblems(error.details) : [];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert
        type="error"
        showIcon
        // with details the server's message repeats every row; the table below lists them instead
        title={problems.length ? t('cadreExcel.refused') : errorMessage(error)}
        description={
          problems.length
            ? t('cadreExcel.problemsCount', { count: problems.length })
            : t('cadreExcel.refused')
        }
      />
      {problems.length > 0 && <ImportProblems problems={problems} />}
    </Space>
  );
}

/** `/cadres/import`: uploads a filled-in template; all rows are checked before any is saved. */
export function CadreImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [percent, setPercent] = useState(0);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const upload = useImportLedger(setPercent);
  const file = files[0]?.originFileObj;

  const start = () => {
    if (!file) return;
    setPercent(0);
    upload.mutate(file);
  };
  const reset = () => {
    setFiles([]);
    setPercent(0);
    upload.reset();
  };

  if (upload.isSuccess) {
    return (
      <Result
        status="success"
        title={t('cadreExcel.done', upload.data)}
        extra={[
          <Button key="back" type="primary" onClick={() => void navigate('/cadres')}>
            {t('cadreExcel.backToLedger')}
          </Button>,
          <Button key="again" onClick={reset}>
            {t('cadreExcel.again')}
          </Button>,
        ]}
      />
    );
  }

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('cadreExcel.title')}</Typography.Title>
        <Link to="/cadres">{t('cadreExcel.backToLedger')}</Link>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('cadreExcel.intro')}</Typography.Paragraph>
          <Typography.Link href={TEMPLATE_URL} download>
            <DownloadOutlined /> {t('cadreExcel.template')}
          </Typography.Link>
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            fileList={files}
            disabled={upload.isPending}
            beforeUpload={(picked) => {
              if (!picked.name.toLowerCase().endsWith('.xlsx')) {
                void message.error(t('cadreExcel.onlyXlsx'));
                return Upload.LIST_IGNORE;
              }
              return false;
            }}
            onChange={({ fileList }) => {
              setFiles(fileList.slice(-1));
              upload.reset();
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('cadreExcel.pick')}</p>
            <p className="ant-upload-hint">{t('cadreExcel.pickHint')}</p>
          </Upload.Dragger>
          <Button type="primary" block={isMobile} disabled={!file} loading={upload.isPending} onClick={start}>
            {t('cadreExcel.start')}
          </Button>
          {upload.isPending && <ImportProgress percent={percent} />}
          {upload.isError && <ImportRefused error={upload.error} />}
        </Space>
      </Card>
    </>
  );
}
