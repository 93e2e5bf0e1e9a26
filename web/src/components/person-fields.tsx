import {
  EDUCATION_LEVELS,
  GENDERS,
  ID_NUMBER_PATTERN,
  PERSONNEL_STATUSES,
  PHONE_PATTERN,
  POLITICAL_STATUSES,
} from '@zhucun/core';
import { Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field.tsx';

type Props = {
  /** Form path the fields sit under (`person` on the registration page), none in the edit dialog. */
  prefix?: string;
  /** Editing: the stored ID number and phone are only known masked; empty keeps them. */
  masked?: { idNumber: string; phone: string };
  /** Called with a changed ID number, so the form can fill in birth date and sex. */
  onIdNumberChange?: (value: string) => void;
};

/** A person's facts (GB 11643 ID number, 11-digit phone …) as form fields, two columns on wide screens. */
export function PersonFields({ prefix, masked, onIdNumberChange }: Props) {
  const { t } = useTranslation();
  const name = (field: string) => (prefix ? [prefix, field] : [field]);
  const required = (field: string) => [{ required: true, message: t('cadre.required', { field }) }];
  const picked = (field: string) => [{ required: true, message: t('cadre.pick', { field }) }];
  const half = { xs: 24, md: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item
          name={name('name')}
          label={t('registry.name')}
          rules={[{ required: true, whitespace: true, min: 2, max: 30, message: t('cadre.nameRule') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('idNumber')}
          label={t('cadre.idNumber')}
          extra={masked ? t('users.phoneKeep', { phone: masked.idNumber }) : t('cadre.idNumberAutofill')}
          normalize={(v?: string) => v?.toUpperCase().replace(/\s/g, '')}
          rules={[{ required: !masked, pattern: ID_NUMBER_PATTERN, message: t('cadre.idNumberRule') }]}
        >
          <Input
            autoComplete="off"
            maxLength={18}
            placeholder={masked?.idNumber}
            onChange={(e) => onIdNumberChange?.(e.target.value)}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('phone')}
          label={t('cadre.phone')}
          extra={masked ? t('users.phoneKeep', { phone: masked.phone }) : undefined}
          rules={[{ required: !masked, pattern: PHONE_PATTERN, message: t('cadre.phoneRule') }]}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="off" placeholder={masked?.phone} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name={name('gender')} label={t('cadre.gender')} rules={picked(t('cadre.gender'))}>
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: t(`registry.genders.${g}`) }))} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <DateField
          name={name('birthDate')}
          label={t('cadre.birthDate')}
          rules={picked(t('cadre.birthDate'))}
        />
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('ethnicity')}
          label={t('cadre.ethnicity')}
          rules={required(t('cadre.ethnicity'))}
        >
          <Input autoComplete="off" maxLength={20} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('politicalStatus')}
          label={t('cadre.politicalStatus')}
          rules={picked(t('cadre.politicalStatus'))}
        >
          <Select
            options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`registry.political.${s}`) }))}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <DateField name={name('partyJoinDate')} label={t('cadre.partyJoinDate')} />
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('educationLevel')}
          label={t('cadre.educationLevel')}
          rules={picked(t('cadre.educationLevel'))}
        >
          <Select
            options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`registry.education.${e}`) }))}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('fullTimeEducation')}
          label={t('cadre.fullTimeEducation')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name={name('school')} label={t('cadre.school')}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name={name('major')} label={t('cadre.major')}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name={name('personnelStatus')}
          label={t('cadre.personnelStatus')}
          rules={picked(t('cadre.personnelStatus'))}
        >
          <Select
            options={PERSONNEL_STATUSES.map((s) => ({ value: s, label: t(`registry.personnel.${s}`) }))}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <DateField name={name('workStartDate')} label={t('cadre.workStartDate')} />
      </Col>
      <Col {...half}>
        <Form.Item name={name('homeUnit')} label={t('cadre.homeUnit')}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name={name('homePost')} label={t('cadre.homePost')}>
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
      </Col>
    </Row>
  );
}
