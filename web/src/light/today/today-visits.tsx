import type { TVisitCreate } from '@zhucun/core';
import dayjs from 'dayjs';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useHouseholds } from '../../api/households.ts';
import { useCreateVisit, useVisitSummary, useVisits } from '../../api/visits.ts';
import { splitFieldErrors, type TNamePath } from '../../lib/form-errors.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { toast } from '../ui/toast.tsx';
import { VisitForm } from './visit-form.tsx';
import { VisitList } from './visit-list.tsx';
import { VisitMonthMeter } from './visit-month-meter.tsx';
import './visits.css';

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
  const titleId = useId();
  const visits = useVisits({ from: date, to: date, personId: person.id });
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const households = useHouseholds(person.villageCode, q, open);
  const userId = useSession().data?.user.id ?? 0;
  const create = useCreateVisit(userId, (id) => households.data?.items.find((h) => h.id === id)?.headName);
  const [banner, setBanner] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ name: TNamePath; errors: string[] }[]>([]);
  const defaultAt = date === today ? dayjs().format('YYYY-MM-DDTHH:mm') : `${date}T20:00`;
  const close = useCallback(() => {
    setOpen(false);
    setBanner(null);
    setFieldErrors([]);
    setQ('');
  }, []);
  const submit = (body: TVisitCreate) => {
    setBanner(null);
    create.mutate(body, {
      onSuccess: () => {
        close();
        toast.success(t('visits.saved'));
      },
      // no signal: kept on the phone (the banner lists it) and sent once later
      onQueued: () => {
        close();
        toast.info(t('outbox.queued'));
      },
      onError: (error) => {
        if (!(error instanceof ApiError) || error.details.length === 0) return setBanner(errorMessage(error));
        const split = splitFieldErrors(error.details, VISIT_FIELDS);
        setFieldErrors(split.fields);
        setBanner(split.rest.length ? split.rest.join('；') : error.message);
      },
    });
  };
  // the village's list, unfiltered, came back empty: the field says how to add one
  const noHouseholds = !q && !households.isPlaceholderData && households.data?.total === 0;
  // a search came back empty: the field names what was typed and how to add that household
  const noMatch = q && !households.isPlaceholderData && households.data?.total === 0 ? q : null;
  const options = (households.data?.items ?? []).map((h) => ({
    value: h.id,
    label: h.address ? `${h.headName}（${h.address}）` : h.headName,
  }));

  return (
    <>
      <section className="zl-card zl-visit-card" aria-labelledby={titleId}>
        <div className="zl-card-head">
          <h3 id={titleId}>{t('visits.section')}</h3>
          <button type="button" className="zl-btn zl-btn-primary" onClick={() => setOpen(true)}>
            <span aria-hidden="true">+</span>
            {t('visits.record')}
          </button>
        </div>
        {visits.isError ? (
          <LoadError error={visits.error} onRetry={() => void visits.refetch()} />
        ) : visits.data ? (
          <VisitList visits={visits.data.items} />
        ) : (
          <Loading />
        )}
      </section>
      {open && (
        <VisitForm
          defaultAt={defaultAt}
          householdOptions={options}
          searching={households.isFetching}
          onSearch={setQ}
          pending={create.isPending}
          banner={banner}
          fieldErrors={fieldErrors}
          noHouseholds={noHouseholds}
          noMatch={noMatch}
          recordedDates={recordedDates}
          onSubmit={submit}
          onClose={close}
        />
      )}
    </>
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
