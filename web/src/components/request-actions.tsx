import {
  ALLOWED_FROM,
  REQUEST_ACTION_PATHS,
  type TRequestActionPath,
  type TRequestState,
} from '@zhucun/core';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const ORDER = Object.keys(REQUEST_ACTION_PATHS) as TRequestActionPath[];
const PRIMARY: readonly TRequestActionPath[] = ['accept', 'start', 'resolve', 'follow-up'];

/** The actions the state allows (core ALLOWED_FROM); whether the caller's level suffices is the server's word. */
export function allowedActions(state: TRequestState): TRequestActionPath[] {
  return ORDER.filter((path) => ALLOWED_FROM[REQUEST_ACTION_PATHS[path]].includes(state));
}

export function RequestActions({
  state,
  onAction,
}: {
  state: TRequestState;
  onAction: (path: TRequestActionPath) => void;
}) {
  const { t } = useTranslation();
  const actions = allowedActions(state);
  if (actions.length === 0)
    return <Typography.Text type="secondary">{t('requests.detail.noActions')}</Typography.Text>;
  return (
    <div className="zc-toolbar">
      {actions.map((path) => (
        <Button
          key={path}
          type={PRIMARY.includes(path) ? 'primary' : 'default'}
          danger={path === 'withdraw'}
          onClick={() => onAction(path)}
        >
          {t(`requests.actions.${path}`)}
        </Button>
      ))}
    </div>
  );
}
