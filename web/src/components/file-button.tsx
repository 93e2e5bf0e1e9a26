import { UploadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { type ReactNode, useRef } from 'react';

type Props = {
  accept: string;
  loading: boolean;
  disabled?: boolean;
  /** Names the hidden file input for tests. */
  testId: string;
  icon?: ReactNode;
  size?: ButtonProps['size'];
  onFile: (file: File) => void;
  children: ReactNode;
};

/** A button that picks one file (camera or gallery on a phone) and hands it over; it does not upload by itself. */
export function FileButton({ accept, loading, disabled, testId, icon, size, onFile, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // one element: in a Space the hidden input takes no slot of its own
  return (
    <span>
      <Button
        icon={icon ?? <UploadOutlined />}
        size={size}
        loading={loading}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        style={{ display: 'none' }}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </span>
  );
}
