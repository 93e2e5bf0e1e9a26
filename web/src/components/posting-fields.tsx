import { CADRE_CATEGORIES, type TDivisionNode, TEAM_CATEGORIES } from '@zhucun/core';
import { Col, Form, Input, Row, Select, Switch, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { divisionOptions } from '../lib/division-options.ts';
import type { TOption } from './cadre-filters.tsx';
import { DateField } from './date-field.tsx';

type Props = {
  /** Form path the fields sit under (`posting` on the registration page), none in the dialog. */
  prefix?: string;
  divisions: readonly TDivisionNode[];
  units: readonly TOption<number>[];
};

/** Where, as what, sent by whom, from when: a posting as form fields. */
export function PostingFields({ prefix, divisions, units }: Props) {
  const { t } = useTranslation();
  const name = (field: string) => (prefix ? [prefix, field] : [field]);
  const picked = (field: string) => [{ required: true, message: t('cadre.pick', { field }) }];
  const category = Form.useWatch(name('category'));
  const half = { xs: 24, md: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item
          name={name('villageCode')}
          label={t('cadre.villageLabel')}
          rules={picked(t('cadre.villageLabel'))}
        >
          <TreeSelect
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeData={divisionOptions(divisions, 'village')}
            placeholder={t('users.divisionPick', { level: t('levels.village') })}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('category')}
          label={t('registry.category')}
          rules={picked(t('registry.category'))}
        >
          <Select
            options={CADRE_CATEGORIES.map((c) => ({ value: c, label: t(`registry.categories.${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('postTitle')}
          label={t('cadre.postTitle')}
          rules={[
            {
              required: true,
              whitespace: true,
              max: 50,
              message: t('cadre.required', { field: t('cadre.postTitle') }),
            },
          ]}
        >
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name={name('unitId')} label={t('cadre.unit')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('cadre.noUnit')}
            options={[...units]}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <DateField
          name={name('startDate')}
          label={t('cadre.startDate')}
          rules={picked(t('cadre.startDate'))}
        />
      </Col>
      <Col {...half}>
        <DateField name={name('plannedEndDate')} label={t('cadre.plannedEndDate')} />
      </Col>
      {TEAM_CATEGORIES.includes(category) && (
        <Col {...half}>
          <Form.Item name={name('isTeamLeader')} label={t('cadre.isTeamLeader')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
