import { ArrowLeftOutlined } from '@ant-design/icons';
import { SIGN_SIZES, type TSignSize } from '@zhucun/core';
import { Segmented, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { HomeSignSheet } from '../../../components/home-sign-sheet.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageSpinner } from '../../../components/page-spinner.tsx';
import { SignPrintButton } from '../../../components/sign-print-button.tsx';
import { usePageRule } from '../../../components/use-page-rule.ts';
import { pageRuleOf, signSizeOf } from '../../../lib/home-funding.ts';
import { villageQrUrl } from '../../../lib/home-funding-queries.ts';
import { useVillageSign } from '../../../lib/village-door-queries.ts';
import '../../homes/sign/home-sign.css';

/**
 * `/villages/:code/sign?size=A4|A3`: the village's printable QR card (村民扫码牌), for a village with
 * or without a home: its stationed cadres, the QR code and the address. Outside the app's frame.
 */
export function VillageSignPage() {
  const { t } = useTranslation();
  const { t: zh } = useTranslation(undefined, { lng: 'zh-CN' });
  const code = useParams().code ?? '';
  const [params, setParams] = useSearchParams();
  const size = signSizeOf(params.get('size'));
  const sign = useVillageSign(code);
  usePageRule(pageRuleOf(size));
  useEffect(() => {
    if (sign.data) document.title = `${sign.data.villageName} · ${t('villageDoor.sign.title')}`;
  }, [sign.data, t]);

  return (
    <div className="zc-sign-root">
      <div className="zc-sign-controls zc-no-print">
        <Link to={`/villages/${code}`}>
          <ArrowLeftOutlined /> {t('villageDoor.sign.back')}
        </Link>
        <span>
          {t('homeSign.size')}{' '}
          <Segmented<TSignSize>
            aria-label={t('homeSign.size')}
            options={[...SIGN_SIZES]}
            value={size}
            onChange={(s) => setParams({ size: s }, { replace: true })}
          />
        </span>
        <SignPrintButton publicUrl={sign.data?.publicUrl} />
        <Typography.Text type="secondary" style={{ flexBasis: '100%' }}>
          {t('homeSign.printHint')} {t('homeSign.languageNote')}
        </Typography.Text>
      </div>
      {sign.isPending && <PageSpinner />}
      {sign.isError && <LoadError error={sign.error} onRetry={() => void sign.refetch()} />}
      {sign.data && (
        <HomeSignSheet
          sign={{
            ...sign.data,
            title: zh('villageDoor.sheet.title'),
            residents: sign.data.cadres.map((c, i) => ({ ...c, personId: i, hasPhoto: false })),
          }}
          size={size}
          showPhotos={false}
          photoUrl={() => ''}
          qrUrl={villageQrUrl(code)}
          heading={zh('villageDoor.sheet.heading')}
          emptyText={zh('villageDoor.sheet.noCadres')}
        />
      )}
    </div>
  );
}
