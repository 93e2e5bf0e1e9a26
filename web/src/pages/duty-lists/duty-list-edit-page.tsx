import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { DUTY_LIST_POSTS, type TDutyListPost, type TDutyListPostSummary } from '@zhucun/core';
import { Alert, App, Button, Card, Input, Popconfirm, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useDiscardDutyListDraft, useDutyListOverview, useSaveDutyListDraft } from '../../api/duty-lists.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { DutyListLines, type TEditLine } from './duty-list-lines.tsx';
import { DutyListPublishModal } from './duty-list-publish-modal.tsx';

let nextKey = 1;
const keyed = (items: { kind: TEditLine['kind']; wording: string }[]): TEditLine[] =>
  items.map((i) => ({ ...i, key: nextKey++ }));

/** The draft, else the latest version published (in force or scheduled), else one empty duty. */
function startingLines(post: TDutyListPostSummary) {
  const latest = post.scheduled.at(-1) ?? post.inForce;
  const from = post.draft ?? latest;
  return {
    lines: keyed(from ? from.items : [{ kind: 'duty', wording: '' }]),
    note: post.draft?.note ?? '',
    basedOn: post.draft ? null : (latest?.versionNo ?? null),
  };
}

/** The line index a server detail names (`items.3.wording` → 3), or null. */
const lineOf = (field: string) => {
  const m = /^items\.(\d+)/.exec(field);
  return m ? Number(m[1]) : null;
};

/** `/duty-lists/:category/edit`: the county edits a post's draft, saves it, publishes it from a date. */
export function DutyListEditPage() {
  const { category } = useParams();
  const post = DUTY_LIST_POSTS.find((p) => p === category);
  const overview = useDutyListOverview();
  const { t } = useTranslation();
  if (!post) return <Result status="404" title={t('dutyLists.title')} />;
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  const summary = overview.data?.posts.find((p) => p.category === post);
  if (!summary) return <PageSpinner />;
  return <Editor key={summary.draft?.id ?? 'new'} post={post} summary={summary} />;
}

function Editor({ post, summary }: { post: TDutyListPost; summary: TDutyListPostSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [start] = useState(() => startingLines(summary));
  const [lines, setLines] = useState<TEditLine[]>(start.lines);
  const [note, setNote] = useState(start.note);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const save = useSaveDutyListDraft();
  const discard = useDiscardDutyListDraft();

  const body = () => ({
    category: post,
    items: lines.map(({ kind, wording }) => ({ kind, wording })),
    note: note.trim() || null,
  });
  /** Shows each of the server's details beside its line, the rest in the banner. */
  const showError = (error: unknown) => {
    const byLine: Record<number, string> = {};
    const rest: string[] = [];
    if (error instanceof ApiError && error.details.length) {
      for (const d of error.details) {
        const i = lineOf(d.field);
        if (i === null) rest.push(d.message);
        else byLine[i] = d.message;
      }
    } else rest.push(errorMessage(error));
    setErrors(byLine);
    setBanner(rest.length ? rest.join('；') : null);
  };
  const saveDraft = async () => {
    setErrors({});
    setBanner(null);
    try {
      return await save.mutateAsync(body());
    } catch (error) {
      showError(error);
      return null;
    }
  };
  const add = (kind: TEditLine['kind']) => setLines((l) => [...l, ...keyed([{ kind, wording: '' }])]);
  const postName = t(`dutyLists.posts.${post}`);

  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Link to="/duty-lists">
            <ArrowLeftOutlined /> {t('dutyLists.back')}
          </Link>
          <Typography.Title level={3}>{t('dutyLists.editTitle', { post: postName })}</Typography.Title>
        </div>
        <Space wrap>
          {summary.draft && (
            <Popconfirm
              title={t('dutyLists.discardConfirm')}
              onConfirm={() =>
                discard.mutate(summary.draft!.id, {
                  onSuccess: () => {
                    void message.success(t('dutyLists.discarded'));
                    void navigate('/duty-lists');
                  },
                  onError: showError,
                })
              }
            >
              <Button danger>{t('dutyLists.discard')}</Button>
            </Popconfirm>
          )}
          <Button
            loading={save.isPending && !publishing}
            onClick={async () => {
              if (await saveDraft()) void message.success(t('dutyLists.saved'));
            }}
          >
            {t('dutyLists.save')}
          </Button>
          <Button type="primary" onClick={() => setPublishing(true)}>
            {t('dutyLists.publish')}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        {t('dutyLists.editIntro')}
        {start.basedOn ? ` ${t('dutyLists.basedOn', { no: start.basedOn })}` : ''}
      </Typography.Paragraph>
      {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 16 }} />}
      <Card>
        <DutyListLines lines={lines} onChange={setLines} errors={errors} />
        <Space wrap style={{ marginTop: 8, marginBottom: 16 }}>
          <Button icon={<PlusOutlined />} onClick={() => add('duty')}>
            {t('dutyLists.addDuty')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => add('heading')}>
            {t('dutyLists.addHeading')}
          </Button>
        </Space>
        <label htmlFor="duty-list-note" style={{ display: 'block' }}>
          {t('dutyLists.note')}
        </label>
        <Input
          id="duty-list-note"
          value={note}
          maxLength={200}
          placeholder={t('dutyLists.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
      </Card>
      <DutyListPublishModal
        open={publishing}
        minDate={summary.scheduled.at(-1)?.effectiveFrom ?? null}
        saveDraft={saveDraft}
        onClose={() => setPublishing(false)}
        onPublished={() => navigate('/duty-lists')}
      />
    </>
  );
}
