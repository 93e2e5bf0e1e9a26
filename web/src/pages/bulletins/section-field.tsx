import {
  BULLETIN_FIGURE_KEYS,
  placeholderOf,
  type TBulletinFigureKey,
  type TBulletinSection,
} from '@zhucun/core';
import { Form, type FormInstance, Input, Select } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** One section's text, with a picker that inserts a figure's placeholder at the cursor. */
export function SectionField<T>({
  section,
  form,
  disabled,
  onChanged,
}: {
  section: TBulletinSection;
  form: FormInstance<T>;
  disabled: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<TextAreaRef>(null);
  const name = ['sections', section];
  const insert = (key: TBulletinFigureKey) => {
    const text: string = form.getFieldValue(name as never) ?? '';
    const el = ref.current?.resizableTextArea?.textArea;
    const from = el ? el.selectionStart : text.length;
    const to = el ? el.selectionEnd : text.length;
    form.setFieldValue(
      name as never,
      `${text.slice(0, from)}${placeholderOf(key)}${text.slice(to)}` as never,
    );
    onChanged();
  };
  const label = t(`bulletins.sections.${section}`);
  return (
    <Form.Item
      label={
        <span style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
          {label}
          {!disabled && (
            <Select<TBulletinFigureKey>
              size="small"
              value={null}
              placeholder={t('bulletins.insert')}
              aria-label={`${label} ${t('bulletins.insert')}`}
              title={t('bulletins.insertHint')}
              popupMatchSelectWidth={false}
              style={{ width: 140 }}
              options={BULLETIN_FIGURE_KEYS.map((k) => ({ value: k, label: t(`bulletins.figures.${k}`) }))}
              onChange={insert}
            />
          )}
        </span>
      }
    >
      <Form.Item name={name} noStyle>
        <Input.TextArea
          ref={ref}
          aria-label={label}
          autoSize={{ minRows: 3, maxRows: 12 }}
          disabled={disabled}
        />
      </Form.Item>
    </Form.Item>
  );
}
