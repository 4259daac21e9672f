import { useTranslation } from 'react-i18next';
import { CALIBRATION_TABLE, orderAgreement } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import '../grade.css';

export interface OrderAgreementNoteProps {
  /** The overall scores being compared, in the order shown (two or more). */
  scores: readonly number[];
}

/**
 * How far the order of the compared scores can be trusted: of pairs of texts of one kind that two analysts rated
 * differently, how often the higher score was on the text they rated higher, for scores as far apart as these (the
 * shipped pair table, since v2.46). Two scores get one sentence for their difference; more get the whole table.
 */
export function OrderAgreementNote({ scores }: OrderAgreementNoteProps) {
  const { t, i18n } = useTranslation();
  const bands = CALIBRATION_TABLE.pairs?.bands ?? [];
  if (scores.length < 2 || bands.length === 0) return null;
  const [a = 0, b = 0] = scores;
  const body =
    scores.length === 2 ? (
      <p data-testid="order-agreement-sentence">
        {Math.round(a) === Math.round(b)
          ? t('disclosures.order.same')
          : bilingualText(orderAgreement(a, b)?.meaning ?? { ja: '', en: '' }, i18n.language)}
      </p>
    ) : (
      <>
        <p>{t('disclosures.order.intro')}</p>
        <ul data-testid="order-agreement-bands">
          {bands.map((band) => (
            <li key={band.min}>
              {t(band.max >= 100 ? 'disclosures.order.bandOpen' : 'disclosures.order.band', {
                min: band.min,
                max: band.max,
                percent: Math.round((band.agree / band.pairs) * 100),
                pairs: band.pairs,
              })}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="order-agreement" data-testid="order-agreement">
      <h3>{t('disclosures.order.heading')}</h3>
      {body}
      <p className="muted">{t('disclosures.order.source')}</p>
    </div>
  );
}
