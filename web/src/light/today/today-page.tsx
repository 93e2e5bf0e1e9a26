import { checkDayEntry, type TTodayView } from '@zhucun/core';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client.ts';
import { myBookUrl, useMyPresence, useMySpotChecks, useToday } from '../../api/duty.ts';
import { useOutboxWrite } from '../../api/outbox.ts';
import { useMyPlanProjects } from '../../api/project-plans.ts';
import { useMyTasks } from '../../api/tasks.ts';
import {
  entryOf,
  listDrafts,
  newDayOf,
  pruneDrafts,
  readDraft,
  removeDraft,
  resolveDay,
  sameEntry,
  type TDayDraft,
  type TDraftEntry,
  writeDraft,
} from '../../lib/day-draft.ts';
import { splitFieldErrors } from '../../lib/form-errors.ts';
import { dayItem, queuePendingDrafts } from '../../lib/outbox/day-item.ts';
import { enqueue, flush, onOutboxSent, outboxItems } from '../../lib/outbox/outbox.ts';
import { Alert } from '../ui/alert.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { toast } from '../ui/toast.tsx';
import { DAY_FIELDS, DayForm, type TDayField } from './day-form.tsx';
import { DayPhotos } from './day-photos.tsx';
import { DayPicker, type TDayMark } from './day-picker.tsx';
import { DayStatus } from './day-status.tsx';
import { MeetingsCard } from './meetings-card.tsx';
import { MyRecords } from './my-records.tsx';
import { PresenceCard } from './presence-card.tsx';
import { ProjectTie } from './project-tie.tsx';
import { SpotCheckAnswers } from './spot-check-answers.tsx';
import { TodayTasks } from './today-tasks.tsx';
import { MyNightVisits, TodayVisits } from './today-visits.tsx';
import { TodoPanel } from './todo-panel.tsx';

type TDay = TTodayView['days'][number];
type TErrors = Partial<Record<TDayField, string>>;

/** One day's form; every change is kept as a draft on the phone until the server has it. */
function DayEditor({
  userId,
  day,
  onDraftChanged,
}: {
  userId: number;
  day: TDay;
  onDraftChanged: () => void;
}) {
  const { t } = useTranslation();
  // the save goes through the outbox: sent now when there is signal, else kept and sent later
  const save = useOutboxWrite((draft: TDayDraft) => dayItem(userId, draft, day.record?.version ?? null));
  const myProjects = useMyPlanProjects(true);
  // 任务清单: open tasks, reported in the same save (enter once)
  const myTasks = useMyTasks(true);
  const [fresh] = useState(() => newDayOf(day.rest));
  const [initial] = useState(() => resolveDay(day.record, readDraft(localStorage, userId, day.date), fresh));
  const [entry, setEntry] = useState(initial.entry);
  const [draft, setDraft] = useState(initial.restored);
  const [pending, setPending] = useState(initial.pending);
  const [errors, setErrors] = useState<TErrors>({});
  const [banner, setBanner] = useState<string | null>(null);

  const change = (next: TDraftEntry) => {
    setEntry(next);
    setErrors({});
    setBanner(null);
    const differs = !sameEntry(next, entryOf(day.record, fresh));
    if (differs) writeDraft(localStorage, userId, day.date, next);
    else removeDraft(localStorage, userId, day.date);
    setDraft(differs);
    if (!differs) setPending(false);
    onDraftChanged();
  };
  const keepForLater = () => {
    setDraft(true);
    setPending(true);
    onDraftChanged();
    toast.info(t('outbox.queued'));
  };
  const showRefusal = (error: unknown) => {
    if (!(error instanceof ApiError) || error.details.length === 0) return setBanner(errorMessage(error));
    const split = splitFieldErrors(error.details, DAY_FIELDS);
    setErrors(Object.fromEntries(split.fields.map((f) => [f.name[0], f.errors.join('；')])));
    setBanner(split.rest.length ? split.rest.join('；') : null);
  };
  const submit = () => {
    const problems = checkDayEntry({ ...entry, work: entry.work.trim() });
    if (problems.some((p) => p.key === 'work_required'))
      return setErrors({ work: t('duty.today.workRequired') });
    const queued = writeDraft(localStorage, userId, day.date, entry, { pending: true });
    save.mutate(queued, {
      onSuccess: () => {
        // the task reports went with the day; they are not sent twice
        setEntry((e) => ({ ...e, tasks: undefined, localPhotos: undefined }));
        removeDraft(localStorage, userId, day.date);
        setDraft(false);
        setPending(false);
        onDraftChanged();
        toast.success(t('duty.today.saveDone'));
      },
      onQueued: keepForLater,
      onError: (error) => {
        writeDraft(localStorage, userId, day.date, entry, { pending: false });
        setPending(false);
        showRefusal(error);
      },
    });
  };

  return (
    <>
      <DayStatus
        record={day.record}
        draft={draft}
        pending={pending}
        backfill={day.window === 'backfill'}
        date={day.date}
      />
      {banner && <Alert type="error" title={banner} />}
      <DayForm
        entry={entry}
        errors={errors}
        saving={save.isPending}
        restFirst={day.rest}
        notice={
          (entry.day === 'leave' || entry.night === 'leave') &&
          !day.leaveRequested && <LeaveRequestLink date={day.date} />
        }
        project={
          <>
            <ProjectTie
              projects={myProjects.data?.items ?? []}
              value={entry.project}
              date={day.date}
              onChange={(project) => change({ ...entry, project })}
            />
            <TodayTasks
              tasks={myTasks.data?.items ?? []}
              value={entry.tasks}
              onChange={(tasks) => change({ ...entry, tasks })}
            />
          </>
        }
        photos={
          <DayPhotos
            photoIds={entry.photoIds}
            localPhotos={entry.localPhotos ?? []}
            onChange={(photoIds, localPhotos) => change({ ...entry, photoIds, localPhotos })}
            userId={userId}
            date={day.date}
          />
        }
        onChange={change}
        onSave={submit}
      />
    </>
  );
}

