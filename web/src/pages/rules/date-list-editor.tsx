import { DatePicker, Tag } from 'antd';
import dayjs from 'dayjs';

/**
 * A list of dates as tags, each removable, and a picker that adds one (each date once, in order).
 * Opens on `openOn` (the year being edited); read-only when disabled.
 */
export function DateListEditor(props: {
  value?: string[];
  onChange?: (next: string[]) => void;
  addLabel: string;
  openOn: string;
  disabled?: boolean;
}) {
  const value = props.value ?? [];
  const add = (date: string) => props.onChange?.([...new Set([...value, date])].sort());
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: value.length ? 8 : 0 }}>
        {value.map((d) => (
          <Tag
            key={d}
            closable={!props.disabled}
            onClose={() => props.onChange?.(value.filter((x) => x !== d))}
          >
            {d}
          </Tag>
        ))}
      </div>
      {!props.disabled && (
        <DatePicker
          placeholder={props.addLabel}
          value={null}
          defaultPickerValue={dayjs(props.openOn)}
          onChange={(v) => v && add(dayjs(v).format('YYYY-MM-DD'))}
          aria-label={props.addLabel}
        />
      )}
    </div>
  );
}
