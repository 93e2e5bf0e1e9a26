import { PlusOutlined } from '@ant-design/icons';
import type { TVisitCreate } from '@zhucun/core';
import { App, Button, Card, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useHouseholds } from '../../api/households.ts';
import { useCreateVisit, useVisitSummary, useVisits } from '../../api/visits.ts';
import { LoadError } from '../../components/load-error.tsx';
import { VisitFormDrawer } from '../../components/visit-form-drawer.tsx';
import { VisitList } from '../../components/visit-list.tsx';
import { VisitMonthMeter } from '../../components/visit-month-meter.tsx';
import { splitFieldErrors } from '../../lib/form-errors.ts';

const VISIT_FIELDS = [
  'visitedAt',
  'householdIds',
  'newHouseholds',
  'attendees',
  'heard',
  'requests',
  'nightInVillage',
];
type TPerson = { id: number; villageCode: string };

type TProps = {
  person: TPerson;
  date: string;
  today: string;
  /** The writable days that already have a record (what 当晚在村 changes on each). */
  recordedDates: readonly string[];
};

/** "夜访 / 走访" on Today: the selected day's visits and 记录走访 (the visit is part of the day's log). */
export function TodayVisits({ person, date, today, recordedDates }: TProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const visits = useVisits({ from: date, to: date, personId: person.id });
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const households = useHouseholds(person.villageCode, q, open);
  const userId = useSession().data?.user.id ?? 0;
  const create = useCreateVisit(userId, (id) => households.data?.items.find((h) => h.id === id)?.headName);
  const [banner, setBanner] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ name: (string | number)[]; errors: string[] }[]>([]);
  const defaultAt = date === today ? dayjs().format('YYYY-MM-DDTHH:mm') : `${date}T20:00`;
  const close = () => {
    setOpen(false);
    setBanner(null);
    setFieldErrors([]);
    setQ('');
  };
  const submit = (body: TVisitCreate) => {
    setBanner(null);
    create.mutate(body, {
      onSuccess: () => {
        close();
        void message.success(t('visits.saved'));
      },
      // no signal: kept on the phone (the banner lists it) and sent once later
      onQueued: () => {
        close();
        void message.info(t('outbox.queued'));
      },
      onError: (error) => {
        if (!(error instanceof ApiError) || error.details.length === 0) return setBanner(errorMessage(error));
        const split = splitFieldErrors(error.details, VISIT_FIELDS);
        setFieldErrors(split.fields);
        setBanner(split.rest.length ? split.rest.join('；') : error.message);
      },
    });
  };
  // the village's list, unfiltered, came back empty: the picker says how to add one
  const noHouseholds = !q && !households.isPlaceholderData && households.data?.total === 0;
  const options = (households.data?.items ?? []).map((h) => ({
    value: h.id,
    label: h.address ? `${h.headName}（${h.address}）` : h.headName,
  }));

  return (
    <Card
      size="small"
      title={t('visits.section')}
      style={{ marginTop: 16 }}
      extra={
        <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('visits.record')}
        </Button>
      }
    >
      {visits.isError ? (
        <LoadError error={visits.error} onRetry={() => void visits.refetch()} />
      ) : visits.data ? (
        <VisitList visits={visits.data.items} />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} />
      )}
      <VisitFormDrawer
        open={open}
        defaultAt={defaultAt}
        householdOptions={options}
        searching={households.isFetching}
        onSearch={setQ}
        pending={create.isPending}
        banner={banner}
        fieldErrors={fieldErrors}
        noHouseholds={noHouseholds}
        recordedDates={recordedDates}
        onSubmit={submit}
        onClose={close}
      />
    </Card>
  );
}

/** The cadre's own night visits this month against the county's target (none for 村“两委”), for the 我的本周 card. */
export function MyNightVisits({ personId, month }: { personId: number; month: string }) {
  const summary = useVisitSummary({ month });
  if (!summary.data) return null;
  const mine = summary.data.items.find((i) => i.personId === personId);
  // a village committee member's night visits are counted without a target
  return (
    <VisitMonthMeter
      nights={mine?.nightVisits ?? 0}
      target={mine?.stationed === false ? null : summary.data.target}
    />
  );
}
