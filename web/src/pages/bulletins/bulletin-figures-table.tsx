import {
  BULLETIN_FIGURE_KEYS,
  BULLETIN_FIGURE_RULES,
  figureLinkOf,
  placeholderOf,
  type TBulletinFigureKey,
  type TBulletinFigures,
} from '@zhucun/core';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/index.ts';

/** Every figure a bulletin may insert: its value, placeholder, source, rule, date and the list behind it. */
export function BulletinFiguresTable({ figures }: { figures: TBulletinFigures }) {
  const { t } = useTranslation();
  const at = currentLanguage() === 'en-US' ? 1 : 0;
  const columns = [
    { title: '', key: 'label', render: (k: TBulletinFigureKey) => t(`bulletins.figures.${k}`) },
    {
      title: t('bulletins.figureValue'),
      key: 'value',
      width: 70,
      render: (k: TBulletinFigureKey) => (
        <Link to={figureLinkOf(k, figures.asOf)} title={t('bulletins.records')}>
          {figures.values[k]}
        </Link>
      ),
    },
    {
      title: t('bulletins.placeholder'),
      key: 'placeholder',
      render: (k: TBulletinFigureKey) => <code>{placeholderOf(k)}</code>,
    },
    {
      title: t('bulletins.source'),
      key: 'source',
      render: (k: TBulletinFigureKey) => {
        const r = BULLETIN_FIGURE_RULES[k];
        return (
          <span title={r.rule[at]}>
            {t(`bulletins.sources.${r.source}`)}
            <Typography.Text type="secondary">
              {' · '}
              {r.asOf === 'now'
                ? t('bulletins.nowShort', { date: figures.readOn })
                : t('bulletins.asOfDate', { date: figures.asOf })}
            </Typography.Text>
          </span>
        );
      },
    },
  ];
  return (
    <Table<TBulletinFigureKey>
      size="small"
      rowKey={(k) => k}
      dataSource={[...BULLETIN_FIGURE_KEYS]}
      columns={columns}
      pagination={false}
    />
  );
}
