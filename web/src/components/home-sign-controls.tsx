import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { SIGN_SIZES, type TSignSize } from '@zhucun/core';
import { Button, Checkbox, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = {
  homeId: number;
  size: TSignSize;
  showPhotos: boolean;
  onSize: (size: TSignSize) => void;
  onShowPhotos: (show: boolean) => void;
};

/** Paper size, photos on or off, and print; hidden when printing. */
export function HomeSignControls({ homeId, size, showPhotos, onSize, onShowPhotos }: Props) {
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
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('homeSign.print')}
      </Button>
      <Typography.Text type="secondary" style={{ flexBasis: '100%' }}>
        {t('homeSign.printHint')} {t('homeSign.languageNote')}
      </Typography.Text>
    </div>
  );
}
