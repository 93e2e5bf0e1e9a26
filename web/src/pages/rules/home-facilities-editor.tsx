import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { DEFAULT_HOME_FACILITIES, HOME_LIMITS } from '@zhucun/core';
import { AutoComplete, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityLabel } from '../../lib/home-labels.ts';

type Props = { value?: string[]; onChange?: (next: string[]) => void };

/**
 * The county's standard checklist of a home (homeFacilities) as tags: the known keys in words, the
 * county's own wording as typed. Typing a known facility's name adds its key.
 */
export function HomeFacilitiesEditor({ value = [], onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const known = DEFAULT_HOME_FACILITIES.map((key) => ({ key, label: facilityLabel(key, t) }));
  const add = () => {
    const typed = text.trim();
    if (!typed) return;
    const key = known.find((k) => k.label === typed || k.key === typed)?.key ?? typed;
    if (value.includes(key)) {
      setProblem(t('rulesHomes.duplicate'));
      return;
    }
    onChange?.([...value, key]);
    setText('');
    setProblem(null);
  };
  const remove = (key: string) => {
    if (value.length <= 1) {
      setProblem(t('rulesHomes.atLeastOne'));
      return;
    }
    onChange?.(value.filter((f) => f !== key));
    setProblem(null);
  };
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 }}>
        {value.map((f) => (
          <Tag
            key={f}
            closable
            closeIcon={<CloseOutlined aria-label={t('rulesHomes.remove', { name: facilityLabel(f, t) })} />}
            onClose={(e) => {
              e.preventDefault();
              remove(f);
            }}
          >
            {facilityLabel(f, t)}
          </Tag>
        ))}
      </div>
      <Space.Compact>
        <AutoComplete
          value={text}
          onChange={setText}
          options={known.filter((k) => !value.includes(k.key)).map((k) => ({ value: k.label }))}
          placeholder={t('rulesHomes.placeholder')}
          aria-label={t('rulesHomes.placeholder')}
          maxLength={HOME_LIMITS.facility}
          style={{ width: 200 }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button icon={<PlusOutlined />} onClick={add}>
          {t('rulesHomes.add')}
        </Button>
      </Space.Compact>
      {problem && (
        <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
          {problem}
        </Typography.Paragraph>
      )}
    </div>
  );
}
