import type { TCadreRef } from '@zhucun/core';
import { Alert, Button, InputNumber, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useDrawSpotCheck } from '../../api/spot-checks.ts';
import type { TOption } from '../../components/duty-review-filters.tsx';

type Props = {
  open: boolean;
  townships: readonly TOption<string>[];
  onClose: () => void;
  /** Chosen from the sample: fill the form with this cadre. */
  onPick: (cadre: TCadreRef) => void;
};

/** 随机抽取: N cadres of a township drawn by the server; pick one to record the check. */
export function SpotCheckDraw({ open, townships, onClose, onPick }: Props) {
  const { t } = useTranslation();
  const draw = useDrawSpotCheck();
  const [township, setTownship] = useState<string | undefined>(
    townships.length === 1 ? townships[0]?.value : undefined,
  );
  const [size, setSize] = useState(3);
  const chosen = township ?? (townships.length === 1 ? townships[0]?.value : undefined);
  const run = () => chosen && draw.mutate({ divisionCode: chosen, size });
  return (
    <Modal
      open={open}
      title={t('dutyReview.spotChecks.drawTitle')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        <Select<string>
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('dutyReview.township')}
          placeholder={t('dutyReview.township')}
          value={chosen}
          options={[...townships]}
          onChange={setTownship}
          style={{ width: 160 }}
        />
        <InputNumber<number>
          aria-label={t('dutyReview.spotChecks.drawSize')}
          min={1}
          max={50}
          value={size}
          onChange={(n) => setSize(n ?? 1)}
          prefix={t('dutyReview.spotChecks.drawSize')}
          style={{ width: 150 }}
        />
        <Button type="primary" disabled={!chosen} loading={draw.isPending} onClick={run}>
          {t('dutyReview.spotChecks.drawButton')}
        </Button>
      </div>
      {draw.isError && <Alert type="error" showIcon title={errorMessage(draw.error)} />}
      {draw.data && (
        <>
          <Typography.Text type="secondary">
            {t('dutyReview.spotChecks.drawResult', {
              population: draw.data.population,
              count: draw.data.items.length,
              seed: draw.data.seed,
            })}
          </Typography.Text>
          <List
            size="small"
            dataSource={draw.data.items}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Button key="pick" size="small" onClick={() => onPick(c)}>
                    {t('dutyReview.spotChecks.drawPick')}
                  </Button>,
                ]}
              >
                <span>
                  <Typography.Text strong>{c.personName}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{c.villageName}</Typography.Text>
                </span>
              </List.Item>
            )}
          />
        </>
      )}
    </Modal>
  );
}
