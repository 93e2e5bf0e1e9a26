import { PROJECT_LIMITS } from '@zhucun/core';
import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field.tsx';

/** 定目标、定时限: what, how many, by when, and the planned period (an end never before the start). */
export function ProjectTargetFields() {
  const { t } = useTranslation();
  const required = (message: string) => [{ required: true, message }];
  const afterStart = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: async (_r: unknown, value: string | null) => {
      const start = getFieldValue('startDate') as string | null;
      if (value && start && value < start) throw new Error(t('projects.form.endBeforeStart'));
    },
  });
  return (
    <>
      <Form.Item
        name="targetWhat"
        label={t('projects.form.targetWhat')}
        rules={[{ required: true, whitespace: true, message: t('projects.form.targetWhatRule') }]}
      >
        <Input maxLength={PROJECT_LIMITS.targetWhat} placeholder={t('projects.form.targetWhatPlaceholder')} />
      </Form.Item>
      <Row gutter={8}>
        <Col span={12}>
          <Form.Item name="targetQuantity" label={t('projects.form.targetQuantity')}>
            <InputNumber min={0} style={{ width: '100%' }} inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="targetUnit" label={t('projects.form.targetUnit')}>
            <Input
              maxLength={PROJECT_LIMITS.targetUnit}
              placeholder={t('projects.form.targetUnitPlaceholder')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={8}>
        <Col span={12}>
          <DateField
            name="startDate"
            label={t('projects.form.startDate')}
            rules={required(t('projects.form.dateRule'))}
          />
        </Col>
        <Col span={12}>
          <DateField
            name="plannedEndDate"
            label={t('projects.form.plannedEndDate')}
            dependencies={['startDate']}
            rules={[...required(t('projects.form.dateRule')), afterStart]}
          />
        </Col>
      </Row>
      <DateField
        name="targetDate"
        label={t('projects.form.targetDate')}
        dependencies={['startDate']}
        rules={[...required(t('projects.form.dateRule')), afterStart]}
      />
    </>
  );
}
