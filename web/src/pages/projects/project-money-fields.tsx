import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PROJECT_FUNDING_SOURCES, PROJECT_LIMITS } from '@zhucun/core';
import { Button, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { fenOf } from '../../lib/project-form.ts';

/** The budget and its funding by source, typed in yuan (sent in fen), the beneficiaries and the summary. */
export function ProjectMoneyFields() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const required = (message: string) => [{ required: true, message }];
  const yuanRule = {
    validator: async (_r: unknown, value: string | undefined) => {
      if (fenOf(value) === null) throw new Error(t('projects.form.amountRule'));
    },
  };
  return (
    <>
      <Form.Item name="budgetYuan" label={t('projects.form.budget')} rules={[yuanRule]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Typography.Text strong>{t('projects.form.funding')}</Typography.Text>
      <Form.List name="funding">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'source']}
                  rules={required(t('projects.form.sourceRule'))}
                  style={{ width: isMobile ? 140 : 220 }}
                >
                  <Select
                    aria-label={t('projects.form.source')}
                    placeholder={t('projects.form.source')}
                    options={PROJECT_FUNDING_SOURCES.map((s) => ({
                      value: s,
                      label: t(`projects.fundingSources.${s}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amountYuan']}
                  rules={[yuanRule, { required: true, message: t('projects.form.amountRule') }]}
                  style={{ width: isMobile ? 110 : 180 }}
                >
                  <Input
                    inputMode="decimal"
                    aria-label={t('projects.form.amount')}
                    placeholder={t('projects.form.amount')}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('projects.form.removeFunding')}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ amountYuan: '' })}
              style={{ marginBottom: 16 }}
            >
              {t('projects.form.addFunding')}
            </Button>
          </div>
        )}
      </Form.List>
      <Row gutter={8}>
        <Col span={12}>
          <Form.Item name="beneficiaryHouseholds" label={t('projects.form.beneficiaryHouseholds')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="beneficiaryPeople" label={t('projects.form.beneficiaryPeople')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('projects.form.summary')} style={{ marginBottom: 0 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={PROJECT_LIMITS.summary} />
      </Form.Item>
    </>
  );
}
