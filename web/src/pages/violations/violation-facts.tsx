import type { TViolationDetail } from '@zhucun/core';
import { Descriptions, Image, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { violationEvidenceUrl } from '../../api/violations.ts';
import { ViolationPoints, ViolationStateTag } from './violation-parts.tsx';

/**
 * A record's facts: whom, which item, when, what happened, the evidence, the cadre's words and the periods.
 * On the cadre's own card (`own`) the person and the item (the card's title) are left out.
 */
export function ViolationFacts({ v, own = false }: { v: TViolationDetail; own?: boolean }) {
  const { t } = useTranslation();
  const d = 'violations.detail';
  return (
    <Descriptions
      column={1}
      size="small"
      styles={{ label: { width: own ? 80 : 110 } }}
      items={[
        ...(own
          ? []
          : [
              {
                key: 'person',
                label: t('violations.columns.person'),
                children: `${v.personName}（${v.townshipName} ${v.villageName}）`,
              },
              { key: 'item', label: t('violations.columns.item'), children: v.itemText },
            ]),
        { key: 'date', label: t('violations.columns.occurredOn'), children: v.occurredOn },
        {
          key: 'state',
          label: t('violations.columns.state'),
          children: (
            <Space wrap size={4}>
              <ViolationStateTag state={v.state} />
              <ViolationPoints v={v} />
            </Space>
          ),
        },
        {
          key: 'periods',
          label: t(`${d}.periods`),
          children: (
            <Space direction="vertical" size={0}>
              <span>{t(`${d}.answerDue`, { date: v.answerDue })}</span>
              {v.appealDue && <span>{t(`${d}.appealDue`, { date: v.appealDue })}</span>}
            </Space>
          ),
        },
        {
          key: 'circumstances',
          label: t(`${d}.circumstances`),
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {v.description}
            </Typography.Paragraph>
          ),
        },
        ...(v.photoIds.length
          ? [
              {
                key: 'evidence',
                label: t(`${d}.evidence`),
                children: (
                  <Image.PreviewGroup>
                    <Space wrap>
                      {v.photoIds.map((id) => (
                        <Image key={id} src={violationEvidenceUrl(id)} width={120} alt={t(`${d}.evidence`)} />
                      ))}
                    </Space>
                  </Image.PreviewGroup>
                ),
              },
            ]
          : []),
        {
          key: 'answer',
          label: t(`${d}.answer`),
          children: v.answer ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {v.answer}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t(`${d}.noAnswer`)}</Typography.Text>
          ),
        },
        ...(v.appeal
          ? [
              {
                key: 'appeal',
                label: t(`${d}.appeal`),
                children: (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {v.appeal}
                  </Typography.Paragraph>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
