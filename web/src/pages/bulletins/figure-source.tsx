import {
  BULLETIN_FIGURE_RULES,
  figureLinkOf,
  type TBulletinFigureKey,
  type TBulletinFigures,
} from '@zhucun/core';
import { Popover, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/index.ts';

/** Where a figure comes from: its source, its rule, the date it holds for, and the list behind it. */
export function FigureSource({
  figureKey,
  figures,
}: {
  figureKey: TBulletinFigureKey;
  figures: TBulletinFigures;
}) {
  const { t } = useTranslation();
  const rule = BULLETIN_FIGURE_RULES[figureKey];
  return (
    <div style={{ maxWidth: 360 }} data-testid={`source-${figureKey}`}>
      <Typography.Text strong>{t(`bulletins.figures.${figureKey}`)}</Typography.Text>
      <div>
        {t('bulletins.source')}：{t(`bulletins.sources.${rule.source}`)}
      </div>
      <div>
        {t('bulletins.rule')}：{rule.rule[currentLanguage() === 'en-US' ? 1 : 0]}
      </div>
      <div>
        {rule.asOf === 'now'
          ? t('bulletins.asOfNow', { date: figures.readOn })
          : t('bulletins.asOfDate', { date: figures.asOf })}
      </div>
      <Link to={figureLinkOf(figureKey, figures.asOf)}>{t('bulletins.records')}</Link>
    </div>
  );
}

/** A figure in the preview: underlined, its source on hover or click. */
export function FigureMark({
  figureKey,
  figures,
  children,
}: {
  figureKey: TBulletinFigureKey;
  figures: TBulletinFigures;
  children: ReactNode;
}) {
  return (
    <Popover content={<FigureSource figureKey={figureKey} figures={figures} />} trigger={['hover', 'click']}>
      <span
        data-figure={figureKey}
        style={{ textDecoration: 'underline dotted', color: '#c00000', cursor: 'help', fontWeight: 600 }}
      >
        {children}
      </span>
    </Popover>
  );
}
