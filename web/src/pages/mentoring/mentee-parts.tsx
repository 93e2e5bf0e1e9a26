import { TALK_LIMITS, type TDayView, type TMenteeDetail, type TTalkRequest } from '@zhucun/core';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Image, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMentorComment, useRecordTalk } from '../../api/mentoring.ts';
import { DateField } from '../../components/date-field.tsx';
import { DayFlagTags, DayNightTags, FourRoleTags } from '../../components/duty-review-tags.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

/** The profile basics a mentor reads (never an ID number or a phone). */
export function MenteeBasics({ mentee }: { mentee: TMenteeDetail }) {
  const { t } = useTranslation();
  const p = mentee.posting;
  return (
    <Card title={t('mentoring.menteePage.basics')} size="small" style={{ marginBottom: 12 }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'gender',
            label: t('mentoring.menteePage.gender'),
            children: `${t(`registry.genders.${mentee.gender}`)} · ${t('mentoring.menteePage.ageValue', { age: mentee.age })}`,
          },
          {
            key: 'education',
            label: t('mentoring.menteePage.education'),
            children: `${t(`registry.education.${mentee.educationLevel}`)}（${mentee.fullTimeEducation ? t('mentoring.menteePage.fullTime') : t('mentoring.menteePage.partTime')}）`,
          },
          {
            key: 'school',
            label: t('mentoring.menteePage.school'),
            children: [mentee.school, mentee.major].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'posting',
            label: t('mentoring.menteePage.posting'),
            children: p
              ? `${p.villageName} · ${p.townshipName} · ${t(`registry.categories.${p.category}`)} · ${p.postTitle}`
              : '—',
          },
          {
            key: 'mentors',
            label: t('mentoring.menteePage.mentors'),
            children: mentee.mentors
              .map((m) =>
                t('mentoring.mentorOf', { level: t(`mentoring.levels.${m.level}`), name: m.mentorName }),
              )
              .join('；'),
          },
        ]}
      />
    </Card>
  );
}

type TTalkValues = { date: string; topic: string; notes?: string };

/** 记录谈心谈话: date, topic, notes; short, for a phone. */
export function TalkForm({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TTalkValues>();
  const record = useRecordTalk(personId);
  const [banner, setBanner] = useState<string | null>(null);
  const submit = (values: TTalkValues) => {
    setBanner(null);
    const body: TTalkRequest = { ...values, notes: values.notes?.trim() ?? '' };
    record.mutate(body, {
      onSuccess: () => {
        void message.success(t('mentoring.menteePage.talkSaved'));
        form.resetFields();
      },
      onError: (error) => setBanner(applyApiError(form, error, ['date', 'topic', 'notes'])),
    });
  };
  return (
    <Card title={t('mentoring.menteePage.talkTitle')} size="small" style={{ marginBottom: 12 }}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="mentoring-talk"
        layout="vertical"
        initialValues={{ date: dayjs().format('YYYY-MM-DD') }}
        onFinish={submit}
      >
        <DateField
          name="date"
          label={t('mentoring.menteePage.talkDate')}
          rules={[{ required: true, message: t('mentoring.menteePage.talkDateRule') }]}
        />
        <Form.Item
          name="topic"
          label={t('mentoring.menteePage.talkTopic')}
          rules={[
            {
              required: true,
              whitespace: true,
              max: TALK_LIMITS.topic,
              message: t('mentoring.menteePage.topicRule'),
            },
          ]}
        >
          <Input maxLength={TALK_LIMITS.topic} />
        </Form.Item>
        <Form.Item name="notes" label={t('mentoring.menteePage.talkNotes')}>
          <Input.TextArea rows={3} maxLength={TALK_LIMITS.notes} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={record.isPending}>
          {t('mentoring.menteePage.talkSave')}
        </Button>
      </Form>
    </Card>
  );
}

/** The talks of the mentor's pair, latest first. */
export function TalkList({ mentee }: { mentee: TMenteeDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('mentoring.menteePage.talks')} size="small" style={{ marginBottom: 12 }}>
      {mentee.talks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mentoring.menteePage.noTalks')} />
      ) : (
        <ul aria-label={t('mentoring.menteePage.talks')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {mentee.talks.map((talk) => (
            <li key={talk.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong>{talk.topic}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {talk.date}
              </Typography.Text>
              {talk.notes && <div style={{ whiteSpace: 'pre-wrap' }}>{talk.notes}</div>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One day of the mentee's log, read-only and compact for a phone, with the mentor's comment box. */
export function MenteeDay({ day }: { day: TDayView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const comment = useMentorComment();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const send = () =>
    comment.mutate(
      { dayId: day.id, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          setOpen(false);
          void message.success(t('mentoring.menteePage.commented'));
        },
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <li>
      <Card size="small">
        <Space wrap size={4} style={{ marginBottom: 4 }}>
          <Typography.Text strong>{day.date}</Typography.Text>
          <DayNightTags day={day.day} night={day.night} />
          <DayFlagTags day={day} />
        </Space>
        {day.work && (
          <Typography.Paragraph
            ellipsis={{ rows: 3, expandable: true }}
            style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          >
            {day.work}
          </Typography.Paragraph>
        )}
        {day.activities && (
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 2, expandable: true }}
            style={{ margin: 0 }}
          >
            {day.activities}
          </Typography.Paragraph>
        )}
        {day.roles.length > 0 && <FourRoleTags roles={day.roles} />}
        {day.photoIds.length > 0 && (
          <Image.PreviewGroup>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 }}>
              {day.photoIds.map((id) => (
                <Image
                  key={id}
                  src={`/api/mentoring/my/photos/${id}`}
                  width={64}
                  height={64}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                  alt=""
                />
              ))}
            </div>
          </Image.PreviewGroup>
        )}
        {day.comments.length > 0 && (
          <ul style={{ margin: '6px 0 0', paddingLeft: 16, fontSize: 13 }}>
            {day.comments.map((c) => (
              <li key={c.id}>
                <Typography.Text strong>{c.author}</Typography.Text>：{c.text}
              </li>
            ))}
          </ul>
        )}
        {open ? (
          <>
            <Input.TextArea
              aria-label={t('mentoring.menteePage.commentLabel', { date: day.date })}
              placeholder={t('mentoring.menteePage.commentPlaceholder')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={2}
              maxLength={500}
              style={{ marginTop: 8 }}
            />
            <Button
              style={{ marginTop: 8 }}
              disabled={!text.trim()}
              loading={comment.isPending}
              onClick={send}
            >
              {t('mentoring.menteePage.commentSend')}
            </Button>
          </>
        ) : (
          <div>
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(true)}>
              {t('mentoring.menteePage.comment')}
            </Button>
          </div>
        )}
      </Card>
    </li>
  );
}
