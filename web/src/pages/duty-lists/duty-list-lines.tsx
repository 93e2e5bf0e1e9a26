import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { DUTY_LIST_LIMITS, type TDutyListItemKind } from '@zhucun/core';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** One line being edited; `key` keeps React's identity when lines move. */
export type TEditLine = { key: number; kind: TDutyListItemKind; wording: string };

type Props = {
  lines: TEditLine[];
  onChange: (lines: TEditLine[]) => void;
  /** The server's message for a line, by its index (`items.3.wording` → 3). */
  errors: Record<number, string>;
};

/** The lines of a draft: kind, wording, move up or down, remove. Duties are numbered as they will read. */
export function DutyListLines({ lines, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<TEditLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...lines];
    const [line] = next.splice(i, 1);
    next.splice(i + by, 0, line!);
    onChange(next);
  };
  let dutyNo = 0;
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {lines.map((line, i) => {
        const n = i + 1;
        if (line.kind === 'duty') dutyNo += 1;
        const max = line.kind === 'heading' ? DUTY_LIST_LIMITS.heading : DUTY_LIST_LIMITS.duty;
        return (
          <li key={line.key} style={{ marginBottom: 8 }}>
            <Form.Item
              style={{ marginBottom: 0 }}
              validateStatus={errors[i] ? 'error' : undefined}
              help={errors[i]}
            >
              <Space.Compact style={{ width: '100%' }}>
                <Select<TDutyListItemKind>
                  value={line.kind}
                  aria-label={`${t('dutyLists.kind')} ${n}`}
                  style={{ width: 96, flex: 'none' }}
                  options={(['duty', 'heading'] as const).map((k) => ({
                    value: k,
                    label: t(`dutyLists.kinds.${k}`),
                  }))}
                  onChange={(kind) => set(i, { kind })}
                />
                <Input
                  value={line.wording}
                  aria-label={t('dutyLists.wording', { n })}
                  prefix={line.kind === 'duty' ? `${dutyNo}.` : undefined}
                  placeholder={t(
                    line.kind === 'heading' ? 'dutyLists.headingPlaceholder' : 'dutyLists.dutyPlaceholder',
                  )}
                  maxLength={max}
                  showCount
                  style={line.kind === 'heading' ? { fontWeight: 600 } : undefined}
                  onChange={(e) => set(i, { wording: e.target.value })}
                />
                <Button
                  icon={<ArrowUpOutlined />}
                  aria-label={t('dutyLists.moveUp', { n })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                />
                <Button
                  icon={<ArrowDownOutlined />}
                  aria-label={t('dutyLists.moveDown', { n })}
                  disabled={i === lines.length - 1}
                  onClick={() => move(i, 1)}
                />
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('dutyLists.remove', { n })}
                  disabled={lines.length === 1}
                  onClick={() => onChange(lines.filter((_, j) => j !== i))}
                />
              </Space.Compact>
            </Form.Item>
          </li>
        );
      })}
    </ol>
  );
}
