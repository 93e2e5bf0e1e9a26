import { PhoneOutlined } from '@ant-design/icons';
import { PHONE_PATTERN } from '@zhucun/core';
import { App, Button, Card, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { MY_PHOTO_URL, useMyCadre, useUpdateMyPhone } from '../../api/cadres.ts';
import { ApiError } from '../../api/client.ts';
import { CadreFacts, CadrePhoto } from '../../components/cadre-facts.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { PostingHistory } from '../../components/posting-history.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { MyDutyListCard } from '../duty-lists/my-duty-list-card.tsx';
import { StarHistoryCard } from '../rating-follow/star-history-card.tsx';
import { ViolationYearCard } from '../violations/violation-year-card.tsx';

/** `/me`: a cadre's own registry entry; the phone is the one thing they correct themselves. */
export function MyProfilePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mine = useMyCadre();
  const update = useUpdateMyPhone();
  const [form] = Form.useForm<{ phone: string }>();
  const [open, setOpen] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const session = useSession();
  const canReadRegistry = session.data?.user.permissions.includes('registry:read') ?? false;

  if (mine.error instanceof ApiError && mine.error.status === 404)
    return <Result status="info" title={t('me.title')} subTitle={t('me.noRecord')} />;
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <PageSpinner />;
  const c = mine.data;
  const submit = ({ phone }: { phone: string }) =>
    update.mutate(phone.trim(), {
      onSuccess: () => {
        void message.success(t('me.saved'));
        setOpen(false);
      },
      onError: (error) => setBanner(applyApiError(form, error, ['phone'])),
    });

  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3}>{c.name}</Typography.Title>
          {c.posting && (
            <Typography.Text type="secondary">
              {t(`registry.categories.${c.posting.category}`)} · {c.posting.villageName} ·{' '}
              {c.posting.townshipName}
            </Typography.Text>
          )}
        </div>
        <Button icon={<PhoneOutlined />} onClick={() => setOpen(true)}>
          {t('me.correctPhone')}
        </Button>
      </div>
      <MyDutyListCard />
      {session.data?.user.permissions.includes('duty:self') && <ViolationYearCard personId="mine" />}
      <StarHistoryCard personId="mine" />
      <Card title={t('cadre.facts')} style={{ marginBottom: 16 }}>
        <CadreFacts
          cadre={c}
          unmasked={null}
          unmaskAction={null}
          photo={
            <CadrePhoto src={c.hasPhoto ? MY_PHOTO_URL : null} alt={t('cadre.photoAlt', { name: c.name })} />
          }
        />
      </Card>
      <Card title={t('cadre.postings')}>
        <PostingHistory
          postings={c.postings}
          linkVillage={canReadRegistry}
          overdueDays={c.flags.termOverdueDays}
        />
      </Card>
      <FormModal
        open={open}
        title={t('me.correctPhone')}
        name="my-phone"
        form={form}
        pending={update.isPending}
        banner={banner}
        onFinish={submit}
        onClose={() => setOpen(false)}
        onAfterClose={() => setBanner(null)}
      >
        <Form.Item
          name="phone"
          label={t('users.phone')}
          extra={t('me.phoneHint')}
          rules={[{ required: true, pattern: PHONE_PATTERN, message: t('users.phoneRule') }]}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="tel" placeholder={c.phone} />
        </Form.Item>
      </FormModal>
    </>
  );
}
