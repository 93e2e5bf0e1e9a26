import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { HomeSignControls } from '../../../components/home-sign-controls.tsx';
import { HomeSignSheet } from '../../../components/home-sign-sheet.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageSpinner } from '../../../components/page-spinner.tsx';
import { usePageRule } from '../../../components/use-page-rule.ts';
import { pageRuleOf, signSizeOf } from '../../../lib/home-funding.ts';
import { signPhotoUrl, useHomeSign, villageQrUrl } from '../../../lib/home-funding-queries.ts';
import './home-sign.css';

/** `/homes/:id/sign?size=A4|A3&photos=0`: the printable sign of a home, outside the app's frame. */
export function HomeSignPage() {
  const { t } = useTranslation();
  const homeId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const size = signSizeOf(params.get('size'));
  const showPhotos = params.get('photos') !== '0';
  const sign = useHomeSign(homeId);
  usePageRule(pageRuleOf(size));
  useEffect(() => {
    if (sign.data) document.title = `${sign.data.villageName} · ${t('homeSign.title')}`;
  }, [sign.data, t]);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="zc-sign-root">
      <HomeSignControls
        homeId={homeId}
        publicUrl={sign.data?.publicUrl}
        size={size}
        showPhotos={showPhotos}
        onSize={(s) => set('size', s)}
        onShowPhotos={(show) => set('photos', show ? null : '0')}
      />
      {sign.isPending && <PageSpinner />}
      {sign.isError && <LoadError error={sign.error} onRetry={() => void sign.refetch()} />}
      {sign.data && (
        <HomeSignSheet
          sign={sign.data}
          size={size}
          showPhotos={showPhotos}
          photoUrl={(personId) => signPhotoUrl(homeId, personId)}
          qrUrl={villageQrUrl(sign.data.villageCode)}
        />
      )}
    </div>
  );
}
