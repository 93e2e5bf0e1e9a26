import { PrinterOutlined } from '@ant-design/icons';
import { isLocalAddress } from '@zhucun/core';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Print, for a sign or card carrying a QR code: when its address names this machine (localhost,
 * 127.0.0.1: PUBLIC_URL not set), it asks first, since no villager's phone could open it.
 */
export function SignPrintButton({ publicUrl }: { publicUrl: string | undefined }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const print = () => {
    if (!publicUrl || !isLocalAddress(publicUrl)) {
      window.print();
      return;
    }
    modal.confirm({
      title: t('villageDoor.localTitle'),
      content: t('villageDoor.localHint', { url: publicUrl }),
      okText: t('villageDoor.printAnyway'),
      cancelText: t('villageDoor.cancel'),
      onOk: () => window.print(),
    });
  };
  return (
    <Button type="primary" icon={<PrinterOutlined />} onClick={print}>
      {t('homeSign.print')}
    </Button>
  );
}
