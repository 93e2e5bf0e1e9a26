import type { TDayView } from '@zhucun/core';
import { Descriptions, Empty, Image, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DayFlagTags, DayNightTags, FourRoleTags } from './duty-review-tags.tsx';

/** A day's full log entry and its comments, read-only. */
export function DutyReviewEntry({ day }: { day: TDayView }) {
  const { t } = useTranslation();
  const text = (value: string) =>
    value ? (
      <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'village', label: t('dutyReview.village'), children: day.villageName },
          {
            key: 'place',
            label: t('dutyReview.logs.dayNight'),
            children: (
              <>
                <DayNightTags day={day.day} night={day.night} /> <DayFlagTags day={day} />
              </>
            ),
          },
          { key: 'work', label: t('dutyReview.logs.work'), children: text(day.work) },
          { key: 'activities', label: t('dutyReview.entry.activities'), children: text(day.activities) },
          { key: 'rolePlayed', label: t('dutyReview.entry.rolePlayed'), children: text(day.rolePlayed) },
          {
            key: 'roles',
            label: t('dutyReview.logs.roles'),
            children: day.roles.length ? <FourRoleTags roles={day.roles} /> : text(''),
          },
        ]}
      />
      {day.photoIds.length > 0 && (
        <Image.PreviewGroup>
          <div
            style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}
            title={t('dutyReview.entry.photos', { count: day.photoIds.length })}
          >
            {day.photoIds.map((id) => (
              <Image
                key={id}
                src={`/api/duty/photos/${id}`}
                width={88}
                height={88}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                alt=""
              />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 8 }}>
        {t('dutyReview.entry.version', {
          version: day.version,
          at: dayjs(day.updatedAt).format('YYYY-MM-DD HH:mm'),
        })}
      </Typography.Text>
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('dutyReview.entry.comments')}
      </Typography.Title>
      {day.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dutyReview.entry.noComments')} />
      ) : (
        <ul aria-label={t('dutyReview.entry.comments')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {day.comments.map((c) => (
            <li key={c.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong>{c.author}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>{' '}
              {c.returned && <Tag color="volcano">{t('dutyReview.entry.returnedTag')}</Tag>}
              <div style={{ whiteSpace: 'pre-wrap' }}>{c.text}</div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
