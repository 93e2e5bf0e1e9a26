import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { HOME_LIMITS, HOME_ROOMS } from '@zhucun/core';
import { Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** The standard rooms as a form list `rooms`: a name and beds each, one to four rows (two make the standard). */
export function HomeRoomFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="rooms">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <fieldset
              key={field.key}
              aria-label={t('homes.form.room', { n: index + 1 })}
              style={{ display: 'flex', gap: 8, alignItems: 'start', border: 0, padding: 0, margin: 0 }}
            >
              <Form.Item name={[field.name, 'id']} hidden>
                <InputNumber />
              </Form.Item>
              <Form.Item
                name={[field.name, 'label']}
                label={index === 0 ? t('homes.form.roomLabel') : undefined}
                rules={[{ required: true, whitespace: true, message: t('homes.form.roomLabelRequired') }]}
                style={{ flex: '1 1 auto', marginBottom: 12 }}
              >
                <Input
                  maxLength={HOME_LIMITS.roomLabel}
                  aria-label={`${t('homes.form.roomLabel')} ${index + 1}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'beds']}
                label={index === 0 ? t('homes.form.roomBeds') : undefined}
                rules={[{ required: true, message: t('homes.form.roomBeds') }]}
                style={{ width: 96, marginBottom: 12 }}
              >
                <InputNumber
                  min={0}
                  max={HOME_LIMITS.beds}
                  precision={0}
                  style={{ width: '100%' }}
                  aria-label={`${t('homes.form.roomBeds')} ${index + 1}`}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={`${t('homes.form.removeRoom')} ${index + 1}`}
                title={t('homes.form.removeRoom')}
                disabled={fields.length <= 1}
                onClick={() => remove(field.name)}
                style={{ marginTop: index === 0 ? 30 : 0 }}
              />
            </fieldset>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= HOME_ROOMS.max}
            onClick={() => add({ label: t('homes.form.roomName', { n: fields.length + 1 }), beds: 1 })}
            style={{ marginBottom: 16 }}
          >
            {t('homes.form.addRoom')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
