import { DatePicker, Form, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

type Props = Omit<FormItemProps, 'children' | 'getValueProps' | 'normalize'> & { placeholder?: string };

/** A date form item whose value is the API's `YYYY-MM-DD` string (or null), not a dayjs object. */
export function DateField({ placeholder, ...item }: Props) {
  return (
    <Form.Item
      {...item}
      getValueProps={(value: string | null | undefined) => ({ value: value ? dayjs(value) : null })}
      normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
    >
      <DatePicker style={{ width: '100%' }} placeholder={placeholder} />
    </Form.Item>
  );
}