/** 请假 on a day no leave request covers: one tap to file it, the date filled in. */
function LeaveRequestLink({ date }: { date: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      title={t('duty.today.leaveNoRequest')}
      action={<a href={`/leave?date=${date}`}>{t('duty.today.leaveApply')}</a>}
    />
  );
}

function markOf(userId: number, day: TDay): TDayMark {
  if (day.record?.returned) return 'returned';
  if (resolveDay(day.record, readDraft(localStorage, userId, day.date), newDayOf(day.rest)).restored)
    return 'draft';
  return day.record ? 'saved' : 'none';
}

/** `/today`: the cadre records the day (and the last three, 补记) in a few taps; the week's numbers below. */
export function TodayPage({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const today = useToday();
  const presence = useMyPresence(!!today.data?.person);
  const checks = useMySpotChecks(!!today.data?.person);
  const [selected, setSelected] = useState<string | null>(null);
  const [synced, setSynced] = useState(0);
  const [, setMarksVersion] = useState(0);
  const onDraftChanged = useCallback(() => setMarksVersion((n) => n + 1), []);
  // a day sent from the outbox later (the online event, the banner) shows as saved
  useEffect(
    () =>
      onOutboxSent((outcomes) => {
        if (outcomes.some((o) => o.item.kind === 'day' && o.result !== 'waiting')) setSynced((n) => n + 1);
      }),
    [],
  );
  // days an earlier version of the app kept only as pending drafts go into the outbox
  useEffect(() => {
    void outboxItems()
      .then((queued) => queuePendingDrafts(userId, listDrafts(localStorage, userId), queued, enqueue))
      .then((added) => (added > 0 ? flush(userId) : undefined))
      .catch(() => undefined);
  }, [userId]);
  const oldest = today.data?.days.at(-1)?.date;
  useEffect(() => {
    if (oldest) pruneDrafts(localStorage, userId, oldest);
  }, [userId, oldest]);

  if (today.isError) return <LoadError error={today.error} onRetry={() => void today.refetch()} />;
  if (!today.data) return <Loading />;
  const view = today.data;
  if (!view.person)
    return (
      <div className="zl-page">
        <h1 className="zl-title">{t('duty.today.title')}</h1>
        <Alert type="info" role="status" title={t('duty.today.noPosting')} />
      </div>
    );
  const day = view.days.find((d) => d.date === selected) ?? view.days[0];
  if (!day) return <Loading />;
  const marks = Object.fromEntries(view.days.map((d) => [d.date, markOf(userId, d)]));

  return (
    <div className="zl-page">
      <div className="zl-today-head">
        <h1 className="zl-title">
          {t('duty.today.title')}
          <span className="zl-title-date">{dayjs(view.today).format(t('duty.today.dateFormat'))}</span>
        </h1>
        <div className="zl-muted zl-ellipsis">
          {view.person.villageName} · {view.person.name}
        </div>
      </div>
      <TodoPanel />
      <SpotCheckAnswers checks={checks.data?.items ?? []} />
      <MeetingsCard />
      <DayPicker today={view.today} days={view.days} value={day.date} marks={marks} onChange={setSelected} />
      <DayEditor
        key={`${day.date}:${day.record?.version ?? 0}:${day.record?.updatedAt ?? ''}:${synced}`}
        userId={userId}
        day={day}
        onDraftChanged={onDraftChanged}
      />
      <TodayVisits
        person={view.person}
        date={day.date}
        today={view.today}
        recordedDates={view.days.filter((d) => d.record).map((d) => d.date)}
      />
      {presence.data && (
        <PresenceCard presence={presence.data}>
          <MyNightVisits personId={view.person.id} month={view.today.slice(0, 7)} />
        </PresenceCard>
      )}
      <MyRecords
        year={view.today.slice(0, 4)}
        bookUrl={myBookUrl(view.today.slice(0, 4))}
        checks={checks.data?.items ?? []}
      />
    </div>
  );
}
