import { ArrowLeftOutlined } from '@ant-design/icons';
import { SIGN_SIZES, type TSignSize } from '@zhucun/core';
import { Checkbox, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignPrintButton } from './sign-print-button.tsx';

type Props = {
  homeId: number;
  /** The address in the sign's QR code: printing warns first when it names this machine. */
  publicUrl: string | undefined;
  size: TSignSize;
  showPhotos: boolean;
  onSize: (size: TSignSize) => void;
  onShowPhotos: (show: boolean) => void;
};

/** Paper size, photos on or off, and print; hidden when printing. */
export function HomeSignControls({ homeId, publicUrl, size, showPhotos, onSize, onShowPhotos }: Props) {
  const { t } = useTranslation();
  return (
    <div className="zc-sign-controls zc-no-print">
      <Link to={`/homes/${homeId}`}>
        <ArrowLeftOutlined /> {t('homeSign.back')}
      </Link>
      <span>
        {t('homeSign.size')}{' '}
        <Segmented<TSignSize>
          aria-label={t('homeSign.size')}
          options={[...SIGN_SIZES]}
          value={size}
          onChange={onSize}
        />
      </span>
      <Checkbox checked={showPhotos} onChange={(e) => onShowPhotos(e.target.checked)}>
        {t('homeSign.showPhotos')}
      </Checkbox>
      <SignPrintButton publicUrl={publicUrl} />
      <Typography.Text type="secondary" style={{ flexBasis: '100%' }}>
        {t('homeSign.printHint')} {t('homeSign.languageNote')}
      </Typography.Text>
    </div>
  );
}
