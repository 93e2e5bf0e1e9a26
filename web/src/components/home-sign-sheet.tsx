import { type THomeSign, type TSignSize, villageDisplayName } from '@zhucun/core';
import { useTranslation } from 'react-i18next';
import { committeeOf, initialOf, sheetSizeOf } from '../lib/home-funding.ts';

/** What a printed sign shows: a home's residents, or a village's stationed cadres (村民扫码牌). */
export type TSignSheet = Pick<
  THomeSign,
  'title' | 'villageName' | 'countyName' | 'townshipName' | 'publicUrl'
> & {
  residents: (Pick<
    THomeSign['residents'][number],
    'personId' | 'name' | 'postTitle' | 'phone' | 'hasPhoto'
  > & {
    category: string | null;
  })[];
};

type Props = {
  sign: TSignSheet;
  size: TSignSize;
  showPhotos: boolean;
  photoUrl: (personId: number) => string;
  qrUrl: string;
  /** The red band's words: 驻村干部之家 for a home unless given. */
  heading?: string;
  /** What the sheet says when nobody is listed. */
  emptyText?: string;
};

/** Columns of the residents' grid: fewer, larger cards when few cadres live in the home. */
function columnsFor(count: number): number {
  if (count <= 2) return 1;
  if (count <= 8) return 2;
  return 3;
}

/**
 * The printed sign (统一标识) of a home: the village, its resident cadres and the QR code to the
 * village's public page. Always in Chinese, whatever the interface language: it hangs in a Chinese village.
 */
export function HomeSignSheet({ sign, size, showPhotos, photoUrl, qrUrl, heading, emptyText }: Props) {
  const { t } = useTranslation(undefined, { lng: 'zh-CN' });
  const { width, height } = sheetSizeOf(size);
  const columns = columnsFor(sign.residents.length);
  return (
    <article
      className={`zc-sign-sheet zc-sign-sheet--${size}`}
      // 1 mm less than the printable area, so rounding never spills onto a second page
      style={{ width: `${width}mm`, height: `${height - 1}mm` }}
      data-testid="home-sign-sheet"
      lang="zh-CN"
    >
      <div className="zc-sign-band">{heading ?? t('homeSign.sheet.heading')}</div>
      <div className="zc-sign-title">{sign.title}</div>
      <h1 className="zc-sign-village" data-testid="home-sign-village">
        {villageDisplayName(sign.villageName)}
      </h1>
      <div className="zc-sign-place">
        {sign.countyName} · {sign.townshipName}
      </div>
      <div className="zc-sign-rule" />
      <section
        className={`zc-sign-residents${columns > 2 ? ' zc-sign-residents--dense' : ''}`}
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
        aria-label={t('homeSign.sheet.residents')}
      >
        {sign.residents.length === 0 && (
          <div className="zc-sign-empty">{emptyText ?? t('homeSign.sheet.noResidents')}</div>
        )}
        {sign.residents.map((r) => (
          <div className="zc-sign-resident" key={r.personId} data-testid="home-sign-resident">
            {showPhotos &&
              (r.hasPhoto ? (
                <img className="zc-sign-photo" src={photoUrl(r.personId)} alt={r.name} />
              ) : (
                <div className="zc-sign-photo zc-sign-initial" aria-hidden>
                  {initialOf(r.name)}
                </div>
              ))}
            <div className="zc-sign-text">
              <div className="zc-sign-name">{r.name}</div>
              <div className="zc-sign-post">
                {r.postTitle ||
                  (r.category ? t(`registry.categories.${r.category as 'first_secretary'}`) : '')}
              </div>
              <div className="zc-sign-phone">
                <span className="zc-sign-phone-label">{t('homeSign.sheet.phone')}</span>
                {r.phone}
              </div>
            </div>
          </div>
        ))}
      </section>
      <div className="zc-sign-qr">
        <img src={qrUrl} alt={t('homeSign.sheet.qrCaption')} data-testid="home-sign-qr" />
        <div>
          <div className="zc-sign-qr-caption">{t('homeSign.sheet.qrCaption')}</div>
          <div className="zc-sign-url">{sign.publicUrl}</div>
        </div>
      </div>
      <div className="zc-sign-footer">
        {t('homeSign.sheet.supervised', { committee: committeeOf(sign.countyName) })}
      </div>
    </article>
  );
}
