import type { TTeamGap } from '@zhucun/core';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** 配备缺口: villages whose work team lacks a first secretary, each linking to its village page. */
export function TeamGaps({ gaps }: { gaps: readonly TTeamGap[] }) {
  const { t } = useTranslation();
  if (gaps.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('registry.gaps.title', { count: gaps.length })}
      description={
        <span>
          {gaps.map((g, i) => (
            <span key={g.code}>
              {i > 0 && '、'}
              <Link to={`/villages/${g.code}`}>{g.name}</Link>（{g.townshipName}）
            </span>
          ))}
        </span>
      }
    />
  );
}
