import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Result, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import {
  cadrePhotoUrl,
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  type TUnmasked,
  useCadre,
  useRemoveCadrePhoto,
  useSetCadrePhoto,
} from '../../api/cadres.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useUnits } from '../../api/registry.ts';
import { CadreFacts, CadrePhoto } from '../../components/cadre-facts.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { OneTimePasswordModal } from '../../components/one-time-password-modal.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { PostingHistory } from '../../components/posting-history.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { CadreMentorsCard } from '../mentoring/cadre-mentors-card.tsx';
import { StarHistoryCard } from '../rating-follow/star-history-card.tsx';
import { ViolationYearCard } from '../violations/violation-year-card.tsx';
import type { TCreatedState } from './cadre-create-page.tsx';
import { CadreEditModal } from './cadre-edit-modal.tsx';
import { CadreFlagsNotes } from './cadre-flags-notes.tsx';
import { PostingAddModal, PostingEndModal } from './posting-modals.tsx';
import { UnmaskModal } from './unmask-modal.tsx';

type TDialog = 'edit' | 'unmask' | 'add' | null;

/** 上传/更换/删除照片: the file goes up as it is; the server checks it and keeps a clean JPEG. */
function PhotoActions({
  cadreId,
  hasPhoto,
  onChanged,
}: {
  cadreId: number;
  hasPhoto: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setPhoto = useSetCadrePhoto();
  const removePhoto = useRemoveCadrePhoto();
  const done = (text: string) => {
    onChanged();
    void message.success(text);
  };
  return (
    <Space orientation="vertical" size={4}>
      <Upload
        accept={PHOTO_TYPES.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          if (file.size <= MAX_PHOTO_BYTES) return true;
          void message.error(t('cadre.photoTooLarge'));
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onSuccess, onError }) =>
          setPhoto.mutate(
            { id: cadreId, file: file as Blob },
            {
              onSuccess: (result) => {
                onSuccess?.(result);
                done(t('cadre.photoUploaded'));
              },
              onError: (error) => {
                onError?.(error);
                void message.error(errorMessage(error));
              },
            },
          )
        }
      >
        <Button
          size="small"
          icon={<UploadOutlined />}
          loading={setPhoto.isPending}
          title={t('cadre.photoHint')}
        >
          {hasPhoto ? t('cadre.photoReplace') : t('cadre.photoUpload')}
        </Button>
      </Upload>
      {hasPhoto && (
        <Popconfirm
          title={t('cadre.photoRemoveConfirm')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            removePhoto.mutateAsync(cadreId).then(
              () => done(t('cadre.photoRemoved')),
              (error: unknown) => void message.error(errorMessage(error)),
            )
          }
        >
          <Button size="small" danger icon={<DeleteOutlined />} loading={removePhoto.isPending}>
            {t('cadre.photoRemove')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** `/cadres/:id`: a cadre's facts, flags and posting history, with the registry's write actions. */
export function CadreProfilePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const location = useLocation();
  const id = Number(useParams().id);
  const permissions = useSession().data?.user.permissions ?? [];
  const canWrite = permissions.includes('registry:write');
  // correcting a person's facts and photo (a dispatching unit too, when the county allows it)
  const canAmend = permissions.includes('registry:amend');
  const cadre = useCadre(id);
  const tree = useDivisionTree(canWrite);
  const units = useUnits(canWrite);
  const [dialog, setDialog] = useState<TDialog>(null);
  const [ending, setEnding] = useState<number | null>(null);
  const [photoVersion, setPhotoVersion] = useState(0);
  const [shown, setShown] = useState<{ id: number; values: TUnmasked } | null>(null);
  const unmasked = shown?.id === id ? shown.values : null;
  // a new account's one-time password arrives once, in the navigation state; it is dropped at once
  const [account, setAccount] = useState(() => (location.state as TCreatedState | null)?.account ?? null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  if (!Number.isInteger(id) || (cadre.error instanceof ApiError && cadre.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('cadre.notFound')}
        subTitle={t('cadre.notFoundDetail')}
        extra={
          <Button type="primary" onClick={() => void navigate('/cadres')}>
            {t('cadre.back')}
          </Button>
        }
      />
    );
  }
  if (cadre.isError) return <LoadError error={cadre.error} onRetry={() => void cadre.refetch()} />;
  if (!cadre.data) return <PageSpinner />;
  const c = cadre.data;
  const active = c.postings.find((p) => p.actualEndDate === null) ?? null;
  const section = { styles: { body: { padding: isMobile ? 12 : 24 } }, style: { marginBottom: 16 } };

  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Link to="/cadres">{t('cadre.back')}</Link>
          <Typography.Title level={3}>{c.name}</Typography.Title>
          {c.posting && (
            <Typography.Text type="secondary">
              {t(`registry.categories.${c.posting.category}`)} · {c.posting.villageName} ·{' '}
              {c.posting.townshipName}
            </Typography.Text>
          )}
        </div>
        {(canAmend || canWrite) && (
          <Space wrap>
            {canAmend && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('cadre.edit')}
              </Button>
            )}
            {canWrite && !active && (
              <Button icon={<PlusOutlined />} onClick={() => setDialog('add')}>
                {t('cadre.addPosting')}
              </Button>
            )}
          </Space>
        )}
      </div>
      <CadreFlagsNotes flags={c.flags} />
      {permissions.includes('violations:read') && <ViolationYearCard personId={c.id} />}
      {permissions.includes('rating:read') && <StarHistoryCard personId={c.id} />}
      {unmasked && <Alert type="info" showIcon title={t('cadre.unmaskHint')} style={{ marginBottom: 16 }} />}
      <Card title={t('cadre.facts')} {...section}>
        <CadreFacts
          cadre={c}
          unmasked={unmasked}
          photo={
            <CadrePhoto
              src={c.hasPhoto ? cadrePhotoUrl(c.id, photoVersion) : null}
              alt={t('cadre.photoAlt', { name: c.name })}
              actions={
                canAmend && (
                  <PhotoActions
                    cadreId={c.id}
                    hasPhoto={c.hasPhoto}
                    onChanged={() => setPhotoVersion(Date.now())}
                  />
                )
              }
            />
          }
          unmaskAction={
            permissions.includes('pii:unmask') && (
              <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setDialog('unmask')}>
                {t('cadre.unmask')}
              </Button>
            )
          }
        />
      </Card>
      <Card title={t('cadre.postings')} {...section}>
        <PostingHistory
          postings={c.postings}
          overdueDays={c.flags.termOverdueDays}
          activeActions={
            canWrite && active ? (
              <Button size="small" danger onClick={() => setEnding(active.id)}>
                {t('cadre.endPosting')}
              </Button>
            ) : undefined
          }
        />
      </Card>
      <CadreMentorsCard personId={c.id} />
      <CadreEditModal cadre={c} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <UnmaskModal
        cadreId={c.id}
        open={dialog === 'unmask'}
        onClose={() => setDialog(null)}
        onUnmasked={(values) => {
          setShown({ id: c.id, values });
          setDialog(null);
        }}
      />
      <PostingEndModal postingId={ending} onClose={() => setEnding(null)} />
      {canWrite && (
        <PostingAddModal
          cadreId={c.id}
          open={dialog === 'add'}
          divisions={tree.data?.roots ?? []}
          units={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onClose={() => setDialog(null)}
        />
      )}
      <OneTimePasswordModal
        credentials={account ? { username: account.username, password: account.oneTimePassword } : null}
        onClose={() => setAccount(null)}
      />
    </>
  );
}
